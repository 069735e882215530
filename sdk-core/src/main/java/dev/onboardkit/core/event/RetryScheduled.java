package dev.onboardkit.core.event;

import dev.onboardkit.core.internal.Arguments;
import java.time.Duration;

/** The SDK will try a call again after a wait. */
public final class RetryScheduled {
  private final CallInfo call;
  private final int nextAttempt;
  private final Duration wait;

  /**
   * Creates the event. The SDK creates these; the constructor is public so that listeners can be unit-tested.
   *
   * @param call the call
   * @param nextAttempt the number of the attempt that follows the wait, 2 or more
   * @param wait how long the SDK waits first (backoff, or the server's {@code Retry-After})
   */
  public RetryScheduled(CallInfo call, int nextAttempt, Duration wait) {
    this.call = Arguments.required(call, "call");
    this.nextAttempt = nextAttempt;
    this.wait = Arguments.required(wait, "wait");
  }

  /**
   * Returns the call.
   *
   * @return the call, the same instance for every event of the call
   */
  public CallInfo call() {
    return call;
  }

  /**
   * Returns the number of the attempt that follows the wait.
   *
   * @return 2 for the first retry, and so on
   */
  public int nextAttempt() {
    return nextAttempt;
  }

  /**
   * Returns how long the SDK waits before the next attempt.
   *
   * @return the wait, zero or more
   */
  public Duration waitTime() {
    return wait;
  }

  @Override
  public String toString() {
    return "RetryScheduled{" + call + ", nextAttempt=" + nextAttempt + ", wait=" + wait + "}";
  }
}
