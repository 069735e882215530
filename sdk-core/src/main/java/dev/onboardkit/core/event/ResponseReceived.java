package dev.onboardkit.core.event;

import dev.onboardkit.core.internal.Arguments;
import java.time.Duration;

/** An attempt got an HTTP response (any status). */
public final class ResponseReceived {
  private final CallInfo call;
  private final int attempt;
  private final int statusCode;
  private final Duration duration;

  /**
   * Creates the event. The SDK creates these; the constructor is public so that listeners can be unit-tested.
   *
   * @param call the call
   * @param attempt the attempt number, 1 for the first
   * @param statusCode the HTTP status
   * @param duration how long the attempt took, until its response body was read
   */
  public ResponseReceived(CallInfo call, int attempt, int statusCode, Duration duration) {
    this.call = Arguments.required(call, "call");
    this.attempt = attempt;
    this.statusCode = statusCode;
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
   * Returns the HTTP status of the response.
   *
   * @return the status, such as 200 or 503
   */
  public int statusCode() {
    return statusCode;
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
    return "ResponseReceived{" + call + ", attempt=" + attempt + ", status=" + statusCode + "}";
  }
}
