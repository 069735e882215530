package dev.onboardkit.klara.support;

import dev.onboardkit.core.retry.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every wait and returns at once, advancing the manual clock by the wait. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final ManualClock clock;
  private volatile boolean interruptNext;
  private volatile Runnable onSleep;

  public RecordingSleeper(ManualClock clock) {
    this.clock = clock;
  }

  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** Runs {@code action} once, during the next sleep (to change the world between attempts). */
  public void onSleep(Runnable action) {
    this.onSleep = action;
  }

  private void runHook() {
    Runnable hook = onSleep;
    onSleep = null;
    if (hook != null) {
      hook.run();
    }
  }

  /** Makes the next blocking sleep throw InterruptedException, as if the thread were interrupted. */
  public void interruptNextSleep() {
    interruptNext = true;
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    sleeps.add(duration);
    if (interruptNext) {
      interruptNext = false;
      throw new InterruptedException("test interrupt");
    }
    clock.advance(duration);
    runHook();
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    sleeps.add(duration);
    clock.advance(duration);
    runHook();
    return CompletableFuture.completedFuture(null);
  }
}
