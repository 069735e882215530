package dev.onboardkit.core;

import java.time.Duration;

/** Named default values, grouped by concern. Every default the SDK applies is declared here. */
public final class SdkDefaults {
  private SdkDefaults() {}

  /** Socket and call timeouts. */
  public static final class Timeouts {
    private Timeouts() {}

    /** Time allowed to establish a TCP (and TLS) connection: 10 s. */
    public static final Duration CONNECT = Duration.ofSeconds(10);
    /** Longest silence allowed while reading a response: 30 s. */
    public static final Duration READ = Duration.ofSeconds(30);
    /** Longest stall allowed while writing a request: 30 s. */
    public static final Duration WRITE = Duration.ofSeconds(30);
    /** Time allowed for one attempt, from connecting to reading the whole body: 60 s. */
    public static final Duration CALL = Duration.ofSeconds(60);
  }

  /** Retry behaviour. */
  public static final class Retry {
    private Retry() {}

    /** Retries after the first attempt: 2 (so at most 3 attempts). */
    public static final int MAX_RETRIES = 2;
    /** Backoff before the first retry; doubles for each further retry: 0.5 s. */
    public static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
    /** Upper bound of the exponential backoff: 8 s. */
    public static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    /** Longest server-requested wait (Retry-After, {@code wait}) the SDK sleeps through: 60 s. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    /** Lower bound of the jitter factor applied to the backoff. */
    public static final double MIN_JITTER = 0.75;
  }

  /**
   * Size limits that keep memory bounded whatever a server sends. Together they bound what decoding one response can
   * hold: the body ({@link #MAX_RESPONSE_BYTES}), the objects decoded from it (at most one per token, so
   * {@link #MAX_JSON_TOKENS} of them, whatever their shape: a body of {@code [{},{},...]} costs Java objects many times
   * its size in bytes), and the longest string (no longer than the body).
   */
  public static final class Limits {
    private Limits() {}

    /**
     * Largest successful response body the SDK reads: 4 MiB. Both APIs answer in kilobytes (a 100-item list page is
     * well under 1 MiB); a longer body is reported as a decoding failure.
     */
    public static final int MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
    /**
     * Most JSON tokens (values, field names, starts and ends of objects and arrays) the SDK decodes from one body:
     * 262,144. The only list that can grow large, Didit's unpaginated application list, takes about 20 bytes a token,
     * so it reaches {@link #MAX_RESPONSE_BYTES} first; each token decodes to at most about 60 bytes of objects.
     */
    public static final int MAX_JSON_TOKENS = 256 * 1024;
    /** Largest error response body the SDK reads and keeps on an exception: 64 KiB. */
    public static final int MAX_ERROR_BODY_BYTES = 64 * 1024;
    /** Largest body shown in a TRACE log line: 8 KiB. */
    public static final int MAX_LOGGED_BODY_BYTES = 8 * 1024;
    /**
     * Largest file the SDK uploads in one part when an endpoint names no limit of its own: 5 MiB, Didit's documented
     * limit for face and document images (its endpoints with other limits, such as 15 MB for a proof-of-address
     * document, name theirs). Checked before sending when the size is known (a path, bytes, a stream with a size),
     * and enforced while a stream is sent.
     */
    public static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
    /** Deepest JSON nesting the SDK parses. */
    public static final int MAX_JSON_NESTING_DEPTH = 256;
  }
}
