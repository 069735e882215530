package dev.onboardkit.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.InvalidRequestException;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlsTest {
  @ParameterizedTest
  @CsvSource({
      "https://app.klara-ai.com/api/external/,https://app.klara-ai.com/api/external",
      "HTTPS://apx.didit.me/auth/v2,https://apx.didit.me/auth/v2",
      "http://localhost:8080/api,http://localhost:8080/api",
      "http://127.0.0.1:9/x/,http://127.0.0.1:9/x",
      "http://127.10.20.30,http://127.10.20.30",
      "http://[::1]:8443/v1,http://[::1]:8443/v1"})
  void acceptedAndNormalised(String in, String out) {
    assertEquals(URI.create(out), BaseUrls.parse("baseUrl", in));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://app.klara-ai.com/api", "http://128.0.0.1/", "http://127.0.0.1.evil.example/", "http://localhost.evil.example/",
      "ftp://localhost/", "https://user:pw@host.example/", "https://host.example/?key=1", "https://host.example/#f",
      "/relative/path", "not a url", ""})
  void rejected(String in) {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> BaseUrls.parse("baseUrl", in));
    assertEquals("baseUrl", e.problems().get(0).field());
    assertFalse(e.getMessage().contains("pw"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
      "https://a.example/x,https://a.example:443/y,true", "https://a.example/x,http://a.example/x,false",
      "https://a.example/x,https://b.example/x,false", "http://localhost:1/x,http://localhost:2/x,false",
      "https://A.EXAMPLE/x,https://a.example/z,true"})
  void sameOrigin(String a, String b, boolean same) {
    assertEquals(same, BaseUrls.sameOrigin(URI.create(a), URI.create(b)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "LOCALHOST", "127.0.0.1", "127.255.255.254", "::1", "[::1]", "0:0:0:0:0:0:0:1"})
  void loopback(String host) {
    assertTrue(BaseUrls.isLoopback(host));
  }
}
