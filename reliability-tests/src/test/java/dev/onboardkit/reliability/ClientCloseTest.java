package dev.onboardkit.reliability;

import static dev.onboardkit.reliability.CancellationTest.APPLICATION;
import static dev.onboardkit.reliability.CancellationTest.KEY;
import static dev.onboardkit.reliability.ScriptedSocketServer.headersThenTrickle;
import static dev.onboardkit.reliability.ScriptedSocketServer.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Timeouts;
import dev.onboardkit.core.error.ApiTimeoutException;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.error.TimeoutKind;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraApplication;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code close()} with calls in flight: every call still in flight keeps its call timeout and deadline, no call
 * starts another attempt, and new calls fail at once with "This client has been closed".
 */
class ClientCloseTest {
  static final String CLOSED = "This client has been closed; create a new one";
  static final String STOPPED = "This client has been closed; the call stopped after 1 attempt instead of retrying";

  @Test
  void callsInFlightAtCloseKeepTheirCallTimeoutAndNoneRetries() throws Exception {
    try (ScriptedSocketServer server = new ScriptedSocketServer()) {
      // Headers at once, then a byte every 200 ms: the 10 s read timeout never fires, only the 500 ms call timeout.
      String slowBody = APPLICATION + " ".repeat(100);
      server.then(headersThenTrickle(200, slowBody, Duration.ofMillis(200)),
          headersThenTrickle(200, slowBody, Duration.ofMillis(200)), respond(200, APPLICATION));
      KlaraClient klara = KlaraClient.builder().baseUrl(server.url("/api/external")).apiKey(KEY)
          .timeouts(Timeouts.builder().read(Duration.ofSeconds(10)).call(Duration.ofMillis(500)).build())
          .sleeper(TestSleeper.immediate()).build();
      long start = System.nanoTime();
      CompletableFuture<KlaraApplication> blocking = CompletableFuture.supplyAsync(() ->
          klara.applications().retrieve("app-1", RequestOptions.builder().maxRetries(0).build()));
      CompletableFuture<KlaraApplication> async = klara.async().applications().retrieve("app-2");
      assertTrue(server.awaitRequests(2, Duration.ofSeconds(5)));
      klara.close();

      ExecutionException sync = assertThrows(ExecutionException.class, () -> blocking.get(5, TimeUnit.SECONDS));
      ApiTimeoutException timeout = assertInstanceOf(ApiTimeoutException.class, sync.getCause());
      assertEquals(TimeoutKind.CALL, timeout.kind());
      assertEquals(1, timeout.attempts());
      ExecutionException stopped = assertThrows(ExecutionException.class, () -> async.get(5, TimeUnit.SECONDS));
      assertEquals(OnboardKitException.class, stopped.getCause().getClass());
      assertEquals(STOPPED, stopped.getCause().getMessage());
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      Thread.sleep(200);

      assertEquals(2, server.requests().size(), "the async call timed out and was not retried after close");
      assertTrue(tookMs < 4000, "the 500 ms call timeout fired after close, long before the 10 s read timeout and the"
          + " 20 s body: " + tookMs + " ms");
      OnboardKitException after = assertThrows(OnboardKitException.class,
          () -> klara.applications().retrieve("app-3"));
      assertEquals(CLOSED, after.getMessage());
      ExecutionException afterAsync = assertThrows(ExecutionException.class,
          () -> klara.async().applications().retrieve("app-3").get(1, TimeUnit.SECONDS));
      assertEquals(CLOSED, afterAsync.getCause().getMessage());
      assertEquals(2, server.requests().size());
      Figures.report("2 GETs in flight (body trickling, call timeout 500 ms, read timeout 10 s) when close() ran:"
          + " blocking one ApiTimeoutException CALL, async one stopped instead of retrying (\"" + STOPPED + "\"),"
          + " both done after " + tookMs + " ms; new calls after close fail at once; requests 2");
    }
  }

  @Test
  void aBlockingCallInItsRetryLoopStopsWhenTheClientIsClosed() throws Exception {
    TestSleeper sleeper = TestSleeper.immediate();
    try (ScriptedSocketServer server = new ScriptedSocketServer()) {
      server.then(respond(503, "{\"error\":\"busy\"}", "Retry-After", "1"), respond(200, APPLICATION));
      KlaraClient klara = KlaraClient.builder().baseUrl(server.url("/api/external")).apiKey(KEY).sleeper(sleeper)
          .build();
      sleeper.onNextSleep(klara::close);

      OnboardKitException e = assertThrows(OnboardKitException.class, () -> klara.applications().retrieve("app-1"));

      assertEquals(OnboardKitException.class, e.getClass());
      assertEquals(STOPPED, e.getMessage());
      assertEquals(List.of(Duration.ofSeconds(1)), sleeper.waits());
      assertEquals(1, server.requests().size());
      Figures.report("blocking GET answered 503 + Retry-After, client closed during the wait: \"" + e.getMessage()
          + "\", requests 1");
    }
  }

  @Test
  void anAsyncCallWaitingToRetryFailsAtOnceWhenTheClientIsClosed() throws Exception {
    TestSleeper sleeper = TestSleeper.holding();
    try (ScriptedSocketServer server = new ScriptedSocketServer()) {
      server.then(respond(503, "{\"error\":\"busy\"}", "Retry-After", "30"), respond(200, APPLICATION));
      KlaraClient klara = KlaraClient.builder().baseUrl(server.url("/api/external")).apiKey(KEY).sleeper(sleeper)
          .build();
      CompletableFuture<KlaraApplication> retrieve = klara.async().applications().retrieve("app-1");
      CompletableFuture<Void> wait = sleeper.nextHeld();

      klara.close();

      ExecutionException e = assertThrows(ExecutionException.class, () -> retrieve.get(1, TimeUnit.SECONDS));
      assertEquals(OnboardKitException.class, e.getCause().getClass());
      assertEquals(STOPPED, e.getCause().getMessage());
      assertTrue(wait.isCancelled(), "the 30 s wait was cut short");
      assertEquals(1, server.requests().size());
      Figures.report("async GET waiting 30 s to retry when close() ran: failed at once with \"" + STOPPED
          + "\", requests 1");
    }
  }
}
