package dev.onboardkit.core.error;

import dev.onboardkit.core.Nullable;

/**
 * A timeout fired before a response arrived: connect, write, read, the per-attempt call timeout, or the overall
 * deadline ({@link #kind()}).
 */
public class ApiTimeoutException extends ApiConnectionException {
  private static final long serialVersionUID = 1L;

  /** Which timeout fired. */
  private final TimeoutKind kind;

  /**
   * Creates the exception.
   *
   * @param message what timed out, without secrets
   * @param cause the underlying exception, or null
   * @param kind which timeout fired
   * @param requestSent whether the request may have reached the server
   * @param outcomeUnknown whether a request that is not safe to repeat may have been acted on
   * @param attempts how many attempts were made
   */
  public ApiTimeoutException(
      String message,
      @Nullable Throwable cause,
      TimeoutKind kind,
      boolean requestSent,
      boolean outcomeUnknown,
      int attempts) {
    super(message, cause, requestSent, outcomeUnknown, attempts);
    this.kind = kind;
  }

  /**
   * Returns which timeout fired.
   *
   * @return the timeout kind
   */
  public TimeoutKind kind() {
    return kind;
  }
}
