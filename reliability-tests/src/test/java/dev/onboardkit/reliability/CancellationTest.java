package dev.onboardkit.reliability;

import static dev.onboardkit.reliability.ScriptedSocketServer.respond;
import static dev.onboardkit.reliability.ScriptedSocketServer.stall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.paging.AsyncCursorPage;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraApplication;
import dev.onboardkit.klara.applications.KlaraApplicationSummary;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Cancelling the future of an async call (the one the service returns, or a stage the caller derived from it)
 * cancels the request in flight, closing its connection, and any wait before a retry; no further request leaves.
 * Against {@link ScriptedSocketServer}, which counts every request and sees every connection close.
 */
class CancellationTest {
  static final String KEY = "klara_0123456789abcdef01234567.abcdefghijklmnopqrstuvwxyzABCDEF";
  static final String APPLICATION = "{\"id\":\"app-1\",\"status\":\"in_progress\",\"created_at\":\"2026-03-05T14:30:00Z\"}";
  static final Duration SETTLE = Duration.ofMillis(300);

  static KlaraClient klara(ScriptedSocketServer server, TestSleeper sleeper) {
    return KlaraClient.builder().baseUrl(server.url("/api/external")).apiKey(KEY).sleeper(sleeper).jitter(() -> 0.0)
        .build();
  }

  @Test
  void cancellingDuringTheWaitBeforeARetrySendsNoFurtherRequest() throws Exception {
    TestSleeper sleeper = TestSleeper.holding();
    try (ScriptedSocketServer server = new ScriptedSocketServer();
        KlaraClient klara = klara(server, sleeper)) {
      server.then(respond(503, "{\"error\":\"busy\"}", "Retry-After", "2"), respond(200, APPLICATION));
      // The caller's own stage on top of the service's future (itself thenApply(ApiResponse::value) of the raw call).
      CompletableFuture<String> status = klara.async().applications().retrieve("app-1")
          .thenApply(KlaraApplication::statusRaw);
      CompletableFuture<Void> wait = sleeper.nextHeld();

      assertTrue(status.cancel(true));
      // The wait is handed to the call just after the sleeper created it: give the hand-over a moment.
      for (int i = 0; i < 100 && !wait.isCancelled(); i++) {
        Thread.sleep(10);
      }
      assertTrue(wait.isCancelled(), "the wait before the retry was cancelled");
      wait.complete(null); // the wait would have ended now; a cancelled wait stays cancelled
      Thread.sleep(SETTLE.toMillis());

      assertEquals(1, server.requests().size(), ScriptedSocketServer.describe(server.requests()).toString());
      assertEquals(List.of(Duration.ofSeconds(2)), sleeper.waits());
      assertThrows(CancellationException.class, status::join);
      Figures.report("503 + Retry-After 2 s, caller's thenApply stage cancelled during the wait: the wait cancelled,"
          + " requests seen by the server 1");
    }
  }

  @Test
  void cancellingWhileTheRequestIsInFlightClosesItsConnectionAndSendsNothingMore() throws Exception {
    TestSleeper sleeper = TestSleeper.holding();
    try (ScriptedSocketServer server = new ScriptedSocketServer();
        KlaraClient klara = klara(server, sleeper)) {
      server.then(stall(), respond(200, APPLICATION));
      CompletableFuture<KlaraApplication> retrieve = klara.async().applications().retrieve("app-1");
      assertTrue(server.awaitRequests(1, Duration.ofSeconds(5)));

      long start = System.nanoTime();
      assertTrue(retrieve.cancel(true));
      assertTrue(server.connections().get(0).awaitClientClosed(Duration.ofSeconds(2)),
          "the client closed the connection of the cancelled request");
      long closedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      Thread.sleep(SETTLE.toMillis());

      assertEquals(1, server.requests().size());
      assertEquals(List.of(), sleeper.waits(), "no retry was even scheduled");
      assertTrue(retrieve.isCancelled());
      Figures.report("request stalled by the server, future cancelled: connection closed by the client after "
          + closedMs + " ms, requests seen by the server 1, retries scheduled 0");
    }
  }

  @Test
  void cancellingAnAsyncPageWalkCancelsThePageFetchInFlight() throws Exception {
    TestSleeper sleeper = TestSleeper.holding();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try (ScriptedSocketServer server = new ScriptedSocketServer();
        KlaraClient klara = klara(server, sleeper)) {
      String firstPage = "{\"applications\":[{\"id\":\"app-1\",\"status\":\"submitted\","
          + "\"created_at\":\"2026-03-05T14:30:00Z\"}],\"has_more\":true,\"next_cursor\":\"c1\"}";
      server.then(respond(200, firstPage), stall());
      AsyncCursorPage<KlaraApplicationSummary> page = klara.async().applications().list().get(5, TimeUnit.SECONDS);
      List<String> seen = new CopyOnWriteArrayList<>();
      CompletableFuture<Void> walk = page.forEach(s -> seen.add(s.id()), executor);
      assertTrue(server.awaitRequests(2, Duration.ofSeconds(5)), "the walk asked for the second page");

      assertTrue(walk.cancel(true));
      assertTrue(server.connections().get(server.requests().get(1).connection() - 1)
          .awaitClientClosed(Duration.ofSeconds(2)), "the page fetch in flight was cancelled, its connection closed");
      Thread.sleep(SETTLE.toMillis());

      assertEquals(List.of("app-1"), seen);
      assertEquals(2, server.requests().size());
      assertEquals("/api/external/applications?cursor=c1", server.requests().get(1).target());
      Figures.report("forEach over pages, cancelled while page 2 was in flight: its connection closed by the client,"
          + " requests 2, items walked 1");
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void interruptingABlockingCallDuringItsWaitStopsIt() throws Exception {
    try (ScriptedSocketServer server = new ScriptedSocketServer();
        KlaraClient klara = KlaraClient.builder().baseUrl(server.url("/api/external")).apiKey(KEY).build()) {
      server.then(respond(503, "{\"error\":\"busy\"}", "Retry-After", "30"), respond(200, APPLICATION));
      CompletableFuture<Throwable> outcome = new CompletableFuture<>();
      AtomicBoolean flagKept = new AtomicBoolean();
      Thread caller = new Thread(() -> {
        try {
          klara.applications().retrieve("app-1", RequestOptions.none());
          outcome.complete(null);
        } catch (Throwable t) {
          flagKept.set(Thread.currentThread().isInterrupted());
          outcome.complete(t);
        }
      });
      caller.start();
      assertTrue(server.awaitRequests(1, Duration.ofSeconds(5)));
      Thread.sleep(200); // into the 30 s wait (Sleeper.system(): Thread.sleep)
      long start = System.nanoTime();
      caller.interrupt();
      caller.join(5000);
      long stoppedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      InternalServerException e = (InternalServerException) outcome.get(1, TimeUnit.SECONDS);
      assertEquals(503, e.statusCode());
      assertEquals(1, e.attempts());
      assertEquals(1, server.requests().size());
      assertTrue(flagKept.get(), "the interrupt flag is kept");
      assertTrue(stoppedMs < 2000, "stopped long before the 30 s wait ended: " + stoppedMs + " ms");
      Figures.report("blocking call interrupted during a 30 s Retry-After wait: stopped after " + stoppedMs
          + " ms with the 503 (1 attempt), interrupt flag kept, requests 1");
    }
  }
}
