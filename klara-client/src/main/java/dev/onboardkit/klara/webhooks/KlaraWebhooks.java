package dev.onboardkit.klara.webhooks;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.error.NullArgumentException;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.json.SdkJson;
import dev.onboardkit.core.internal.webhook.HmacSignatures;
import dev.onboardkit.core.webhook.WebhookVerificationException;
import dev.onboardkit.core.webhook.WebhookVerificationException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Verifies and parses Klara webhook deliveries.
 *
 * <p>Klara signs each delivery with HMAC-SHA256 over {@code "{timestamp}.{raw_body}"} using your endpoint's secret,
 * and sends {@code X-Klara-Signature: sha256=<hex>} and {@code X-Klara-Timestamp: <unix seconds>}. Verification
 * compares in constant time and rejects timestamps more than the tolerance (default 5 minutes) away from now, in
 * either direction. Pass the raw request body exactly as received, before any JSON parsing. Bodies longer than
 * {@link #DEFAULT_MAX_BODY_BYTES} (1 MiB; see {@link Builder#maxBodyBytes(int)}) are rejected with
 * {@link Reason#BODY_TOO_LARGE} before anything else is done with them; read at most that many bytes plus one from the
 * request. The MAC is computed over the body in place, without copying it.
 *
 * <pre>{@code
 * KlaraWebhooks webhooks = KlaraWebhooks.builder().secret(System.getenv("KLARA_WEBHOOK_SECRET")).build();
 * try {
 *   KlaraWebhookEvent event = webhooks.verifyAndParse(rawBody,
 *       request.getHeader(KlaraWebhooks.SIGNATURE_HEADER), request.getHeader(KlaraWebhooks.TIMESTAMP_HEADER));
 * } catch (WebhookVerificationException e) {
 *   response.setStatus(401);   // e.reason() says which check failed
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class KlaraWebhooks {
  /** The header carrying the signature, {@code sha256=<hex>}. */
  public static final String SIGNATURE_HEADER = "X-Klara-Signature";
  /** The header carrying the signing time in Unix seconds. */
  public static final String TIMESTAMP_HEADER = "X-Klara-Timestamp";
  /** The default tolerance between the signing time and now. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);
  /** The default largest body accepted: 1 MiB. Klara's events are a few kilobytes. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  private static final String SCHEME = "sha256=";
  private static final ObjectReader READER = SdkJson.create()
      .setPropertyNamingStrategy(PropertyNamingStrategies.LOWER_CAMEL_CASE)
      .readerFor(KlaraWebhookEvent.class);

  private final Secret secret;
  private final Duration tolerance;
  private final Clock clock;
  private final int maxBodyBytes;

  private KlaraWebhooks(Secret secret, Duration tolerance, Clock clock, int maxBodyBytes) {
    this.secret = secret;
    this.tolerance = tolerance;
    this.clock = clock;
    this.maxBodyBytes = maxBodyBytes;
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
   * Verifies a delivery and parses its event.
   *
   * @param rawBody the request body exactly as received
   * @param signatureHeader the {@code X-Klara-Signature} header, or null if absent
   * @param timestampHeader the {@code X-Klara-Timestamp} header, or null if absent
   * @return the event
   * @throws WebhookVerificationException if a check fails; {@link WebhookVerificationException#reason()} says which
   */
  public KlaraWebhookEvent verifyAndParse(
      byte @Nullable [] rawBody, @Nullable String signatureHeader, @Nullable String timestampHeader) {
    byte[] body = rawBody == null ? new byte[0] : rawBody;
    verify(body, signatureHeader, timestampHeader);
    try {
      return READER.readValue(body);
    } catch (IOException | RuntimeException e) {
      throw new WebhookVerificationException(Reason.MALFORMED_PAYLOAD,
          "The webhook signature is valid but the body is not a Klara event (JSON with id and type)");
    }
  }

  /**
   * Verifies a delivery and parses its event, for a body held as text (it is signed as UTF-8 bytes).
   *
   * @param rawBody the request body exactly as received
   * @param signatureHeader the {@code X-Klara-Signature} header, or null if absent
   * @param timestampHeader the {@code X-Klara-Timestamp} header, or null if absent
   * @return the event
   * @throws WebhookVerificationException if a check fails
   */
  public KlaraWebhookEvent verifyAndParse(
      @Nullable String rawBody, @Nullable String signatureHeader, @Nullable String timestampHeader) {
    if (rawBody != null && rawBody.length() > maxBodyBytes) {
      // Each character is at least one UTF-8 byte: too long already, so it is not encoded at all.
      throw tooLarge();
    }
    return verifyAndParse(
        rawBody == null ? null : rawBody.getBytes(StandardCharsets.UTF_8), signatureHeader, timestampHeader);
  }

  /**
   * Verifies a delivery without parsing it.
   *
   * @param rawBody the request body exactly as received
   * @param signatureHeader the {@code X-Klara-Signature} header, or null if absent
   * @param timestampHeader the {@code X-Klara-Timestamp} header, or null if absent
   * @throws WebhookVerificationException if a check fails
   */
  public void verify(byte @Nullable [] rawBody, @Nullable String signatureHeader, @Nullable String timestampHeader) {
    if (rawBody != null && rawBody.length > maxBodyBytes) {
      throw tooLarge();
    }
    if (signatureHeader == null || signatureHeader.isBlank()) {
      throw new WebhookVerificationException(Reason.MISSING_SIGNATURE,
          "The " + SIGNATURE_HEADER + " header is missing or empty");
    }
    if (timestampHeader == null || timestampHeader.isBlank()) {
      throw new WebhookVerificationException(Reason.MISSING_TIMESTAMP,
          "The " + TIMESTAMP_HEADER + " header is missing or empty");
    }
    String timestamp = timestampHeader.strip();
    long seconds = parseSeconds(timestamp);
    byte[] expected = parseSignature(signatureHeader.strip());
    byte[] actual = mac(timestamp, rawBody == null ? new byte[0] : rawBody);
    if (!HmacSignatures.constantTimeEquals(actual, expected)) {
      throw new WebhookVerificationException(Reason.SIGNATURE_MISMATCH,
          "The webhook signature does not match the body: wrong secret, or the body was altered (pass the raw body)");
    }
    Instant signedAt = Instant.ofEpochSecond(seconds);
    Duration age = Duration.between(signedAt, clock.instant()).abs();
    if (age.compareTo(tolerance) > 0) {
      throw new WebhookVerificationException(Reason.TIMESTAMP_OUTSIDE_TOLERANCE,
          "The webhook timestamp is " + age.getSeconds() + " s away from now, more than the tolerance of "
              + tolerance.getSeconds() + " s: a stale or replayed delivery (or a wrong clock)");
    }
  }

  /**
   * Computes the signature header value for a body, as Klara would send it; useful in tests of your endpoint.
   *
   * @param rawBody the body
   * @param timestampSeconds the signing time in Unix seconds
   * @return {@code sha256=<lower-case hex>}
   * @throws dev.onboardkit.core.error.InvalidRequestException if {@code rawBody} is null
   */
  public String sign(byte[] rawBody, long timestampSeconds) {
    if (rawBody == null) {
      throw new NullArgumentException("rawBody");
    }
    return SCHEME + HmacSignatures.hex(mac(Long.toString(timestampSeconds), rawBody));
  }

  private byte[] mac(String timestamp, byte[] rawBody) {
    byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.US_ASCII);
    return HmacSignatures.hmacSha256(secret.reveal().getBytes(StandardCharsets.UTF_8), prefix, rawBody);
  }

  private WebhookVerificationException tooLarge() {
    return new WebhookVerificationException(Reason.BODY_TOO_LARGE,
        "The webhook body is larger than " + maxBodyBytes + " bytes, the most this verifier accepts");
  }

  /**
   * Returns the accepted distance between the signing time and now.
   *
   * @return the tolerance
   */
  public Duration tolerance() {
    return tolerance;
  }

  /**
   * Returns the largest body accepted, in bytes.
   *
   * @return the limit
   */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** Returns the tolerance and the body limit; the secret is never included. */
  @Override
  public String toString() {
    return "KlaraWebhooks{secret=****, tolerance=" + tolerance + ", maxBodyBytes=" + maxBodyBytes + "}";
  }

  private static long parseSeconds(String timestamp) {
    boolean digits = !timestamp.isEmpty() && timestamp.length() <= 15;
    for (int i = 0; digits && i < timestamp.length(); i++) {
      digits = timestamp.charAt(i) >= '0' && timestamp.charAt(i) <= '9';
    }
    if (!digits) {
      throw new WebhookVerificationException(Reason.MALFORMED_TIMESTAMP,
          "The " + TIMESTAMP_HEADER + " header must be a Unix time in whole seconds");
    }
    return Long.parseLong(timestamp);
  }

  private static byte[] parseSignature(String header) {
    byte[] mac = null;
    if (header.length() > SCHEME.length() && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      mac = HmacSignatures.unhex(header.substring(SCHEME.length()).strip());
    }
    if (mac == null || mac.length != 32) {
      throw new WebhookVerificationException(Reason.MALFORMED_SIGNATURE,
          "The " + SIGNATURE_HEADER + " header must be 'sha256=' followed by 64 hex digits");
    }
    return mac;
  }

  /** Builds {@link KlaraWebhooks}; {@link #build()} reports every problem at once. */
  public static final class Builder {
    private String secret;
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Clock clock = Clock.systemUTC();
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

    private Builder() {}

    /**
     * Sets the endpoint's signing secret.
     *
     * @param secret the secret
     * @return this builder
     */
    public Builder secret(@Nullable String secret) {
      this.secret = secret;
      return this;
    }

    /**
     * Sets the endpoint's signing secret from a {@link Secret}.
     *
     * @param secret the secret
     * @return this builder
     */
    public Builder secret(@Nullable Secret secret) {
      this.secret = secret == null ? null : secret.reveal();
      return this;
    }

    /**
     * Sets how far the signing time may be from now, in either direction (default 300 seconds).
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
     * Sets the largest body accepted (default {@link #DEFAULT_MAX_BODY_BYTES}); longer bodies are rejected with
     * {@link Reason#BODY_TOO_LARGE}.
     *
     * @param maxBodyBytes a positive number of bytes
     * @return this builder
     */
    public Builder maxBodyBytes(int maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem
     */
    public KlaraWebhooks build() {
      Problems problems = new Problems();
      if (problems.requireNonNull("secret", secret) && secret.isEmpty()) {
        problems.add("secret", "must not be empty");
      }
      if (problems.requireNonNull("tolerance", tolerance) && (tolerance.isNegative() || tolerance.isZero())) {
        problems.add("tolerance", "must be positive");
      }
      problems.requireNonNull("clock", clock);
      if (maxBodyBytes <= 0) {
        problems.add("maxBodyBytes", "must be positive");
      }
      problems.throwIfAny();
      return new KlaraWebhooks(Secret.of(secret), tolerance, clock, maxBodyBytes);
    }
  }
}
