package dev.onboardkit.core.internal.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private static final SecretPattern ACME_KEY = SecretPattern.of("acme_", "(acme_[A-Za-z0-9]+\\.)[A-Za-z0-9_\\-]+");

  private final Redactor r = Redactor.defaults();

  @Test
  void credentialHeadersAreMaskedKeepingTheScheme() {
    assertEquals("Bearer [REDACTED]", r.headerValue("Authorization", "Bearer klara_abc.def"));
    assertEquals("[REDACTED]", r.headerValue("x-api-key", "05mHcOWL8GathLZlz8oIDawYj9qFAcoSHtz-75PAkuo"));
    assertEquals("[REDACTED]", r.headerValue("Cookie", "session=abc"));
    assertEquals("[REDACTED]", r.headerValue("Set-Cookie", "session=abc; HttpOnly"));
    assertEquals("application/json", r.headerValue("Content-Type", "application/json"));
  }

  @Test
  void sensitiveFieldNamesIgnoreCaseUnderscoresAndDashes() {
    for (String name : List.of("password", "new_password", "api_key", "apiKey", "access_token", "refresh_token",
        "temp_token", "otp_token", "code", "pre_auth_code", "auth_code", "secret", "secret_shared_key",
        "client_secret", "Authorization", "session-token")) {
      assertTrue(r.isSensitiveField(name), name);
    }
    for (String name : List.of("email", "application_id", "error_code", "company_number", "link", "status")) {
      assertFalse(r.isSensitiveField(name), name);
    }
  }

  @Test
  void jsonBodiesKeepTheirShapeWithSecretsMasked() {
    String body = "{\"email\":\"a@b.example\",\"password\":\"Hunter2!x\",\"nested\":{\"api_key\":\"k-123\","
        + "\"secret_parts\":[1,2]},\"access_token\":{\"value\":\"deep\"},\"link\":\"https://app.example/apply/x?auth_code=ABCD1234&lang=en\"}";

    String out = r.body(body.getBytes(StandardCharsets.UTF_8), 10_000);

    assertEquals("{\"email\":\"a@b.example\",\"password\":\"[REDACTED]\",\"nested\":{\"api_key\":\"[REDACTED]\","
        + "\"secret_parts\":\"[REDACTED]\"},\"access_token\":\"[REDACTED]\","
        + "\"link\":\"https://app.example/apply/x?auth_code=[REDACTED]&lang=en\"}", out);
  }

  @Test
  void invalidJsonFallsBackToTextRules() {
    String broken = "{\"password\": \"Hunter2!x\", \"code\": \"A3K9F2\", \"truncat";

    String out = r.body(broken.getBytes(StandardCharsets.UTF_8), 10_000);

    assertFalse(out.contains("Hunter2!x"), out);
    assertFalse(out.contains("A3K9F2"), out);
    assertTrue(out.contains("\"password\": \"[REDACTED]\""), out);
  }

  @Test
  void freeTextMasksBearerJwtAddedSecretFormatsAndParameters() {
    Redactor withKeys = r.withSecretPatterns(List.of(ACME_KEY));
    String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjE3MDAwMDAwMDB9.c2lnbmF0dXJl";
    String text = "Authorization: Bearer abc.def-ghi token=" + jwt + " key acme_abc123.SECRETsecret99 "
        + "url https://x.example/cb?code=XYZ789&state=ok password=pw1";

    String out = withKeys.text(text);

    for (String secret : List.of("abc.def-ghi", jwt, "SECRETsecret99", "XYZ789", "pw1")) {
      assertFalse(out.contains(secret), secret + " in " + out);
    }
    assertTrue(out.contains("acme_abc123.[REDACTED]"), out);
    assertTrue(out.contains("state=ok"), out);
  }

  @Test
  void anAddedSecretFormatIsMaskedInTextWithNothingElseSecretLooking() {
    Redactor withKeys = r.withSecretPatterns(List.of(ACME_KEY));

    assertEquals("rejected key acme_abc123.[REDACTED] for org 7",
        withKeys.text("rejected key acme_abc123.S3cr-et_x for org 7"));
    assertEquals("rejected key acme_abc123.S3cr-et_x", r.text("rejected key acme_abc123.S3cr-et_x"),
        "the built-in rules know no vendor's key format");
    assertEquals("acme_abc123.[REDACTED]", withKeys.withAdditional(List.of(), List.of("ssn"))
        .text("acme_abc123.S3cr-et_x"), "names added later keep the formats");
    assertSame(withKeys, withKeys.withSecretPatterns(List.of()));
  }

  @Test
  void aSecretPatternNeedsAMarkerAndAGroupToKeep() {
    assertThrows(IllegalArgumentException.class, () -> SecretPattern.of("acme_", "acme_[a-z]+"));
    assertThrows(IllegalArgumentException.class, () -> SecretPattern.of("", "()acme_[a-z]+"));
    assertEquals("[REDACTED] left", r.withSecretPatterns(List.of(SecretPattern.of("acme_", "()acme_[a-z]+")))
        .text("acme_key left"));
  }

  @Test
  void urlsMaskSecretQueryValuesOnly() {
    assertEquals("https://h.example/p?cursor=c1&auth_code=[REDACTED]",
        r.url("https://h.example/p?cursor=c1&auth_code=R4T8W2X6Y9Z1A3B5"));
    assertEquals("https://h.example/p", r.url("https://h.example/p"));
    assertEquals("https://bucket.s3.example/doc?X-Amz-Expires=3600&X-Amz-Signature=[REDACTED]",
        r.url("https://bucket.s3.example/doc?X-Amz-Expires=3600&X-Amz-Signature=abc123def"));
  }

  @Test
  void longBodiesAreCut() {
    byte[] big = ("{\"items\":[" + "\"x\",".repeat(10_000) + "\"y\"]}").getBytes(StandardCharsets.UTF_8);

    String out = r.body(big, 100);

    assertTrue(out.length() <= 100, out);
    assertTrue(out.endsWith("...(" + big.length + " bytes)"), out);
    assertTrue(out.startsWith("{\"items\":[\"x\""), out);
  }

  @Test
  void additionalNamesCanBeMasked() {
    Redactor extended = r.withAdditional(List.of("X-Partner-Key"), List.of("ssn"));

    assertEquals("[REDACTED]", extended.headerValue("x-partner-key", "v"));
    assertEquals("{\"ssn\":\"[REDACTED]\"}", extended.body("{\"ssn\":\"123-45-6789\"}".getBytes(StandardCharsets.UTF_8), 100));
  }

  @Test
  void hugeMalformedBodiesNeverOverflowTheStack() {
    String escapes = "{\"detail\":\"" + "\\\"".repeat(50_000);
    String plain = "{\"password\":\"" + "p".repeat(200_000);
    for (String body : List.of(escapes, plain)) {
      String out = r.body(body.getBytes(StandardCharsets.UTF_8), 4096);
      assertTrue(out.length() <= 4096, "bounded");
      assertFalse(out.contains("pppp"), "secret member masked even when the JSON is cut");
    }
    assertEquals("{\"password\": \"[REDACTED]", r.text("{\"password\": \"unterminated"));
  }
}
