package dev.onboardkit.core.retry;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries. Injectable so that tests can record waits instead of sleeping.
 *
 * <p>The async variant must not block a thread while waiting.
 */
public interface Sleeper {
  /**
   * Blocks the calling thread for the duration.
   *
   * @param duration how long to wait
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns a future completed after the duration, without blocking a thread meanwhile.
   *
   * @param duration how long to wait
   * @return a future completed when the wait is over
   */
  CompletableFuture<Void> sleepAsync(Duration duration);

  /**
   * Returns the real sleeper: {@link Thread#sleep} for blocking waits, the JDK's delayed executor for async ones.
   *
   * @return the system sleeper
   */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }

  /** The real sleeper. */
  final class SystemSleeper implements Sleeper {
    static final SystemSleeper INSTANCE = new SystemSleeper();

    private SystemSleeper() {}

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      Thread.sleep(duration.toMillis());
    }

    @Override
    public CompletableFuture<Void> sleepAsync(Duration duration) {
      return CompletableFuture.runAsync(
          () -> {}, CompletableFuture.delayedExecutor(duration.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public String toString() {
      return "Sleeper.system()";
    }
  }
}
