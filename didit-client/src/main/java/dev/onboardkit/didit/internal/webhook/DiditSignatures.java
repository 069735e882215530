package dev.onboardkit.didit.internal.webhook;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.webhook.HmacSignatures;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The three HMAC-SHA256 signatures Didit sends with every webhook delivery, keyed with the destination's
 * {@code secret_shared_key} as UTF-8 bytes:
 *
 * <ul>
 *   <li>{@code X-Signature-V2}: over {@link CanonicalJson the canonical JSON} of the body (no timestamp prefix);</li>
 *   <li>{@code X-Signature}: over the raw body bytes;</li>
 *   <li>{@code X-Signature-Simple}: over {@code "{timestamp}:{session_id}:{status}:{webhook_type}"} taken from the
 *       body; it does not cover {@code decision}.</li>
 * </ul>
 *
 * <p>Headers are compared with {@link #check}: in constant time, hex in either case. Immutable and thread-safe; the
 * secret never appears in {@link #toString()} or in an exception.
 */
public final class DiditSignatures {
  private static final String ALGORITHM = "HmacSHA256";
  private static final int MAC_BYTES = 32;

  private final SecretKeySpec key;
  private final int maxBodyBytes;

  /**
   * Creates signatures for a destination's secret, accepting bodies up to
   * {@link CanonicalJson#DEFAULT_MAX_BODY_BYTES} for the parsed forms.
   *
   * @param secret the destination's {@code secret_shared_key}
   */
  public DiditSignatures(Secret secret) {
    this(secret, CanonicalJson.DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * Creates signatures for a destination's secret.
   *
   * @param secret the destination's {@code secret_shared_key}
   * @param maxBodyBytes the largest body that {@link #v2} and {@link #simple(byte[])} parse
   */
  public DiditSignatures(Secret secret, int maxBodyBytes) {
    this.key = new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * Computes the {@code X-Signature-V2} MAC: over the canonical JSON of the body.
   *
   * @param rawBody the body exactly as received
   * @return the 32-byte MAC
   * @throws CanonicalJsonException if the body cannot be canonicalized (the server cannot have signed it this way)
   */
  public byte[] v2(byte @Nullable [] rawBody) throws CanonicalJsonException {
    ByteSink canonical = CanonicalJson.write(rawBody, maxBodyBytes, null);
    Mac mac = newMac();
    canonical.updateMac(mac);
    return mac.doFinal();
  }

  /**
   * Computes the {@code X-Signature} MAC: over the raw body.
   *
   * @param rawBody the body exactly as received; null is treated as empty
   * @return the 32-byte MAC
   */
  public byte[] raw(byte @Nullable [] rawBody) {
    return newMac().doFinal(rawBody == null ? new byte[0] : rawBody);
  }

  /**
   * Computes the {@code X-Signature-Simple} MAC from the body's {@code timestamp}, {@code session_id},
   * {@code status} and {@code webhook_type}. The body must be valid JSON, as for {@link #v2}.
   *
   * @param rawBody the body exactly as received
   * @return the 32-byte MAC
   * @throws CanonicalJsonException if the body is not valid JSON, or with
   *     {@link CanonicalJsonException.Reason#NO_SIMPLE_MESSAGE} if it is not an object or a field is neither a string,
   *     an integer nor null
   */
  public byte[] simple(byte @Nullable [] rawBody) throws CanonicalJsonException {
    return simpleMac(SimpleMessage.fromBody(rawBody, maxBodyBytes));
  }

  /**
   * Computes the {@code X-Signature-Simple} MAC from given field values, as a sender does.
   *
   * @param timestamp the body's {@code timestamp} in decimal, or null if absent
   * @param sessionId the {@code session_id}, or null if absent
   * @param status the {@code status}, or null if absent
   * @param webhookType the {@code webhook_type}, or null if absent
   * @return the 32-byte MAC
   */
  public byte[] simple(@Nullable String timestamp, @Nullable String sessionId, @Nullable String status,
      @Nullable String webhookType) {
    return simpleMac(SimpleMessage.of(timestamp, sessionId, status, webhookType));
  }

  /**
   * Writes a MAC as Didit sends it: 64 lowercase hex digits.
   *
   * @param mac the MAC
   * @return the hex form
   */
  public static String hex(byte[] mac) {
    return HmacSignatures.hex(mac);
  }

  /**
   * Compares a signature header with the expected MAC in constant time ({@link MessageDigest#isEqual}). The header
   * must be exactly 64 hex digits, in either case (hex case carries no information, and some proxies change it),
   * optionally surrounded by spaces or tabs.
   *
   * @param expectedMac the MAC computed here
   * @param header the header value, or null if absent
   * @return whether it matches, and if not, why
   */
  public static SignatureCheck check(byte[] expectedMac, @Nullable String header) {
    if (header == null) {
      return SignatureCheck.MISSING;
    }
    String value = trimSpacesAndTabs(header);
    if (value.isEmpty()) {
      return SignatureCheck.MISSING;
    }
    byte[] given = value.length() == 2 * MAC_BYTES ? HmacSignatures.unhex(value) : null;
    if (given == null || !isAsciiHex(value)) {
      return SignatureCheck.MALFORMED;
    }
    return MessageDigest.isEqual(expectedMac, given) ? SignatureCheck.MATCH : SignatureCheck.MISMATCH;
  }

  /** Names the algorithm only; the secret is never included. */
  @Override
  public String toString() {
    return "DiditSignatures{HmacSHA256, key=****, maxBodyBytes=" + maxBodyBytes + "}";
  }

  private byte[] simpleMac(String message) {
    return newMac().doFinal(message.getBytes(StandardCharsets.UTF_8));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  private static String trimSpacesAndTabs(String value) {
    int from = 0;
    int to = value.length();
    while (from < to && (value.charAt(from) == ' ' || value.charAt(from) == '\t')) {
      from++;
    }
    while (to > from && (value.charAt(to - 1) == ' ' || value.charAt(to - 1) == '\t')) {
      to--;
    }
    return value.substring(from, to);
  }

  /** {@link Character#digit} also accepts non-ASCII digits such as fullwidth ones; a header must not. */
  private static boolean isAsciiHex(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        return false;
      }
    }
    return true;
  }
}
