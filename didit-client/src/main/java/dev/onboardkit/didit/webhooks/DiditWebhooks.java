package dev.onboardkit.didit.webhooks;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.json.SdkJson;
import dev.onboardkit.core.internal.webhook.HmacSignatures;
import dev.onboardkit.core.webhook.WebhookVerificationException;
import dev.onboardkit.core.webhook.WebhookVerificationException.Reason;
import dev.onboardkit.didit.internal.webhook.CanonicalJsonException;
import dev.onboardkit.didit.internal.webhook.DiditSignatures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Verifies and parses Didit webhook deliveries, with the signing secret of the destination they were sent to
 * ({@link DiditWebhookDestination#secretSharedKey()}, or the legacy settings' secret).
 *
 * <p>Didit signs each delivery three ways, HMAC-SHA256 in lowercase hex, and sends all three headers (see
 * {@link DiditWebhookSignature} for what each proves):
 *
 * <ol>
 *   <li>{@code X-Signature-V2}, over the canonical JSON of the parsed body: checked first;
 *   <li>{@code X-Signature}, over the raw bytes: checked when V2 is absent or does not match;
 *   <li>{@code X-Signature-Simple}, over {@code timestamp:session_id:status:webhook_type}: accepted only when neither
 *       of the others was sent (and {@link Builder#acceptSimpleSignature(boolean)} allows it), since it does not
 *       cover the decision. A delivery that carries a full-body signature that fails is rejected even if its Simple
 *       signature matches.
 * </ol>
 *
 * <p>{@code X-Timestamp} (Unix seconds) must be within the tolerance of now (default 300 s, either direction).
 * Signatures are compared in constant time. The header is not part of the signed message, so the protection against
 * replays is to deduplicate on {@link DiditWebhookEvent#eventId()}, as Didit asks. Each rejection is a
 * {@link WebhookVerificationException} whose {@link WebhookVerificationException#reason() reason} says which check
 * failed: {@code MISSING_SIGNATURE}, {@code MISSING_TIMESTAMP}, {@code MALFORMED_SIGNATURE},
 * {@code MALFORMED_TIMESTAMP}, {@code BODY_TOO_LARGE}, {@code SIGNATURE_MISMATCH} (most likely the wrong secret),
 * {@code BODY_ALTERED} (the Simple signature proves the secret right but the body no longer matches its full-body
 * signature), {@code TIMESTAMP_OUTSIDE_TOLERANCE} (stale or replayed) or {@code MALFORMED_PAYLOAD}.
 *
 * <pre>{@code
 * DiditWebhooks webhooks = DiditWebhooks.builder().secret(System.getenv("DIDIT_WEBHOOK_SECRET")).build();
 * try {
 *   DiditVerifiedWebhook verified = webhooks.verifyAndParse(rawBody, requestHeaders);
 *   handle(verified.event());
 *   response.setStatus(200);
 * } catch (WebhookVerificationException e) {
 *   response.setStatus(401);
 * }
 * }</pre>
 *
 * <p>Pass the raw request body exactly as received. Immutable and thread-safe.
 */
public final class DiditWebhooks {
  /** The header of the signature over the canonical JSON of the body (recommended). */
  public static final String SIGNATURE_V2_HEADER = "X-Signature-V2";
  /** The header of the signature over the raw body. */
  public static final String SIGNATURE_HEADER = "X-Signature";
  /** The header of the signature over {@code timestamp:session_id:status:webhook_type}. */
  public static final String SIGNATURE_SIMPLE_HEADER = "X-Signature-Simple";
  /** The header carrying the sending time in Unix seconds. */
  public static final String TIMESTAMP_HEADER = "X-Timestamp";
  /** The default tolerance between the sending time and now. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);
  /** The default largest body accepted: 2 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

  private static final int MAC_BYTES = 32;
  private static final ObjectReader EVENT = SdkJson.mapper().readerFor(DiditWebhookEvent.class);

  private final DiditSignatures signatures;
  private final Duration tolerance;
  private final Clock clock;
  private final int maxBodyBytes;
  private final boolean acceptSimple;

  private DiditWebhooks(DiditSignatures signatures, Duration tolerance, Clock clock, int maxBodyBytes, boolean acceptSimple) {
    this.signatures = signatures;
    this.tolerance = tolerance;
    this.clock = clock;
    this.maxBodyBytes = maxBodyBytes;
    this.acceptSimple = acceptSimple;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a delivery and parses its event, reading the signature and timestamp headers from a map of request
   * headers (names in any case; values a string, or a list whose first element is used, as servlet and Spring
   * header maps give them).
   *
   * @param rawBody the request body exactly as received
   * @param headers the request headers; null is treated as none
   * @return the event and the header that verified it
   * @throws WebhookVerificationException if a check fails; {@link WebhookVerificationException#reason()} says which
   */
  public DiditVerifiedWebhook verifyAndParse(byte @Nullable [] rawBody, @Nullable Map<String, ?> headers) {
    return verifyAndParse(rawBody, header(headers, SIGNATURE_V2_HEADER), header(headers, SIGNATURE_HEADER),
        header(headers, SIGNATURE_SIMPLE_HEADER), header(headers, TIMESTAMP_HEADER));
  }

  /**
   * Verifies a delivery held as text (it is checked as its UTF-8 bytes) and parses its event.
   *
   * @param rawBody the request body exactly as received
   * @param headers the request headers; null is treated as none
   * @return the event and the header that verified it
   * @throws WebhookVerificationException if a check fails
   */
  public DiditVerifiedWebhook verifyAndParse(@Nullable String rawBody, @Nullable Map<String, ?> headers) {
    return verifyAndParse(rawBody == null ? null : rawBody.getBytes(StandardCharsets.UTF_8), headers);
  }

  /**
   * Verifies a delivery given its headers one by one, and parses its event.
   *
   * @param rawBody the request body exactly as received
   * @param signatureV2 the {@code X-Signature-V2} header, or null if absent
   * @param signature the {@code X-Signature} header, or null if absent
   * @param signatureSimple the {@code X-Signature-Simple} header, or null if absent
   * @param timestamp the {@code X-Timestamp} header, or null if absent
   * @return the event and the header that verified it
   * @throws WebhookVerificationException if a check fails
   */
  public DiditVerifiedWebhook verifyAndParse(byte @Nullable [] rawBody, @Nullable String signatureV2,
      @Nullable String signature, @Nullable String signatureSimple, @Nullable String timestamp) {
    byte[] body = rawBody == null ? new byte[0] : rawBody;
    DiditWebhookSignature verifiedBy = verify(body, signatureV2, signature, signatureSimple, timestamp);
    try {
      DiditWebhookEvent event = EVENT.readValue(body);
      if (event == null) {
        throw new IOException("null");
      }
      return new DiditVerifiedWebhook(event, verifiedBy);
    } catch (IOException | RuntimeException e) {
      throw new WebhookVerificationException(Reason.MALFORMED_PAYLOAD,
          "The webhook signature is valid but the body is not a Didit v3 event (a JSON object)");
    }
  }

  /**
   * Verifies a delivery without parsing it.
   *
   * @param rawBody the request body exactly as received
   * @param headers the request headers; null is treated as none
   * @return the header that verified it
   * @throws WebhookVerificationException if a check fails
   */
  public DiditWebhookSignature verify(byte @Nullable [] rawBody, @Nullable Map<String, ?> headers) {
    return verify(rawBody == null ? new byte[0] : rawBody, header(headers, SIGNATURE_V2_HEADER),
        header(headers, SIGNATURE_HEADER), header(headers, SIGNATURE_SIMPLE_HEADER), header(headers, TIMESTAMP_HEADER));
  }

  private DiditWebhookSignature verify(byte[] body, @Nullable String v2Header, @Nullable String rawHeader,
      @Nullable String simpleHeader, @Nullable String timestampHeader) {
    if (body.length > maxBodyBytes) {
      throw new WebhookVerificationException(Reason.BODY_TOO_LARGE,
          "The webhook body has " + body.length + " bytes, more than the limit of " + maxBodyBytes);
    }
    String v2 = blankToNull(v2Header);
    String raw = blankToNull(rawHeader);
    String simple = blankToNull(simpleHeader);
    if (v2 == null && raw == null && simple == null) {
      throw new WebhookVerificationException(Reason.MISSING_SIGNATURE, "None of the signature headers ("
          + SIGNATURE_V2_HEADER + ", " + SIGNATURE_HEADER + ", " + SIGNATURE_SIMPLE_HEADER + ") was sent");
    }
    String timestamp = blankToNull(timestampHeader);
    if (timestamp == null) {
      throw new WebhookVerificationException(Reason.MISSING_TIMESTAMP,
          "The " + TIMESTAMP_HEADER + " header is missing or empty");
    }
    long seconds = parseSeconds(timestamp);
    DiditWebhookSignature verifiedBy = checkSignatures(body, v2, raw, simple);
    Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
    if (age.compareTo(tolerance) > 0) {
      throw new WebhookVerificationException(Reason.TIMESTAMP_OUTSIDE_TOLERANCE,
          "The webhook timestamp is " + age.getSeconds() + " s away from now, more than the tolerance of "
              + tolerance.getSeconds() + " s: a stale or replayed delivery (or a wrong clock)");
    }
    return verifiedBy;
  }

  private DiditWebhookSignature checkSignatures(
      byte[] body, @Nullable String v2, @Nullable String raw, @Nullable String simple) {
    boolean v2Usable = v2 != null;
    boolean mismatched = false;
    if (v2Usable) {
      byte[] given = parseHex(v2);
      byte[] expected = given == null ? null : v2Mac(body);
      if (expected != null && HmacSignatures.constantTimeEquals(expected, given)) {
        return DiditWebhookSignature.X_SIGNATURE_V2;
      }
      mismatched = given != null;
    }
    if (raw != null) {
      byte[] given = parseHex(raw);
      if (given != null && HmacSignatures.constantTimeEquals(signatures.raw(body), given)) {
        return DiditWebhookSignature.X_SIGNATURE;
      }
      mismatched |= given != null;
    }
    if (v2Usable || raw != null) {
      if (mismatched && simple != null && simpleMatches(body, simple)) {
        throw new WebhookVerificationException(Reason.BODY_ALTERED, "The webhook body does not match its full-body"
            + " signature, although its " + SIGNATURE_SIMPLE_HEADER + " matches (so the secret is right): the body"
            + " was altered after signing (pass the raw body exactly as received)");
      }
      throw !mismatched
          ? new WebhookVerificationException(Reason.MALFORMED_SIGNATURE,
              "The full-body signature header is not 64 hexadecimal digits")
          : new WebhookVerificationException(Reason.SIGNATURE_MISMATCH, "The webhook signatures do not match the"
              + " body: most likely the wrong secret (the destination's secret_shared_key), or the body and its"
              + " signed summary fields were both altered");
    }
    if (!acceptSimple) {
      throw new WebhookVerificationException(Reason.MISSING_SIGNATURE, "Only " + SIGNATURE_SIMPLE_HEADER
          + " was sent, which this verifier does not accept (it does not cover the decision)");
    }
    if (parseHex(simple) == null) {
      throw new WebhookVerificationException(Reason.MALFORMED_SIGNATURE,
          "The " + SIGNATURE_SIMPLE_HEADER + " header is not 64 hexadecimal digits");
    }
    if (!simpleMatches(body, simple)) {
      throw new WebhookVerificationException(Reason.SIGNATURE_MISMATCH, "The " + SIGNATURE_SIMPLE_HEADER
          + " signature does not match: the wrong secret, or the signed fields were altered");
    }
    return DiditWebhookSignature.X_SIGNATURE_SIMPLE;
  }

  private boolean simpleMatches(byte[] body, String header) {
    byte[] given = parseHex(header);
    if (given == null) {
      return false;
    }
    try {
      return HmacSignatures.constantTimeEquals(signatures.simple(body), given);
    } catch (CanonicalJsonException e) {
      return false; // not an object of strings and integers: the server cannot have signed it this way
    }
  }

  private byte @Nullable [] v2Mac(byte[] body) {
    try {
      return signatures.v2(body);
    } catch (CanonicalJsonException e) {
      return null; // no canonical JSON: the server cannot have signed it this way
    }
  }

  /**
   * Returns the accepted distance between the sending time and now.
   *
   * @return the tolerance
   */
  public Duration tolerance() {
    return tolerance;
  }

  /** Returns the settings; the secret is never included. */
  @Override
  public String toString() {
    return "DiditWebhooks{secret=****, tolerance=" + tolerance + ", maxBodyBytes=" + maxBodyBytes
        + ", acceptSimpleSignature=" + acceptSimple + "}";
  }

  private static @Nullable String header(@Nullable Map<String, ?> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, ?> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        Object value = e.getValue();
        if (value instanceof Collection) {
          Collection<?> values = (Collection<?>) value;
          value = values.isEmpty() ? null : values.iterator().next();
        } else if (value instanceof String[]) {
          String[] values = (String[]) value;
          value = values.length == 0 ? null : values[0];
        }
        return value == null ? null : String.valueOf(value);
      }
    }
    return null;
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static byte @Nullable [] parseHex(String value) {
    if (value.length() != 2 * MAC_BYTES) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        return null;
      }
    }
    return HmacSignatures.unhex(value);
  }

  private static long parseSeconds(String timestamp) {
    boolean digits = timestamp.length() <= 15;
    for (int i = 0; digits && i < timestamp.length(); i++) {
      digits = timestamp.charAt(i) >= '0' && timestamp.charAt(i) <= '9';
    }
    if (!digits) {
      throw new WebhookVerificationException(Reason.MALFORMED_TIMESTAMP,
          "The " + TIMESTAMP_HEADER + " header must be a Unix time in whole seconds");
    }
    return Long.parseLong(timestamp);
  }

  /** Builds {@link DiditWebhooks}; {@link #build()} reports every problem at once. */
  public static final class Builder {
    private Secret secret;
    private boolean secretEmpty;
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Clock clock = Clock.systemUTC();
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private boolean acceptSimple = true;

    private Builder() {}

    /**
     * Sets the destination's signing secret.
     *
     * @param secret the secret
     * @return this builder
     */
    public Builder secret(@Nullable String secret) {
      this.secretEmpty = secret != null && secret.isEmpty();
      this.secret = secret == null || secret.isEmpty() ? null : Secret.of(secret);
      return this;
    }

    /**
     * Sets the destination's signing secret from a {@link Secret}, such as
     * {@code destination.secretSharedKey().orElseThrow()}.
     *
     * @param secret the secret
     * @return this builder
     */
    public Builder secret(@Nullable Secret secret) {
      this.secretEmpty = false;
      this.secret = secret;
      return this;
    }

    /**
     * Sets how far the sending time may be from now, in either direction (default 300 seconds).
     *
     * @param tolerance a positive duration
     * @return this builder
     */
    public Builder tolerance(@Nullable Duration tolerance) {
      this.tolerance = tolerance;
      return this;
    }

    /**
     * Sets the clock giving "now" (tests inject a fixed one).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(@Nullable Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the largest body accepted (default 2 MiB); larger ones are rejected before anything is parsed.
     *
     * @param maxBodyBytes a positive number of bytes
     * @return this builder
     */
    public Builder maxBodyBytes(int maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * Sets whether a delivery signed only with {@code X-Signature-Simple} is accepted (default true). It proves the
     * timestamp, session id, status and event type but not the decision; the result says so
     * ({@link DiditVerifiedWebhook#authenticatesDecision()}).
     *
     * @param accept false to require a full-body signature
     * @return this builder
     */
    public Builder acceptSimpleSignature(boolean accept) {
      this.acceptSimple = accept;
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem
     */
    public DiditWebhooks build() {
      Problems problems = new Problems();
      if (secret == null) {
        problems.add("secret", secretEmpty ? "must not be empty" : "is required");
      }
      if (problems.requireNonNull("tolerance", tolerance) && (tolerance.isNegative() || tolerance.isZero())) {
        problems.add("tolerance", "must be positive");
      }
      problems.requireNonNull("clock", clock);
      if (maxBodyBytes < 1) {
        problems.add("maxBodyBytes", "must be positive");
      }
      problems.throwIfAny();
      return new DiditWebhooks(new DiditSignatures(secret, maxBodyBytes), tolerance, clock, maxBodyBytes, acceptSimple);
    }
  }
}
