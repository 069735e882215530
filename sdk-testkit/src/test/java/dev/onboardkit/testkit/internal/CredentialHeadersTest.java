package dev.onboardkit.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onboardkit.core.internal.log.Redactor;
import dev.onboardkit.testkit.IncomingRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fakes mask recorded headers without depending on sdk-core's internals; these tests keep their masking equal
 * to what the SDK's logging does, header by header.
 */
class CredentialHeadersTest {
  static final List<String> NAMES = List.of("Authorization", "authorization", "Proxy-Authorization", "X-Api-Key",
      "api-key", "Cookie", "Set-Cookie", "X-Auth-Token", "Content-Type", "X-Request-Id", "User-Agent",
      "X-Authorization-Context", "X-Retry-Count", "Idempotency-Key");
  static final List<String> VALUES = List.of("Bearer klara_0123456789abcdef01234567.secret", "secret-token-value",
      "Basic dXNlcjpwYXNz", "VeryLongSchemeName01 value", "noSpaces", " leading-space", "application/json");

  @Test
  void masksExactlyTheHeadersTheSdkLoggingMasksTheSameWay() {
    int masked = 0;
    for (String name : NAMES) {
      assertEquals(Redactor.defaults().isSensitiveHeader(name), CredentialHeaders.isCredential(name), name);
      for (String value : VALUES) {
        String expected = Redactor.defaults().headerValue(name, value);
        assertEquals(expected, CredentialHeaders.mask(name, value), name + ": " + value);
        masked += expected.equals(value) ? 0 : 1;
      }
    }
    assertEquals(8 * VALUES.size(), masked, "8 credential header names, every value masked");
  }

  @Test
  void anIncomingRequestKeepsTheSchemeAndMasksTheCredential() {
    IncomingRequest r = new IncomingRequest("GET", "/x", null, Map.of("Authorization", "Bearer abc.def",
        "X-Api-Key", "k-123", "Accept", "application/json"));
    assertEquals(Map.of("authorization", "Bearer [REDACTED]", "x-api-key", "[REDACTED]", "accept",
        "application/json"), r.headers());
  }
}
