package dev.onboardkit.core.event;

import dev.onboardkit.core.internal.Arguments;

/** An attempt of a call starts. */
public final class AttemptStarted {
  private final CallInfo call;
  private final int attempt;

  /**
   * Creates the event. The SDK creates these; the constructor is public so that listeners can be unit-tested.
   *
   * @param call the call
   * @param attempt the attempt number, 1 for the first
   */
  public AttemptStarted(CallInfo call, int attempt) {
    this.call = Arguments.required(call, "call");
    this.attempt = attempt;
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
   * Returns the attempt number.
   *
   * @return 1 for the first attempt, 2 for the first retry, and so on
   */
  public int attempt() {
    return attempt;
  }

  @Override
  public String toString() {
    return "AttemptStarted{" + call + ", attempt=" + attempt + "}";
  }
}
