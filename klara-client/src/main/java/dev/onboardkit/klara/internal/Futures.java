package dev.onboardkit.klara.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Runs the synchronous part of an async call so that its failures complete the future instead of being thrown. */
public final class Futures {
  private Futures() {}

  /**
   * Calls {@code call}; an exception it throws (such as a validation failure) becomes a failed future.
   *
   * @param call starts the asynchronous operation
   * @param <T> the result type
   * @return the future returned by {@code call}, or a failed future
   */
  public static <T> CompletableFuture<T> start(Supplier<CompletableFuture<T>> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
