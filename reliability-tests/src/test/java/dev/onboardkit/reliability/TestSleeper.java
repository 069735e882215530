package dev.onboardkit.reliability;

import dev.onboardkit.core.retry.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A sleeper that records every wait and never sleeps: blocking waits return at once (after running the hook set with
 * {@link #onNextSleep}), and async waits are held until the test ends them ({@link #nextHeld}), so a test can act
 * while a call waits to retry.
 */
final class TestSleeper implements Sleeper {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final BlockingQueue<CompletableFuture<Void>> held = new LinkedBlockingQueue<>();
  private volatile Runnable hook;
  private final boolean holdAsync;

  private TestSleeper(boolean holdAsync) {
    this.holdAsync = holdAsync;
  }

  /** A sleeper whose async waits end at once. */
  static TestSleeper immediate() {
    return new TestSleeper(false);
  }

  /** A sleeper whose async waits last until the test completes them. */
  static TestSleeper holding() {
    return new TestSleeper(true);
  }

  /** Returns every wait asked for, blocking and async, in order. */
  List<Duration> waits() {
    return List.copyOf(waits);
  }

  /** Runs {@code action} during the next blocking wait. */
  void onNextSleep(Runnable action) {
    hook = action;
  }

  /** Returns the next async wait held, waiting up to 5 s for a call to start one. */
  CompletableFuture<Void> nextHeld() throws InterruptedException {
    CompletableFuture<Void> wait = held.poll(5, TimeUnit.SECONDS);
    if (wait == null) {
      throw new AssertionError("no call started a wait");
    }
    return wait;
  }

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    Runnable action = hook;
    hook = null;
    if (action != null) {
      action.run();
    }
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    waits.add(duration);
    if (!holdAsync) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> wait = new CompletableFuture<>();
    held.add(wait);
    return wait;
  }
}
