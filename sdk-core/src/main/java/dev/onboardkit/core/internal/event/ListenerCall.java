package dev.onboardkit.core.internal.event;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.ApiTimeoutException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.error.TimeoutKind;
import dev.onboardkit.core.event.AttemptFailed;
import dev.onboardkit.core.event.AttemptStarted;
import dev.onboardkit.core.event.CallFinished;
import dev.onboardkit.core.event.CallInfo;
import dev.onboardkit.core.event.CallOutcome;
import dev.onboardkit.core.event.ResponseReceived;
import dev.onboardkit.core.event.RetryScheduled;
import dev.onboardkit.core.internal.http.TransportFailure;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/**
 * The events of one call with listeners: numbers the attempts, times them and the call (monotonic clock), remembers
 * the last status, and turns the caller's exception into a {@link CallOutcome}. Only classes of exceptions leave this
 * class, never their messages.
 */
final class ListenerCall implements CallEvents {
  private final CallInfo call;
  private final GuardedListener[] listeners;
  private final long startNanos = System.nanoTime();
  private long attemptStartNanos;
  private int attempts;
  private int lastStatus;
  private boolean finished;

  ListenerCall(CallInfo call, GuardedListener[] listeners) {
    this.call = call;
    this.listeners = listeners;
  }

  @Override
  public void attemptStarted() {
    attempts++;
    attemptStartNanos = System.nanoTime();
    AttemptStarted event = new AttemptStarted(call, attempts);
    for (GuardedListener listener : listeners) {
      listener.attemptStarted(event);
    }
  }

  @Override
  public void responseReceived(int statusCode) {
    lastStatus = statusCode;
    ResponseReceived event = new ResponseReceived(call, attempts, statusCode, since(attemptStartNanos));
    for (GuardedListener listener : listeners) {
      listener.responseReceived(event);
    }
  }

  @Override
  public void attemptFailed(Throwable failure, @Nullable TimeoutKind timeoutKind) {
    AttemptFailed event = new AttemptFailed(call, attempts, typeOf(failure), timeoutKind, since(attemptStartNanos));
    for (GuardedListener listener : listeners) {
      listener.attemptFailed(event);
    }
  }

  @Override
  public void retryScheduled(Duration wait) {
    RetryScheduled event = new RetryScheduled(call, attempts + 1, wait);
    for (GuardedListener listener : listeners) {
      listener.retryScheduled(event);
    }
  }

  @Override
  public void succeeded(int statusCode) {
    finish(CallOutcome.SUCCESS, statusCode, null);
  }

  @Override
  public void failed(Throwable error) {
    Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (e instanceof ApiException) {
      finish(CallOutcome.API_ERROR, ((ApiException) e).statusCode(), e.getClass());
    } else if (e instanceof ApiTimeoutException) {
      finish(CallOutcome.TIMEOUT, 0, e.getClass());
    } else if (e instanceof ApiConnectionException) {
      finish(CallOutcome.CONNECTION_FAILURE, 0, e.getClass());
    } else if (e instanceof ResponseDecodingException) {
      finish(CallOutcome.INVALID_RESPONSE, ((ResponseDecodingException) e).statusCode(), e.getClass());
    } else if (e instanceof CancellationException) {
      finish(CallOutcome.CANCELLED, 0, e.getClass());
    } else {
      finish(CallOutcome.OTHER_FAILURE, lastStatus, e.getClass());
    }
  }

  @Override
  public void cancelled() {
    finish(CallOutcome.CANCELLED, 0, CancellationException.class);
  }

  private void finish(CallOutcome outcome, int statusCode, @Nullable Class<? extends Throwable> exceptionType) {
    if (finished) {
      return;
    }
    finished = true;
    CallFinished event = new CallFinished(call, outcome, statusCode, exceptionType, attempts, since(startNanos));
    for (GuardedListener listener : listeners) {
      listener.callFinished(event);
    }
  }

  /** A transport failure is reported as the I/O exception beneath it; the wrapper is an SDK internal. */
  private static Class<? extends Throwable> typeOf(Throwable failure) {
    if (failure instanceof TransportFailure) {
      Throwable cause = failure.getCause();
      return cause != null ? cause.getClass() : IOException.class;
    }
    return failure.getClass();
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
