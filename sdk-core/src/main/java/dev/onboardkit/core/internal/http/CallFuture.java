package dev.onboardkit.core.internal.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * The future of one call, whose {@link #cancel(boolean)} stops the call: it cancels the work the call is waiting on
 * (an HTTP attempt, a wait before a retry), and the call's owner starts nothing more once the future is done.
 *
 * <p>Stages derived from it with {@code thenApply}, {@code thenCompose}, {@code whenComplete} and the like are
 * {@code CallFuture}s of the same call ({@link #newIncompleteFuture()}), so cancelling the future a caller holds
 * after {@code future.thenApply(...)} still reaches the call. Cancelling any stage that is not done yet cancels the
 * whole call, and with it every other stage derived from it.
 *
 * @param <T> the result type
 */
public final class CallFuture<T> extends CompletableFuture<T> {
  private final Call call;

  /** Creates the future of a new call. */
  public CallFuture() {
    this.call = new Call(this);
  }

  private CallFuture(Call call) {
    this.call = call;
  }

  /**
   * Returns {@code future} itself if it is a {@code CallFuture}, otherwise a {@code CallFuture} completed with its
   * outcome whose cancellation cancels it.
   *
   * @param future the future of a call started elsewhere
   * @param <T> the result type
   * @return a future whose cancellation reaches {@code future}
   */
  public static <T> CallFuture<T> of(CompletableFuture<T> future) {
    if (future instanceof CallFuture) {
      return (CallFuture<T>) future;
    }
    CallFuture<T> linked = new CallFuture<>();
    linked.waitFor(future);
    future.whenComplete((value, error) -> {
      if (error == null) {
        linked.complete(value);
      } else {
        linked.completeExceptionally(error);
      }
    });
    return linked;
  }

  /**
   * Records the work the call now waits on, so that cancelling the call cancels it. If the call was cancelled
   * already, {@code work} is cancelled at once. Only the call's owner calls this, on the future it created.
   *
   * @param work the attempt or wait in progress
   * @param <F> the type of the work
   * @return {@code work}
   */
  public <F extends Future<?>> F waitFor(F work) {
    call.current = work;
    if (call.origin.isCancelled()) {
      work.cancel(true);
    }
    return work;
  }

  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    return new CallFuture<>(call);
  }

  /**
   * Cancels this future and, if that took effect (it was not done yet), the call: the future of the call itself, and
   * the work it waits on. Cancelling a stage that is already done changes nothing.
   *
   * @param mayInterruptIfRunning passed on to the work cancelled
   * @return whether this future was cancelled by this call
   */
  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    if (!cancelled) {
      return false;
    }
    if (this != call.origin) {
      call.origin.cancel(mayInterruptIfRunning);
    } else {
      Future<?> work = call.current;
      if (work != null) {
        work.cancel(mayInterruptIfRunning);
      }
    }
    return true;
  }

  /** What the future of a call and every stage derived from it share. */
  private static final class Call {
    final CallFuture<?> origin;
    volatile Future<?> current;

    Call(CallFuture<?> origin) {
      this.origin = origin;
    }
  }
}
