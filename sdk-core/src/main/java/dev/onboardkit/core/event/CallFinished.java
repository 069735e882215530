package dev.onboardkit.core.event;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Arguments;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** A call ended. Delivered exactly once for every call that started, before the caller sees the result. */
public final class CallFinished {
  private final CallInfo call;
  private final CallOutcome outcome;
  private final int statusCode;
  private final Class<? extends Throwable> exceptionType;
  private final int attempts;
  private final Duration duration;

  /**
   * Creates the event. The SDK creates these; the constructor is public so that listeners can be unit-tested.
   *
   * @param call the call
   * @param outcome how the call ended
   * @param statusCode the HTTP status of the last response, or 0 when there was none
   * @param exceptionType the class of the exception the caller receives, or null on success
   * @param attempts how many attempts were started
   * @param duration how long the call took, from its start to its outcome
   */
  public CallFinished(CallInfo call, CallOutcome outcome, int statusCode,
      @Nullable Class<? extends Throwable> exceptionType, int attempts, Duration duration) {
    this.call = Arguments.required(call, "call");
    this.outcome = Arguments.required(outcome, "outcome");
    this.statusCode = statusCode;
    this.exceptionType = exceptionType;
    this.attempts = attempts;
    this.duration = Arguments.required(duration, "duration");
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
   * Returns how the call ended.
   *
   * @return the outcome
   */
  public CallOutcome outcome() {
    return outcome;
  }

  /**
   * Returns the HTTP status of the last response: the success status, or the error status of an
   * {@link CallOutcome#API_ERROR}.
   *
   * @return the status, or empty when no response was received
   */
  public OptionalInt statusCode() {
    return statusCode == 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
  }

  /**
   * Returns the class of the exception the caller receives, such as
   * {@code dev.onboardkit.core.error.NotFoundException}. Its message is not available: messages can carry data.
   *
   * @return the exception class, or empty on success
   */
  public Optional<Class<? extends Throwable>> exceptionType() {
    return Optional.ofNullable(exceptionType);
  }

  /**
   * Returns how many attempts were started: 1 without retries; 0 when the call failed before its first attempt
   * (for example its deadline had passed).
   *
   * @return the number of attempts
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Returns how long the call took, including retries and waits.
   *
   * @return the call's duration
   */
  public Duration duration() {
    return duration;
  }

  @Override
  public String toString() {
    return "CallFinished{" + call + ", outcome=" + outcome + (statusCode == 0 ? "" : ", status=" + statusCode)
        + (exceptionType == null ? "" : ", exception=" + exceptionType.getName()) + ", attempts=" + attempts + "}";
  }
}
