package dev.onboardkit.core.error;

/**
 * 429 Too Many Requests, after any retries the policy allowed. When the server asked for a wait longer than the
 * configured maximum (or one that would cross the deadline), the SDK does not sleep: this exception is thrown at once
 * and {@link #retryAfter()} says how long to wait.
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the response
   */
  public RateLimitException(ApiErrorDetails details) {
    super(details);
  }
}
