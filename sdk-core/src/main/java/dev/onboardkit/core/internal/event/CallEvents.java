package dev.onboardkit.core.internal.event;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.TimeoutKind;
import java.time.Duration;

/**
 * Reports the events of one call, in order: attempts, their responses or failures, retries, and the end. Used by one
 * thread at a time (the attempts of a call never overlap). {@link #NONE} does nothing.
 */
public interface CallEvents {
  /** The events of a call nobody listens to. */
  CallEvents NONE = new CallEvents() {
    @Override
    public void attemptStarted() {}

    @Override
    public void responseReceived(int statusCode) {}

    @Override
    public void attemptFailed(Throwable failure, @Nullable TimeoutKind timeoutKind) {}

    @Override
    public void retryScheduled(Duration wait) {}

    @Override
    public void succeeded(int statusCode) {}

    @Override
    public void failed(Throwable error) {}

    @Override
    public void cancelled() {}
  };

  /** The next attempt starts. */
  void attemptStarted();

  /**
   * The current attempt got a response.
   *
   * @param statusCode its status
   */
  void responseReceived(int statusCode);

  /**
   * The current attempt ended without a response.
   *
   * @param failure what ended it
   * @param timeoutKind which timeout fired, or null
   */
  void attemptFailed(Throwable failure, @Nullable TimeoutKind timeoutKind);

  /**
   * Another attempt follows after a wait.
   *
   * @param wait the wait
   */
  void retryScheduled(Duration wait);

  /**
   * The call returns a value.
   *
   * @param statusCode the status of the response it was decoded from
   */
  void succeeded(int statusCode);

  /**
   * The call throws (or its future fails with) {@code error}.
   *
   * @param error the exception the caller receives
   */
  void failed(Throwable error);

  /** The caller cancelled the call's future. */
  void cancelled();
}
