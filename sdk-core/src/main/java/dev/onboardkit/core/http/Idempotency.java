package dev.onboardkit.core.http;

/**
 * How safe it is to send an operation again, which decides what the retry policy may repeat.
 *
 * <p>Client modules declare one per operation; by default it follows the HTTP method
 * ({@link #defaultFor(HttpMethod)}).
 */
public enum Idempotency {
  /**
   * Repeating the request has no further effect. Retried on connection failures, timeouts, 408, 429, 500, 502, 503
   * and 504.
   */
  IDEMPOTENT,
  /**
   * Repeating the request may act twice (for example, create a second record). Retried only when the request
   * provably never reached the server, or when the server answered 429, or 503 with a retry hint.
   */
  NON_IDEMPOTENT,
  /**
   * For every operation that creates something: retried when the request provably never reached the server, and
   * after a 429 (the server refused it without acting), honouring the server's wait up to {@code maxRetryAfter}. Any
   * other response is reported at once, and a server's {@code X-Should-Retry: true} never makes the SDK send it again.
   */
  RETRY_UNSENT_OR_THROTTLED,
  /**
   * Retried only when the request provably never reached the server; any response (even a 429, a 503 or a server's
   * {@code X-Should-Retry: true}) is reported at once. For sign-ins and operations whose rate limits are measured in
   * hours (a login lockout, a registration budget), where waiting inside the SDK would never help.
   */
  RETRY_UNSENT_ONLY;

  /**
   * Returns the idempotency HTTP semantics give a method.
   *
   * @param method the HTTP method
   * @return {@link #IDEMPOTENT} for idempotent methods, otherwise {@link #NON_IDEMPOTENT}
   */
  public static Idempotency defaultFor(HttpMethod method) {
    return method.isIdempotent() ? IDEMPOTENT : NON_IDEMPOTENT;
  }
}
