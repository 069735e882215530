package dev.onboardkit.core.internal.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;

/**
 * Enforces per-attempt call timeouts by cancelling calls that run past their deadline.
 *
 * <p>OkHttp's own call timeout signals its watchdog thread on every call, which costs more than the rest of the
 * SDK's per-call work put together. Here registering a call only adds it to a concurrent set; one daemon thread
 * checks the set every {@link #TICK_MILLIS} ms while calls are in flight and exits after five idle seconds. A timeout
 * therefore fires up to one tick late, which is immaterial next to timeouts measured in seconds.
 *
 * <p>Closing it does not stop it while calls are watched: attempts still in flight when their transport is closed keep
 * their call timeouts (and deadlines). The thread then exits as soon as no call is watched.
 */
final class CallWatchdog {
  static final long TICK_MILLIS = 25;
  private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS);
  private static final long IDLE_EXIT_NANOS = TimeUnit.SECONDS.toNanos(5);

  private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile boolean closed;

  /** A watched call. */
  static final class Watch {
    final Call call;
    final AttemptProbe probe;
    final long deadlineNanos;

    Watch(Call call, AttemptProbe probe, long deadlineNanos) {
      this.call = call;
      this.probe = probe;
      this.deadlineNanos = deadlineNanos;
    }
  }

  /** Starts watching {@code call}; pass the result to {@link #unwatch} when the attempt ends. */
  Watch watch(Call call, AttemptProbe probe, long timeoutNanos) {
    Watch w = new Watch(call, probe, System.nanoTime() + timeoutNanos);
    watches.add(w);
    if (!running.get() && running.compareAndSet(false, true)) {
      Thread t = new Thread(this::loop, "onboardkit-call-watchdog");
      t.setDaemon(true);
      t.start();
    }
    return w;
  }

  void unwatch(Watch w) {
    watches.remove(w);
  }

  /** Lets the thread exit as soon as no call is watched, instead of after five idle seconds. */
  void close() {
    closed = true;
  }

  private void loop() {
    long idleSince = System.nanoTime();
    while (true) {
      LockSupport.parkNanos(TICK_NANOS);
      long now = System.nanoTime();
      if (watches.isEmpty()) {
        if (!closed && now - idleSince < IDLE_EXIT_NANOS) {
          continue;
        }
        running.set(false);
        // A call registered just before the flag dropped would otherwise go unwatched.
        if (watches.isEmpty() || !running.compareAndSet(false, true)) {
          return;
        }
      }
      idleSince = now;
      for (Watch w : watches) {
        if (now - w.deadlineNanos >= 0) {
          w.probe.timedOut = true;
          watches.remove(w);
          w.call.cancel();
        }
      }
    }
  }
}
