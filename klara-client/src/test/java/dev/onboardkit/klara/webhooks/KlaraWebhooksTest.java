package dev.onboardkit.klara.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.core.internal.webhook.HmacSignatures;
import dev.onboardkit.core.webhook.WebhookVerificationException;
import dev.onboardkit.core.webhook.WebhookVerificationException.Reason;
import dev.onboardkit.core.support.ManualClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KlaraWebhooksTest {
  static final String SECRET = "whsec_test_4f9a2b7c1d8e";
  static final Instant NOW = Instant.parse("2026-03-05T14:30:00Z");
  static final String TS = Long.toString(NOW.getEpochSecond());
  static final String SUBMITTED = "{\"id\":\"evt_abc123\",\"type\":\"application.submitted\","
      + "\"timestamp\":\"2026-03-05T14:29:59.500Z\",\"applicationId\":\"550e8400-e29b-41d4-a716-446655440000\","
      + "\"organizationId\":\"org_123\",\"data\":{\"applicationId\":\"550e8400-e29b-41d4-a716-446655440000\","
      + "\"submittedAt\":\"2026-03-05T14:29:59.000Z\",\"fields\":{\"company_name\":\"Acme\"},\"note\":null},"
      + "\"newEnvelopeField\":1}";

  private final ManualClock clock = new ManualClock(NOW);
  private final KlaraWebhooks webhooks = KlaraWebhooks.builder().secret(SECRET).clock(clock).build();

  /** Computed independently of the SDK, as the documentation's Node example does. */
  static String sign(String secret, String timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HmacSignatures.hex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aValidDeliveryIsParsedFromCamelCase() throws Exception {
    KlaraWebhookEvent event = webhooks.verifyAndParse(SUBMITTED.getBytes(StandardCharsets.UTF_8),
        sign(SECRET, TS, SUBMITTED), TS);

    assertEquals("evt_abc123", event.id());
    assertEquals(KlaraWebhookEventType.APPLICATION_SUBMITTED, event.type());
    assertEquals(Optional.of(Instant.parse("2026-03-05T14:29:59.500Z")), event.timestamp());
    assertEquals(Optional.of("550e8400-e29b-41d4-a716-446655440000"), event.applicationId());
    assertEquals(Optional.of("org_123"), event.organizationId());
    assertEquals("2026-03-05T14:29:59.000Z", event.data().get("submittedAt"));
    assertEquals(Map.of("company_name", "Acme"), event.data().get("fields"));
    assertTrue(event.data().containsKey("note"));
  }

  @Test
  void openedAndTestEventsAndUnknownTypesAreParsed() throws Exception {
    String opened = "{\"id\":\"evt_1\",\"type\":\"application.opened\",\"timestamp\":\"2026-03-05T14:29:00Z\","
        + "\"applicationId\":\"a1\",\"organizationId\":\"org_123\","
        + "\"data\":{\"applicationRef\":\"APP-001\",\"openedAt\":\"2026-03-05T14:28:00Z\"}}";
    String test = "{\"id\":\"evt_2\",\"type\":\"webhook.test\",\"timestamp\":\"2026-03-05T14:29:00Z\"}";
    String future = "{\"id\":\"evt_3\",\"type\":\"application.approved\",\"data\":{}}";

    KlaraWebhookEvent o = webhooks.verifyAndParse(opened, sign(SECRET, TS, opened), TS);
    KlaraWebhookEvent w = webhooks.verifyAndParse(test, sign(SECRET, TS, test), TS);
    KlaraWebhookEvent f = webhooks.verifyAndParse(future, sign(SECRET, TS, future), TS);

    assertEquals(KlaraWebhookEventType.APPLICATION_OPENED, o.type());
    assertEquals("APP-001", o.data().get("applicationRef"));
    assertEquals(KlaraWebhookEventType.WEBHOOK_TEST, w.type());
    assertEquals(Optional.empty(), w.applicationId());
    assertEquals(Map.of(), w.data());
    assertEquals(KlaraWebhookEventType.UNKNOWN, f.type());
    assertEquals("application.approved", f.typeRaw());
  }

  @Test
  void upperCaseHexAndSurroundingWhitespaceAreAccepted() throws Exception {
    String header = sign(SECRET, TS, SUBMITTED);
    String upper = "SHA256=" + header.substring(7).toUpperCase(Locale.ROOT);

    assertEquals("evt_abc123", webhooks.verifyAndParse(SUBMITTED, " " + upper + " ", " " + TS + " ").id());
    assertEquals(header, webhooks.sign(SUBMITTED.getBytes(StandardCharsets.UTF_8), NOW.getEpochSecond()));
  }

  @Test
  void aWrongSecretIsAMismatch() throws Exception {
    WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
        () -> webhooks.verifyAndParse(SUBMITTED, sign("whsec_other", TS, SUBMITTED), TS));
    assertEquals(Reason.SIGNATURE_MISMATCH, e.reason());
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
  }

  @Test
  void aTamperedBodyIsAMismatch() throws Exception {
    String signature = sign(SECRET, TS, SUBMITTED);
    WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
        () -> webhooks.verifyAndParse(SUBMITTED.replace("org_123", "org_666"), signature, TS));
    assertEquals(Reason.SIGNATURE_MISMATCH, e.reason());

    String reserialised = SUBMITTED.replace(",", ", ");
    assertEquals(Reason.SIGNATURE_MISMATCH, assertThrows(WebhookVerificationException.class,
        () -> webhooks.verifyAndParse(reserialised, signature, TS)).reason());
  }

  @Test
  void aTimestampChangedAfterSigningIsAMismatch() throws Exception {
    String signature = sign(SECRET, TS, SUBMITTED);
    String other = Long.toString(NOW.getEpochSecond() - 1);
    assertEquals(Reason.SIGNATURE_MISMATCH, assertThrows(WebhookVerificationException.class,
        () -> webhooks.verifyAndParse(SUBMITTED, signature, other)).reason());
  }

  @Test
  void staleAndFutureTimestampsOutsideTheToleranceAreRejected() throws Exception {
    String old = Long.toString(NOW.minusSeconds(301).getEpochSecond());
    String ahead = Long.toString(NOW.plusSeconds(301).getEpochSecond());
    String edge = Long.toString(NOW.minusSeconds(300).getEpochSecond());

    WebhookVerificationException stale = assertThrows(WebhookVerificationException.class,
        () -> webhooks.verifyAndParse(SUBMITTED, sign(SECRET, old, SUBMITTED), old));
    assertEquals(Reason.TIMESTAMP_OUTSIDE_TOLERANCE, stale.reason());
    assertTrue(stale.getMessage().contains("301 s"), stale.getMessage());
    assertEquals(Reason.TIMESTAMP_OUTSIDE_TOLERANCE, assertThrows(WebhookVerificationException.class,
        () -> webhooks.verifyAndParse(SUBMITTED, sign(SECRET, ahead, SUBMITTED), ahead)).reason());
    assertEquals("evt_abc123", webhooks.verifyAndParse(SUBMITTED, sign(SECRET, edge, SUBMITTED), edge).id());

    clock.advance(Duration.ofSeconds(1));
    assertEquals(Reason.TIMESTAMP_OUTSIDE_TOLERANCE, assertThrows(WebhookVerificationException.class,
        () -> webhooks.verifyAndParse(SUBMITTED, sign(SECRET, edge, SUBMITTED), edge)).reason());
  }

  @Test
  void theToleranceIsConfigurable() throws Exception {
    KlaraWebhooks strict = KlaraWebhooks.builder().secret(SECRET).clock(clock).tolerance(Duration.ofSeconds(30))
        .build();
    String ts = Long.toString(NOW.minusSeconds(31).getEpochSecond());
    assertEquals(Reason.TIMESTAMP_OUTSIDE_TOLERANCE, assertThrows(WebhookVerificationException.class,
        () -> strict.verifyAndParse(SUBMITTED, sign(SECRET, ts, SUBMITTED), ts)).reason());
    assertEquals("evt_abc123", webhooks.verifyAndParse(SUBMITTED, sign(SECRET, ts, SUBMITTED), ts).id());
    assertEquals(Duration.ofSeconds(30), strict.tolerance());
  }

  @Test
  void missingHeadersAreReportedByName() throws Exception {
    String signature = sign(SECRET, TS, SUBMITTED);
    assertEquals(Reason.MISSING_SIGNATURE, assertThrows(WebhookVerificationException.class,
        () -> webhooks.verifyAndParse(SUBMITTED, null, TS)).reason());
    assertEquals(Reason.MISSING_SIGNATURE, assertThrows(WebhookVerificationException.class,
        () -> webhooks.verifyAndParse(SUBMITTED, " ", TS)).reason());
    WebhookVerificationException noTs = assertThrows(WebhookVerificationException.class,
        () -> webhooks.verifyAndParse(SUBMITTED, signature, null));
    assertEquals(Reason.MISSING_TIMESTAMP, noTs.reason());
    assertTrue(noTs.getMessage().contains("X-Klara-Timestamp"), noTs.getMessage());
    assertEquals(Reason.MISSING_TIMESTAMP, assertThrows(WebhookVerificationException.class,
        () -> webhooks.verifyAndParse(SUBMITTED, signature, "")).reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "sha256=", "sha256=zz", "sha1=0123456789abcdef0123456789abcdef01234567",
      "sha256=0123456789abcdef"})
  void malformedSignaturesAreRejected(String header) {
    assertEquals(Reason.MALFORMED_SIGNATURE, assertThrows(WebhookVerificationException.class,
        () -> webhooks.verifyAndParse(SUBMITTED, header, TS)).reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-05T14:30:00Z", "-1", "1.5", "17e8", "12345678901234567890"})
  void malformedTimestampsAreRejected(String ts) throws Exception {
    assertEquals(Reason.MALFORMED_TIMESTAMP, assertThrows(WebhookVerificationException.class,
        () -> webhooks.verifyAndParse(SUBMITTED, sign(SECRET, ts, SUBMITTED), ts)).reason());
  }

  @Test
  void aSignedBodyThatIsNotAnEventIsAMalformedPayload() throws Exception {
    String notEvent = "{\"hello\":\"world\"}";
    String notJson = "hello";
    assertEquals(Reason.MALFORMED_PAYLOAD, assertThrows(WebhookVerificationException.class,
        () -> webhooks.verifyAndParse(notEvent, sign(SECRET, TS, notEvent), TS)).reason());
    WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
        () -> webhooks.verifyAndParse(notJson, sign(SECRET, TS, notJson), TS));
    assertEquals(Reason.MALFORMED_PAYLOAD, e.reason());
    assertFalse(e.getMessage().contains("hello"), e.getMessage());
  }

  @Test
  void verifyAloneChecksWithoutParsingAndAnEmptyBodyCanBeSigned() throws Exception {
    webhooks.verify(new byte[0], sign(SECRET, TS, ""), TS);
    webhooks.verify(null, sign(SECRET, TS, ""), TS);
    assertEquals(Reason.SIGNATURE_MISMATCH, assertThrows(WebhookVerificationException.class,
        () -> webhooks.verify("x".getBytes(StandardCharsets.UTF_8), sign(SECRET, TS, ""), TS)).reason());
  }

  @Test
  void theBuilderReportsEveryProblemAndTheSecretIsNeverShown() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> KlaraWebhooks.builder().secret("").tolerance(Duration.ZERO).clock(null).build());
    assertEquals(List.of(
        new ValidationProblem("secret", "must not be empty"),
        new ValidationProblem("tolerance", "must be positive"),
        new ValidationProblem("clock", "is required")), e.problems());
    assertEquals(List.of(new ValidationProblem("secret", "is required")),
        assertThrows(InvalidRequestException.class, () -> KlaraWebhooks.builder().build()).problems());
    assertEquals(KlaraWebhooks.DEFAULT_TOLERANCE, KlaraWebhooks.builder().secret(SECRET).build().tolerance());
    assertFalse(webhooks.toString().contains(SECRET), webhooks.toString());
  }

  /** A valid event padded with spaces (JSON whitespace) to exactly {@code size} bytes. */
  static String eventOfSize(int size) {
    String event = "{\"id\":\"evt_big\",\"type\":\"webhook.test\"}";
    return event + " ".repeat(size - event.length());
  }

  @Test
  void aBodyOfExactlyTheLimitIsAcceptedAndOneByteMoreIsRejectedBeforeAnythingElse() throws Exception {
    String atLimit = eventOfSize(KlaraWebhooks.DEFAULT_MAX_BODY_BYTES);
    assertEquals("evt_big", webhooks.verifyAndParse(atLimit, sign(SECRET, TS, atLimit), TS).id());
    assertEquals("evt_big", webhooks.verifyAndParse(atLimit.getBytes(StandardCharsets.UTF_8),
        sign(SECRET, TS, atLimit), TS).id());

    String over = eventOfSize(KlaraWebhooks.DEFAULT_MAX_BODY_BYTES + 1);
    String validSignature = sign(SECRET, TS, over);
    for (Runnable call : List.<Runnable>of(
        () -> webhooks.verifyAndParse(over, validSignature, TS),
        () -> webhooks.verifyAndParse(over.getBytes(StandardCharsets.UTF_8), validSignature, TS),
        () -> webhooks.verify(over.getBytes(StandardCharsets.UTF_8), validSignature, TS),
        () -> webhooks.verify(over.getBytes(StandardCharsets.UTF_8), null, null))) {
      WebhookVerificationException e = assertThrows(WebhookVerificationException.class, call::run);
      assertEquals(Reason.BODY_TOO_LARGE, e.reason());
      assertEquals("The webhook body is larger than 1048576 bytes, the most this verifier accepts", e.getMessage());
    }
  }

  @Test
  void aTextBodyWhoseUtf8BytesExceedTheLimitIsRejected() throws Exception {
    KlaraWebhooks small = KlaraWebhooks.builder().secret(SECRET).clock(clock).maxBodyBytes(64).build();
    String event = "{\"id\":\"evt_1\",\"type\":\"webhook.test\"}";
    String twoBytesEach = event + " ".repeat(64 - event.length() - 1) + "\u00e9"; // 64 chars, 65 UTF-8 bytes
    assertEquals(64, twoBytesEach.length());

    WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
        () -> small.verifyAndParse(twoBytesEach, sign(SECRET, TS, twoBytesEach), TS));

    assertEquals(Reason.BODY_TOO_LARGE, e.reason());
    assertEquals(64, small.maxBodyBytes());
    assertTrue(small.toString().contains("maxBodyBytes=64"), small.toString());
  }

  @Test
  void maxBodyBytesMustBePositive() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> KlaraWebhooks.builder().secret(SECRET).maxBodyBytes(0).build());
    assertEquals(List.of(new ValidationProblem("maxBodyBytes", "must be positive")), e.problems());
  }

  @Test
  void verifyingALargeBodyDoesNotCopyIt() throws Exception {
    byte[] body = eventOfSize(KlaraWebhooks.DEFAULT_MAX_BODY_BYTES).getBytes(StandardCharsets.UTF_8);
    String signature = sign(SECRET, TS, new String(body, StandardCharsets.UTF_8));
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    for (int warm = 0; warm < 3; warm++) {
      webhooks.verify(body, signature, TS);
    }
    long before = threads.getThreadAllocatedBytes(self);
    webhooks.verify(body, signature, TS);
    long allocated = threads.getThreadAllocatedBytes(self) - before;

    assertTrue(allocated < body.length / 8, "verifying a " + body.length + "-byte body allocated " + allocated
        + " bytes; a copy of the body would be at least " + body.length);
  }
}
