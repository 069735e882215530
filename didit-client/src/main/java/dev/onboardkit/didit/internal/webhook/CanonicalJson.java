package dev.onboardkit.didit.internal.webhook;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.didit.internal.webhook.CanonicalJsonException.Reason;

/**
 * The canonical JSON that Didit signs for {@code X-Signature-V2}: exactly the UTF-8 bytes of the server's
 * <pre>{@code
 * json.dumps(shorten_floats(json.loads(body)), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
 * }</pre>
 * where {@code shorten_floats} turns every integral float into an int, recursively.
 *
 * <ul>
 *   <li>Numbers keep their lexeme, except: {@code -0} is written {@code 0}; a number with a fraction or exponent is a
 *       Python float, written as an integer with every digit if integral ({@code 1.0}, {@code 1E5}, {@code -0.0},
 *       {@code 1e22}), as {@code Infinity} / {@code -Infinity} if it overflows ({@code 1e400}), else as Python's
 *       {@code repr} ({@code 0.10} is {@code 0.1}, {@code 1e-05} stays {@code 1e-05}).</li>
 *   <li>The literals {@code NaN}, {@code Infinity} and {@code -Infinity}, which {@code json.loads} accepts, are
 *       written as they are.</li>
 *   <li>Keys are sorted by code point (not by UTF-16 unit); of duplicate keys the last wins.</li>
 *   <li>Strings are escaped as Python does with {@code ensure_ascii=False} (see {@link JsonStrings}).</li>
 *   <li>Only UTF-8 is read; a leading UTF-8 byte order mark is skipped, as {@code json.loads(bytes)} does.
 *       Python would also detect UTF-16 and UTF-32; Didit sends UTF-8, so other encodings are rejected.</li>
 * </ul>
 *
 * <p>Limits: the body may hold at most {@code maxBodyBytes} (default {@value #DEFAULT_MAX_BODY_BYTES}), objects and
 * arrays nest at most {@value #MAX_DEPTH} deep (Python itself fails near 1000), and the canonical form may not exceed
 * twice the body limit (at least 64 KiB): an integral float such as {@code 1e308} expands to 309 digits. Bodies Python
 * cannot canonicalize either (an unpaired surrogate, an integer of more than 4300 digits) are rejected with their own
 * reason.
 */
public final class CanonicalJson {
  /** The default limit on the body size: 2 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
  /** The deepest nesting of objects and arrays accepted. */
  public static final int MAX_DEPTH = 128;
  private static final long MIN_OUTPUT_LIMIT = 64 * 1024;
  private static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

  private CanonicalJson() {}

  /**
   * Canonicalizes a webhook body with the default size limit.
   *
   * @param body the raw request body; null is treated as empty (and rejected as invalid JSON)
   * @return the canonical UTF-8 bytes
   * @throws CanonicalJsonException if the body cannot be canonicalized; {@link CanonicalJsonException#reason()} says
   *     why
   */
  public static byte[] canonicalize(byte @Nullable [] body) throws CanonicalJsonException {
    return canonicalize(body, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * Canonicalizes a webhook body.
   *
   * @param body the raw request body; null is treated as empty (and rejected as invalid JSON)
   * @param maxBodyBytes the largest body accepted
   * @return the canonical UTF-8 bytes
   * @throws CanonicalJsonException if the body cannot be canonicalized
   */
  public static byte[] canonicalize(byte @Nullable [] body, int maxBodyBytes) throws CanonicalJsonException {
    return write(body, maxBodyBytes, null).toByteArray();
  }

  /** Canonicalizes into a buffer, optionally collecting top-level members on the way. */
  static ByteSink write(byte @Nullable [] body, int maxBodyBytes, @Nullable TopLevelFields fields)
      throws CanonicalJsonException {
    byte[] in = body == null ? new byte[0] : body;
    if (in.length > maxBodyBytes) {
      throw new CanonicalJsonException(Reason.TOO_LARGE,
          "The webhook body has " + in.length + " bytes, more than the limit of " + maxBodyBytes);
    }
    int start = hasUtf8ByteOrderMark(in) ? 3 : 0;
    long outputLimit = Math.min(Math.max(2L * maxBodyBytes, MIN_OUTPUT_LIMIT), MAX_ARRAY_BYTES);
    ByteSink out = new ByteSink((int) Math.min(in.length + 16L, outputLimit), outputLimit);
    new CanonicalWriter(in, start, MAX_DEPTH, out, fields).writeDocument();
    return out;
  }

  private static boolean hasUtf8ByteOrderMark(byte[] in) {
    return in.length >= 3 && (in[0] & 0xFF) == 0xEF && (in[1] & 0xFF) == 0xBB && (in[2] & 0xFF) == 0xBF;
  }
}
