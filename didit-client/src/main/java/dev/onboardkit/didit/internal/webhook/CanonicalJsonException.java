package dev.onboardkit.didit.internal.webhook;

/**
 * A webhook body that cannot be canonicalized (or has no simple-signature message). The message names the problem and
 * at most a byte offset; it never quotes the body.
 */
public final class CanonicalJsonException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why the body was rejected. */
  public enum Reason {
    /** Not JSON as Python's {@code json.loads} accepts it (syntax, an invalid escape, extra data, an empty body). */
    INVALID_JSON,
    /** The bytes are not UTF-8 (the only encoding accepted; a leading UTF-8 byte order mark is skipped). */
    NOT_UTF8,
    /**
     * A string holds an unpaired UTF-16 surrogate (<code>"&#92;ud800"</code>, or one encoded in UTF-8). Python decodes
     * it, but its canonical form cannot be encoded as UTF-8, so the server cannot have signed it with
     * {@code X-Signature-V2}.
     */
    LONE_SURROGATE,
    /** An integer has more than 4300 digits, which Python 3.11+ refuses to convert. */
    NUMBER_TOO_LONG,
    /** The body, or its canonical form, is larger than the limit. */
    TOO_LARGE,
    /** Objects and arrays are nested deeper than the limit. */
    TOO_DEEP,
    /**
     * The simple signature message is not defined for this body: it is not an object, or one of its four fields is
     * neither a string, an integer, null nor absent.
     */
    NO_SIMPLE_MESSAGE
  }

  /** Why the body was rejected. */
  private final Reason reason;

  CanonicalJsonException(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  static CanonicalJsonException invalid(String problem, int offset) {
    return new CanonicalJsonException(Reason.INVALID_JSON, "Invalid JSON at byte " + offset + ": " + problem);
  }

  /**
   * Returns why the body was rejected.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
