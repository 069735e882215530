package dev.onboardkit.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.OnboardKitException;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Links the server returns (absolute next-page URLs) are followed only under the base URL, always to its origin. */
class FollowLinkTest {
  private static final URI BASE = URI.create("https://verification.didit.me/v3");

  @ParameterizedTest
  @CsvSource({
      "https://verification.didit.me/v3/sessions/?limit=20&offset=20,https://verification.didit.me/v3/sessions/?limit=20&offset=20",
      "HTTPS://Verification.Didit.Me/v3/sessions/,https://verification.didit.me/v3/sessions/",
      "http://verification.didit.me/v3/sessions/?offset=2,https://verification.didit.me/v3/sessions/?offset=2",
      "https://verification.didit.me:8443/v3/x,https://verification.didit.me/v3/x",
      "/v3/sessions/?offset=2,https://verification.didit.me/v3/sessions/?offset=2",
      "sessions/?offset=2,https://verification.didit.me/v3/sessions/?offset=2",
      "https://verification.didit.me/v3,https://verification.didit.me/v3",
      "https://verification.didit.me/v3/a%2Fb?q=a%20b,https://verification.didit.me/v3/a%2Fb?q=a%20b"})
  void aLinkUnderTheBaseUrlIsSentToTheBaseUrlsOrigin(String link, String expected) {
    assertEquals(expected, BaseUrls.followLink(BASE, link));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://evil.example/v3/sessions/", "https://verification.didit.me.evil.example/v3/",
      "//evil.example/v3/sessions/", "https://verification.didit.me/v2/sessions/", "https://verification.didit.me/v3x/",
      "https://verification.didit.me/v3/../admin/", "https://verification.didit.me/v3/./sessions/",
      "https://user:pw@verification.didit.me/v3/", "ftp://verification.didit.me/v3/", "not a url with spaces",
      "/admin/"})
  void anyOtherLinkIsRefusedWithoutNamingItsQuery(String link) {
    OnboardKitException e = assertThrows(OnboardKitException.class, () -> BaseUrls.followLink(BASE, link));
    assertTrue(e.getMessage().startsWith("The server's link to the next page"), e.getMessage());
    assertTrue(!e.getMessage().contains("pw"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"http://127.0.0.1:51234/api,http://127.0.0.1:51234/api/items?cursor=2",
      "https://root.example,https://root.example/items?cursor=2"})
  void theBasePathCanBeEmptyOrLoopback(String base, String expected) {
    assertEquals(expected, BaseUrls.followLink(URI.create(base), expected.replace("https://root.example", "")
        .replace("http://127.0.0.1:51234", "http://127.0.0.1:51234")));
  }
}
