package dev.onboardkit.core.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.OnboardKitException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AsyncCursorPageTest {
  /** Page fetches the test completes by hand, keyed by cursor. */
  private final Map<String, CompletableFuture<AsyncCursorPage<Integer>>> pending = new HashMap<>();
  private final List<String> fetched = new CopyOnWriteArrayList<>();
  private final Function<String, CompletableFuture<AsyncCursorPage<Integer>>> fetcher = cursor -> {
    fetched.add(cursor);
    return pending.computeIfAbsent(cursor, c -> new CompletableFuture<>());
  };
  /** Runs tasks only when the test says so, on the test's thread: nothing can block or run behind its back. */
  private final List<Runnable> queued = new ArrayList<>();
  private final Executor manual = queued::add;
  private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "walker"));

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private void runQueued() {
    while (!queued.isEmpty()) {
      queued.remove(0).run();
    }
  }

  private AsyncCursorPage<Integer> page(List<Integer> items, boolean hasMore, String next) {
    return new AsyncCursorPage<>(items, hasMore, next, fetcher);
  }

  @Test
  void forEachWalksEveryPageInOrderFetchingEachOnlyWhenThePreviousIsUsedUp() throws Exception {
    List<Integer> seen = new ArrayList<>();
    CompletableFuture<Void> done = page(List.of(1, 2), true, "c2").forEach(seen::add, manual);

    assertEquals(List.of(), seen, "nothing runs on the caller's thread");
    runQueued();
    assertEquals(List.of(1, 2), seen);
    assertEquals(List.of("c2"), fetched);
    assertFalse(done.isDone());

    pending.get("c2").complete(page(List.of(3), true, "c3"));
    runQueued();
    assertEquals(List.of(1, 2, 3), seen);
    assertEquals(List.of("c2", "c3"), fetched);

    pending.get("c3").complete(page(List.of(4), false, "ignored"));
    runQueued();
    assertEquals(List.of(1, 2, 3, 4), seen);
    assertTrue(done.isDone());
    assertEquals(List.of("c2", "c3"), fetched);
    done.get();
  }

  @Test
  void theActionRunsOnTheGivenExecutor() throws Exception {
    List<String> threads = new CopyOnWriteArrayList<>();
    AsyncCursorPage<Integer> last = page(List.of(3), false, null);
    pending.put("c2", CompletableFuture.completedFuture(last));
    page(List.of(1, 2), true, "c2").forEach(i -> threads.add(Thread.currentThread().getName()), pool)
        .get(5, TimeUnit.SECONDS);
    assertEquals(List.of("walker", "walker", "walker"), threads);
  }

  @Test
  void forEachWhileStopsAndFetchesNothingMoreOnceTheActionSaysStop() throws Exception {
    List<Integer> seen = new ArrayList<>();
    CompletableFuture<Void> done = page(List.of(1, 2, 3), true, "c2").forEachWhile(i -> {
      seen.add(i);
      return i < 2;
    }, manual);
    runQueued();
    assertEquals(List.of(1, 2), seen);
    assertEquals(List.of(), fetched);
    assertTrue(done.isDone());
    done.get();
  }

  @Test
  void aRepeatedCursorFailsInsteadOfLooping() {
    CompletableFuture<Void> done = page(List.of(1), true, "same").forEach(i -> { }, manual);
    runQueued();
    pending.get("same").complete(page(List.of(2), true, "same"));
    runQueued();
    ExecutionException e = assertThrows(ExecutionException.class, done::get);
    assertEquals(OnboardKitException.class, e.getCause().getClass());
    assertEquals("The server returned a pagination cursor it had already returned; stopping to avoid an endless"
        + " loop", e.getCause().getMessage());
    assertEquals(List.of("same"), fetched);
  }

  @Test
  void aPageThatCannotBeFetchedFailsTheWalkWithTheCallsException() {
    List<Integer> seen = new ArrayList<>();
    CompletableFuture<Void> done = page(List.of(1), true, "c2").forEach(seen::add, manual);
    runQueued();
    ApiConnectionException failure = new ApiConnectionException("boom", null, false, false, 1);
    pending.get("c2").completeExceptionally(failure);
    runQueued();
    ExecutionException e = assertThrows(ExecutionException.class, done::get);
    assertSame(failure, e.getCause());
    assertEquals(List.of(1), seen);
  }

  @Test
  void anExceptionFromTheActionFailsTheWalkAndStopsIt() {
    IllegalStateException thrown = new IllegalStateException("no");
    CompletableFuture<Void> done = page(List.of(1, 2), true, "c2").forEach(i -> {
      throw thrown;
    }, manual);
    runQueued();
    ExecutionException e = assertThrows(ExecutionException.class, done::get);
    assertSame(thrown, e.getCause());
    assertEquals(List.of(), fetched);
  }

  @Test
  void cancellingTheWalkCancelsThePageFetchInFlightAndRunsNoMoreActions() {
    List<Integer> seen = new ArrayList<>();
    CompletableFuture<Void> done = page(List.of(1), true, "c2").forEach(seen::add, manual);
    runQueued();
    CompletableFuture<AsyncCursorPage<Integer>> inFlight = pending.get("c2");

    assertTrue(done.cancel(true));
    assertTrue(inFlight.isCancelled(), "the page fetch in flight is cancelled too");
    runQueued();
    assertEquals(List.of(1), seen);
    assertEquals(List.of("c2"), fetched);
  }

  @Test
  void nextPageIsEmptyOnTheLastPageAndWithoutACursor() throws Exception {
    assertEquals(Optional.empty(), page(List.of(1), false, "c2").nextPage().get());
    assertEquals(Optional.empty(), page(List.of(1), true, null).nextPage().get());
    assertEquals(Optional.empty(), new AsyncCursorPage<>(List.of(1), true, "c2", null).nextPage().get());
    assertFalse(page(List.of(1), true, "").hasNextPage());
    assertEquals(List.of(), fetched);

    CompletableFuture<Optional<AsyncCursorPage<Integer>>> next = page(List.of(1), true, "c2").nextPage();
    AsyncCursorPage<Integer> second = page(List.of(2), false, null);
    pending.get("c2").complete(second);
    assertSame(second, next.get().orElseThrow());
  }
}
