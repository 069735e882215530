package dev.onboardkit.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CallFutureTest {
  @Test
  void cancellingAStageDerivedByTheCallerCancelsTheCallAndTheWorkItWaitsFor() {
    List<Function<CallFuture<String>, CompletableFuture<?>>> derivations = List.of(
        f -> f.thenApply(String::length),
        f -> f.thenApply(String::length).thenApply(n -> n + 1),
        f -> f.thenCompose(s -> CompletableFuture.completedFuture(s)),
        f -> f.whenComplete((s, e) -> { }),
        f -> f.exceptionally(e -> "fallback"),
        f -> f.toCompletableFuture().handle((s, e) -> s));
    for (Function<CallFuture<String>, CompletableFuture<?>> derive : derivations) {
      CallFuture<String> call = new CallFuture<>();
      CompletableFuture<String> work = call.waitFor(new CompletableFuture<>());
      CompletableFuture<?> derived = derive.apply(call);
      assertInstanceOf(CallFuture.class, derived);

      assertTrue(derived.cancel(true));

      assertTrue(call.isCancelled());
      assertTrue(work.isCancelled());
    }
  }

  @Test
  void workStartedAfterTheCallWasCancelledIsCancelledAtOnce() {
    CallFuture<String> call = new CallFuture<>();
    call.cancel(true);
    CompletableFuture<String> late = call.waitFor(new CompletableFuture<>());
    assertTrue(late.isCancelled());
  }

  @Test
  void cancellingAfterTheCallCompletedChangesNothing() {
    CallFuture<String> call = new CallFuture<>();
    CompletableFuture<String> work = call.waitFor(new CompletableFuture<>());
    CompletableFuture<Integer> derived = call.thenApplyAsync(String::length, r -> { });
    call.complete("done");

    assertFalse(call.cancel(true));
    assertTrue(derived.cancel(true), "a pending stage can still be cancelled itself");
    assertFalse(call.isCancelled());
    assertFalse(work.isCancelled());
    assertEquals("done", call.join());
  }

  @Test
  void cancellingAStageThatIsAlreadyDoneLeavesTheCallRunning() {
    CallFuture<String> call = new CallFuture<>();
    CompletableFuture<String> work = call.waitFor(new CompletableFuture<>());
    CompletableFuture<String> other = CompletableFuture.completedFuture("other");
    CompletableFuture<String> either = call.applyToEither(other, s -> s);
    assertEquals("other", either.join());

    assertFalse(either.cancel(true));

    assertFalse(call.isDone());
    assertFalse(work.isCancelled());
  }

  @Test
  void ofLinksAPlainFutureAndKeepsACallFuture() {
    CompletableFuture<String> plain = new CompletableFuture<>();
    CallFuture<String> linked = CallFuture.of(plain);
    assertSame(linked, CallFuture.of(linked));

    linked.thenApply(String::length).cancel(true);
    assertTrue(plain.isCancelled());

    CompletableFuture<String> other = new CompletableFuture<>();
    CallFuture<String> completes = CallFuture.of(other);
    other.complete("x");
    assertEquals("x", completes.join());
  }
}
