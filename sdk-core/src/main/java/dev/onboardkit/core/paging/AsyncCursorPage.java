package dev.onboardkit.core.paging;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.NullArgumentException;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.internal.http.CallFuture;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One page of a cursor-paginated list, fetched without blocking, able to fetch the pages after it the same way.
 *
 * <p>{@link #nextPage()} returns a future of the next page. {@link #forEach(Consumer, Executor)} and
 * {@link #forEachWhile(Predicate, Executor)} walk every item of this page and the following ones on the given executor,
 * fetching each next page only when the previous one is used up; no thread ever waits for a page. They stop when the
 * server says {@code has_more=false} or sends no cursor, and fail rather than loop if the server repeats a cursor.
 * Cancelling the future they return stops the walk and cancels a page fetch in flight.
 *
 * @param <T> the item type
 */
public final class AsyncCursorPage<T> {
  private final List<T> items;
  private final boolean hasMore;
  private final String nextCursor;
  private final Function<String, CompletableFuture<AsyncCursorPage<T>>> fetcher;

  /**
   * Creates a page, for example in a test double of a service.
   *
   * @param items the items on this page
   * @param hasMore whether the server says more items follow
   * @param nextCursor the cursor for the next page, or null
   * @param fetcher fetches the page at a cursor (with the same filters), or null if pages cannot be fetched
   */
  public AsyncCursorPage(
      List<T> items,
      boolean hasMore,
      @Nullable String nextCursor,
      @Nullable Function<String, CompletableFuture<AsyncCursorPage<T>>> fetcher) {
    this.items = List.copyOf(items);
    this.hasMore = hasMore;
    this.nextCursor = nextCursor == null || nextCursor.isEmpty() ? null : nextCursor;
    this.fetcher = fetcher;
  }

  /**
   * Returns this page's items.
   *
   * @return the items
   */
  public List<T> items() {
    return items;
  }

  /**
   * Returns whether the server says more items follow ({@code has_more}).
   *
   * @return true if more items follow
   */
  public boolean hasMore() {
    return hasMore;
  }

  /**
   * Returns the cursor for the next page.
   *
   * @return the cursor, absent on the last page
   */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  /**
   * Returns whether {@link #nextPage()} will fetch a page: more items follow and there is a cursor.
   *
   * @return true if a next page exists
   */
  public boolean hasNextPage() {
    return hasMore && nextCursor != null && fetcher != null;
  }

  /**
   * Fetches the next page without blocking.
   *
   * @return a future of the next page, or of empty on the last page; it fails with the exceptions the list call fails
   *     with
   */
  public CompletableFuture<Optional<AsyncCursorPage<T>>> nextPage() {
    return hasNextPage()
        ? fetcher.apply(nextCursor).thenApply(Optional::of)
        : CompletableFuture.completedFuture(Optional.empty());
  }

  /**
   * Passes every item of this page and the following pages to {@code action}, in order, on {@code executor}.
   *
   * @param action receives each item; an exception it throws fails the returned future and stops the walk
   * @param executor runs {@code action}; never a thread that must not wait, since each call runs to completion there
   * @return a future that completes when every item was passed, or fails with the first failure (a page that could not
   *     be fetched, or an exception from {@code action}); cancelling it stops the walk
   */
  public CompletableFuture<Void> forEach(Consumer<? super T> action, Executor executor) {
    if (action == null) {
      throw new NullArgumentException("action");
    }
    return forEachWhile(item -> {
      action.accept(item);
      return true;
    }, executor);
  }

  /**
   * Passes the items of this page and the following pages to {@code action}, in order, on {@code executor}, until it
   * returns false. No page after the one holding that item is fetched.
   *
   * @param action receives each item and returns whether to go on
   * @param executor runs {@code action}
   * @return a future that completes when the walk ends, or fails with the first failure; cancelling it stops the walk
   */
  public CompletableFuture<Void> forEachWhile(Predicate<? super T> action, Executor executor) {
    if (action == null) {
      throw new NullArgumentException("action");
    }
    if (executor == null) {
      throw new NullArgumentException("executor");
    }
    Walk<T> walk = new Walk<>(action, executor);
    executor.execute(() -> walk.consume(this));
    return walk.done;
  }

  @Override
  public String toString() {
    return "AsyncCursorPage{items=" + items.size() + ", hasMore=" + hasMore + ", nextCursor=" + nextCursor + "}";
  }

  /**
   * One walk over the pages; each page is consumed in its own task on the executor, so no thread waits. Cancelling
   * {@link #done} (or a stage derived from it) cancels the page fetch in flight; only that fetch is held, so pages
   * already walked can be collected.
   */
  private static final class Walk<T> {
    private final Predicate<? super T> action;
    private final Executor executor;
    private final CallFuture<Void> done = new CallFuture<>();
    private final Set<String> seenCursors = new HashSet<>();

    Walk(Predicate<? super T> action, Executor executor) {
      this.action = action;
      this.executor = executor;
    }

    void consume(AsyncCursorPage<T> page) {
      try {
        for (T item : page.items) {
          if (done.isDone()) {
            return;
          }
          if (!action.test(item)) {
            done.complete(null);
            return;
          }
        }
        if (!page.hasNextPage()) {
          done.complete(null);
          return;
        }
        if (!seenCursors.add(page.nextCursor)) {
          done.completeExceptionally(new OnboardKitException(
              "The server returned a pagination cursor it had already returned; stopping to avoid an endless loop",
              null));
          return;
        }
        CompletableFuture<AsyncCursorPage<T>> fetch = done.waitFor(page.fetcher.apply(page.nextCursor));
        fetch.whenCompleteAsync((next, error) -> {
          if (error != null) {
            done.completeExceptionally(unwrap(error));
          } else if (!done.isDone()) {
            consume(next);
          }
        }, executor);
      } catch (RuntimeException | Error e) {
        done.completeExceptionally(e);
      }
    }

    private static Throwable unwrap(Throwable error) {
      return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
  }
}
