package dev.onboardkit.core.event;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.TimeoutKind;
import dev.onboardkit.core.internal.Arguments;
import java.time.Duration;
import java.util.Optional;

/** An attempt ended without an HTTP response. */
public final class AttemptFailed {
  private final CallInfo call;
  private final int attempt;
  private final Class<? extends Throwable> exceptionType;
  private final TimeoutKind timeoutKind;
  private final Duration duration;

  /**
   * Creates the event. The SDK creates these; the constructor is public so that listeners can be unit-tested.
   *
   * @param call the call
   * @param attempt the attempt number, 1 for the first
   * @param exceptionType the class of the failure, such as {@code java.net.ConnectException}
   * @param timeoutKind which timeout fired, or null when the failure is not a timeout
   * @param duration how long the attempt took
   */
  public AttemptFailed(CallInfo call, int attempt, Class<? extends Throwable> exceptionType,
      @Nullable TimeoutKind timeoutKind, Duration duration) {
    this.call = Arguments.required(call, "call");
    this.attempt = attempt;
    this.exceptionType = Arguments.required(exceptionType, "exceptionType");
    this.timeoutKind = timeoutKind;
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
   * Returns the attempt number.
   *
   * @return 1 for the first attempt
   */
  public int attempt() {
    return attempt;
  }

  /**
   * Returns the class of what ended the attempt: the I/O exception for a network failure (such as
   * {@code java.net.ConnectException} or {@code java.net.SocketTimeoutException}), or the exception a credentials
   * provider threw. Its message is not available: messages can carry data.
   *
   * @return the exception class
   */
  public Class<? extends Throwable> exceptionType() {
    return exceptionType;
  }

  /**
   * Returns which timeout fired, if the attempt timed out.
   *
   * @return the timeout kind, or empty
   */
  public Optional<TimeoutKind> timeoutKind() {
    return Optional.ofNullable(timeoutKind);
  }

  /**
   * Returns how long the attempt took.
   *
   * @return the attempt's duration
   */
  public Duration duration() {
    return duration;
  }

  @Override
  public String toString() {
    return "AttemptFailed{" + call + ", attempt=" + attempt + ", exception=" + exceptionType.getName()
        + (timeoutKind == null ? "" : ", timeout=" + timeoutKind) + "}";
  }
}
