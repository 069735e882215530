package dev.onboardkit.core.internal.retry;

import dev.onboardkit.core.http.Idempotency;

/**
 * The one rule for "might the server have acted on a request that did not succeed?". The exception factory reports
 * the answer as {@code outcomeUnknown()}, and {@link RetryPolicy} never repeats an attempt for which the answer is
 * yes, unless the operation is {@link Idempotency#IDEMPOTENT} (repeating it is harmless, so its outcome is never
 * unknown).
 *
 * <ul>
 *   <li>After a response: a 5xx status, except a 503 carrying a retry hint (the server said it is refusing work and
 *       when to come back), leaves the outcome unknown. Any other status is the server's answer.
 *   <li>After no response: the outcome is unknown once the request was sent (headers started going out); a request
 *       that provably never reached the server cannot have been acted on.
 * </ul>
 */
public final class OutcomeUnknown {
  private OutcomeUnknown() {}

  /**
   * Returns whether the server may have acted on a request that got an error response.
   *
   * @param idempotency the operation's idempotency
   * @param status the HTTP status
   * @param hasRetryHint whether the server sent a wait (Retry-After, Retry-After-Ms or one in the body)
   * @return true if the outcome is unknown
   */
  public static boolean afterResponse(Idempotency idempotency, int status, boolean hasRetryHint) {
    return idempotency != Idempotency.IDEMPOTENT && status >= 500 && !(status == 503 && hasRetryHint);
  }

  /**
   * Returns whether the server may have acted on a request that got no response.
   *
   * @param idempotency the operation's idempotency
   * @param requestSent whether the request started going out
   * @return true if the outcome is unknown
   */
  public static boolean afterFailure(Idempotency idempotency, boolean requestSent) {
    return requestSent && idempotency != Idempotency.IDEMPOTENT;
  }
}
