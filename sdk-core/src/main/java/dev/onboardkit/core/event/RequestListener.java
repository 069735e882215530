package dev.onboardkit.core.event;

/**
 * Observes the calls of a client, for metrics and tracing. Register it with the client builder,
 * {@code KlaraClient.builder().listener(listener)}, or on a derived client,
 * {@code client.withOptions(o -> o.addListener(listener))}. Every method has an empty default: implement the ones you
 * need.
 *
 * <p>For one call the events come in this order: {@link #callStarted}, then for each attempt
 * {@link #attemptStarted} followed by {@link #responseReceived} or {@link #attemptFailed}, then
 * {@link #retryScheduled} when another attempt follows, and finally exactly one {@link #callFinished}. Every event of
 * a call carries the same {@link CallInfo} instance, so a tracer can key its span on it and remove the key in
 * {@code callFinished}. A call is one invocation of a service method (or one page of a list); a call that fails
 * validation before anything is sent has no events. Calls made by the SDK on your behalf, such as a managed Didit
 * session's login, are calls of their own (operation {@code didit.account.login}), nested inside the attempt that
 * needed them.
 *
 * <p>Events are delivered on the thread that runs the call: the caller's thread for blocking calls, OkHttp's or the
 * sleeper's threads for async calls. Keep listeners fast and thread-safe. A listener that throws never breaks the call:
 * the SDK logs the first failure of each listener at WARN (its class and the exception class only), later ones at
 * DEBUG, and carries on.
 *
 * <p>Events hold redacted data only; see the {@link dev.onboardkit.core.event package} documentation.
 */
public interface RequestListener {
  /**
   * A call starts: its request is built and about to be sent.
   *
   * @param call the call
   */
  default void callStarted(CallInfo call) {}

  /**
   * An attempt starts: the first one, or a retry.
   *
   * @param event the attempt
   */
  default void attemptStarted(AttemptStarted event) {}

  /**
   * An attempt got an HTTP response, successful or not.
   *
   * @param event the response's status and the attempt's duration
   */
  default void responseReceived(ResponseReceived event) {}

  /**
   * An attempt ended without a response: connection failure, timeout, or an exception from a credentials provider.
   *
   * @param event the failure's class and the attempt's duration
   */
  default void attemptFailed(AttemptFailed event) {}

  /**
   * The SDK decided to try again and waits before the next attempt. If a blocking call's thread is interrupted during
   * the wait, no further attempt is made and {@link #callFinished} follows with the last attempt's outcome.
   *
   * @param event the wait
   */
  default void retryScheduled(RetryScheduled event) {}

  /**
   * The call ended, with a value or an exception. Delivered exactly once per {@link #callStarted}, before the caller
   * sees the result.
   *
   * @param event the outcome, attempts and duration
   */
  default void callFinished(CallFinished event) {}
}
