package dev.onboardkit.klara.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.internal.log.Redactor;
import dev.onboardkit.core.log.LoggingOptions;
import dev.onboardkit.core.support.LogCapture;
import dev.onboardkit.klara.KlaraErrorClassifier;
import dev.onboardkit.klara.support.TestKlara;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What the Klara client hands sdk-core: its classifier, its error envelope, and its API key format for redaction. */
class KlaraVendorTest {
  /** Another organization's key, which this client never sent, so only the key format can mask it. */
  private static final String OTHER_KEY = "klara_fedcba987654321098765432.S3cr3tS3cr3tS3cr3t-other_key";

  @Test
  void theProfileBundlesKlarasClassifierAndEnvelope() {
    assertEquals(KlaraErrorClassifier.INSTANCE, KlaraVendor.PROFILE.classifier());
    assertEquals(KlaraErrorShape.INSTANCE, KlaraVendor.PROFILE.errorShape());
    assertEquals(List.of(KlaraVendor.API_KEY), KlaraVendor.PROFILE.secretPatterns());
  }

  @Test
  void freeTextMasksBearerJwtKlaraKeysAndParameters() {
    Redactor r = KlaraVendor.PROFILE.redactor();
    String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjE3MDAwMDAwMDB9.c2lnbmF0dXJl";
    String text = "Authorization: Bearer abc.def-ghi token=" + jwt + " key klara_abc123.SECRETsecret99 "
        + "url https://x.example/cb?code=XYZ789&state=ok password=pw1";

    String out = r.text(text);

    for (String secret : List.of("abc.def-ghi", jwt, "SECRETsecret99", "XYZ789", "pw1")) {
      assertFalse(out.contains(secret), secret + " in " + out);
    }
    assertTrue(out.contains("klara_abc123.[REDACTED]"), out);
    assertTrue(out.contains("state=ok"), out);
  }

  @Test
  void aKeyEchoedByTheServerIsMaskedInTheExceptionMessage() {
    try (TestKlara t = new TestKlara()) {
      t.enqueue(401, "{\"error\":\"Invalid API key " + OTHER_KEY + "\"}");

      AuthenticationException e = assertThrows(AuthenticationException.class,
          () -> t.klara.applications().retrieve("a1"));

      assertTrue(e.getMessage().contains("Invalid API key klara_fedcba987654321098765432.[REDACTED]"),
          e.getMessage());
      assertFalse(e.getMessage().contains("S3cr3t"), e.getMessage());
    }
  }

  @Test
  void aKeyInAnUndecodableBodyIsMaskedInTheSnippet() {
    try (TestKlara t = new TestKlara()) {
      t.enqueue(200, "not json, but " + OTHER_KEY);

      ResponseDecodingException e = assertThrows(ResponseDecodingException.class,
          () -> t.klara.applications().retrieve("a1"));

      assertEquals("not json, but klara_fedcba987654321098765432.[REDACTED]", e.bodySnippet());
    }
  }

  @Test
  void aKeyInALoggedBodyIsMasked() {
    try (TestKlara t = new TestKlara(); LogCapture logs = new LogCapture(LoggingOptions.DEFAULT_LOGGER)) {
      ((Logger) LoggerFactory.getLogger(LoggingOptions.DEFAULT_LOGGER)).setLevel(Level.TRACE);
      t.enqueue(404, "Application not found for key " + OTHER_KEY);

      assertThrows(RuntimeException.class, () -> t.klara.applications().retrieve("a1"));

      assertTrue(logs.text().contains("HTTP <-- body Application not found for key "
          + "klara_fedcba987654321098765432.[REDACTED]"), logs.text());
      assertFalse(logs.text().contains("S3cr3t"), logs.text());
    }
  }
}
