package dev.onboardkit.didit.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Helpers for the async services. Internal. */
public final class Futures {
  private Futures() {}

  /**
   * Runs {@code call}, turning an exception it throws (such as a validation failure while building the operation)
   * into a failed future, so that async methods report every failure the same way.
   *
   * @param call starts the asynchronous work
   * @param <T> the result type
   * @return the future returned by {@code call}, or a failed future
   */
  public static <T> CompletableFuture<T> of(Supplier<CompletableFuture<T>> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
