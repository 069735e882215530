package dev.onboardkit.core.internal.event;

import dev.onboardkit.core.event.AttemptFailed;
import dev.onboardkit.core.event.AttemptStarted;
import dev.onboardkit.core.event.CallFinished;
import dev.onboardkit.core.event.CallInfo;
import dev.onboardkit.core.event.RequestListener;
import dev.onboardkit.core.event.ResponseReceived;
import dev.onboardkit.core.event.RetryScheduled;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/**
 * Calls one listener so that nothing it throws reaches the call: the first failure is logged at WARN, later ones at
 * DEBUG, each with the listener's class, the event and the exception's class only (an exception's message or stack
 * could carry whatever the listener put there).
 */
final class GuardedListener {
  private final RequestListener listener;
  private final Logger log;
  private final AtomicBoolean warned = new AtomicBoolean();

  GuardedListener(RequestListener listener, Logger log) {
    this.listener = listener;
    this.log = log;
  }

  void callStarted(CallInfo call) {
    try {
      listener.callStarted(call);
    } catch (RuntimeException | LinkageError e) {
      report("callStarted", e);
    }
  }

  void attemptStarted(AttemptStarted event) {
    try {
      listener.attemptStarted(event);
    } catch (RuntimeException | LinkageError e) {
      report("attemptStarted", e);
    }
  }

  void responseReceived(ResponseReceived event) {
    try {
      listener.responseReceived(event);
    } catch (RuntimeException | LinkageError e) {
      report("responseReceived", e);
    }
  }

  void attemptFailed(AttemptFailed event) {
    try {
      listener.attemptFailed(event);
    } catch (RuntimeException | LinkageError e) {
      report("attemptFailed", e);
    }
  }

  void retryScheduled(RetryScheduled event) {
    try {
      listener.retryScheduled(event);
    } catch (RuntimeException | LinkageError e) {
      report("retryScheduled", e);
    }
  }

  void callFinished(CallFinished event) {
    try {
      listener.callFinished(event);
    } catch (RuntimeException | LinkageError e) {
      report("callFinished", e);
    }
  }

  private void report(String event, Throwable e) {
    String format = "RequestListener {} threw {} in {}; the call goes on";
    if (warned.compareAndSet(false, true)) {
      log.warn(format + " (later failures of this listener are logged at DEBUG)", listener.getClass().getName(),
          e.getClass().getName(), event);
    } else if (log.isDebugEnabled()) {
      log.debug(format, listener.getClass().getName(), e.getClass().getName(), event);
    }
  }
}
