package dev.onboardkit.reliability;

import static dev.onboardkit.reliability.CancellationTest.APPLICATION;
import static dev.onboardkit.reliability.CancellationTest.KEY;
import static dev.onboardkit.reliability.ScriptedSocketServer.headersThenReset;
import static dev.onboardkit.reliability.ScriptedSocketServer.headersThenStall;
import static dev.onboardkit.reliability.ScriptedSocketServer.headersThenTrickle;
import static dev.onboardkit.reliability.ScriptedSocketServer.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Timeouts;
import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.ApiTimeoutException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.error.TimeoutKind;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraApplication;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Bodies that stall or break after the headers. On a GET the failure is what it really is (the call timeout, the read
 * timeout, a reset connection, the deadline) and is retried like any such failure; on a create, whose 2xx proves the
 * server acted, the request is sent once and reported as a body that could not be read, saying why.
 */
class BrokenBodiesTest {
  static final String CREATED = "{\"application_id\":\"550e8400-e29b-41d4-a716-446655440000\","
      + "\"link\":\"https://app.klara-ai.com/external/acme/apply/ABC123\",\"participants\":[]}";
  static final Duration FIRST_BACKOFF = Duration.ofMillis(375);

  static KlaraClient klara(ScriptedSocketServer server, TestSleeper sleeper, Timeouts timeouts) {
    return KlaraClient.builder().baseUrl(server.url("/api/external")).apiKey(KEY).sleeper(sleeper).jitter(() -> 0.0)
        .timeouts(timeouts).build();
  }

  static KlaraCreateApplicationRequest createRequest() {
    return KlaraCreateApplicationRequest.builder().configId("kyc-standard")
        .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO").companyName("Acme Financial Ltd").country("IE")
        .build();
  }

  @Test
  void aGetWhoseBodyStallsPastTheCallTimeoutIsRetriedAsACallTimeout() throws Exception {
    TestSleeper sleeper = TestSleeper.immediate();
    try (ScriptedSocketServer server = new ScriptedSocketServer();
        KlaraClient klara = klara(server, sleeper,
            Timeouts.builder().read(Duration.ofSeconds(10)).call(Duration.ofMillis(400)).build())) {
      server.then(headersThenStall(200, APPLICATION, 10), respond(200, APPLICATION));

      ApiResponse<KlaraApplication> r = klara.applications().withRawResponse().retrieve("app-1");

      assertEquals("app-1", r.value().id());
      assertEquals(2, r.attempts());
      assertEquals(List.of(FIRST_BACKOFF), sleeper.waits());
      assertEquals(2, server.requests().size());
      assertTrue(server.connections().get(0).awaitClientClosed(Duration.ofSeconds(1)));
      Figures.report("GET, 200 headers then the body stalls (call timeout 400 ms, read timeout 10 s): retried after "
          + sleeper.waits() + ", succeeded with attempts 2, requests 2");
    }
  }

  @Test
  void aGetWhoseBodyStallsPastTheReadTimeoutFailsAsAReadTimeoutAfterItsRetries() throws Exception {
    TestSleeper sleeper = TestSleeper.immediate();
    try (ScriptedSocketServer server = new ScriptedSocketServer();
        KlaraClient klara = klara(server, sleeper,
            Timeouts.builder().read(Duration.ofMillis(300)).call(Duration.ofSeconds(10)).build())) {
      server.then(headersThenStall(200, APPLICATION, 10), headersThenStall(200, APPLICATION, 10));

      ApiTimeoutException e = assertThrows(ApiTimeoutException.class, () -> klara.applications()
          .retrieve("app-1", RequestOptions.builder().maxRetries(1).build()));

      assertEquals(TimeoutKind.READ, e.kind());
      assertEquals(2, e.attempts());
      assertTrue(e.requestSent());
      assertFalse(e.outcomeUnknown(), "a GET can be repeated");
      assertEquals(List.of(FIRST_BACKOFF), sleeper.waits());
      assertEquals(2, server.requests().size());
      Figures.report("GET, body stalls past the 300 ms read timeout twice (maxRetries 1): ApiTimeoutException READ,"
          + " attempts 2, requests 2");
    }
  }

  @Test
  void aGetWhoseBodyIsResetMidwayIsRetried() throws Exception {
    TestSleeper sleeper = TestSleeper.immediate();
    try (ScriptedSocketServer server = new ScriptedSocketServer();
        KlaraClient klara = klara(server, sleeper, Timeouts.builder().build())) {
      server.then(headersThenReset(200, APPLICATION, 20), headersThenReset(200, APPLICATION, 20),
          respond(200, APPLICATION));

      ApiResponse<KlaraApplication> r = klara.applications().withRawResponse().retrieve("app-1");
      assertEquals(3, r.attempts());

      server.then(headersThenReset(200, APPLICATION, 20));
      ApiConnectionException e = assertThrows(ApiConnectionException.class, () -> klara.applications()
          .retrieve("app-1", RequestOptions.builder().maxRetries(0).build()));
      assertFalse(e instanceof ApiTimeoutException);
      assertTrue(e.requestSent());
      assertFalse(e.outcomeUnknown());
      assertEquals(1, e.attempts());
      assertTrue(e.getMessage().contains("the connection failed while the response body was read"), e.getMessage());
      assertEquals(4, server.requests().size());
      Figures.report("GET, 200 headers then a reset mid-body twice, then a whole body: succeeded with attempts 3;"
          + " with maxRetries 0: ApiConnectionException (requestSent, outcome known), attempts 1; requests 4");
    }
  }

  @Test
  void aCreateWhose201BodyStallsOrIsResetIsSentOnceAndSaysTheServerActed() throws Exception {
    TestSleeper sleeper = TestSleeper.immediate();
    try (ScriptedSocketServer server = new ScriptedSocketServer();
        KlaraClient klara = klara(server, sleeper,
            Timeouts.builder().read(Duration.ofSeconds(10)).call(Duration.ofMillis(400)).build())) {
      server.then(headersThenStall(201, CREATED, 10), headersThenReset(201, CREATED, 10));

      ResponseDecodingException stalled = assertThrows(ResponseDecodingException.class,
          () -> klara.applications().create(createRequest()));
      ResponseDecodingException reset = assertThrows(ResponseDecodingException.class,
          () -> klara.applications().create(createRequest()));

      assertEquals(201, stalled.statusCode());
      assertEquals("Could not decode the 201 response: the body could not be read to the end (the"
          + " call timeout fired). The request itself succeeded (HTTP 201): the server acted on it, so do not repeat"
          + " it; look the result up instead", stalled.getMessage());
      assertEquals(201, reset.statusCode());
      assertTrue(reset.getMessage().contains("could not be read to the end (the connection failed). The request"
          + " itself succeeded (HTTP 201)"), reset.getMessage());
      assertEquals(List.of(), sleeper.waits());
      assertEquals(2, server.requests().size(), "each create was sent once");
      Figures.report("create, 201 headers then the body stalls past the call timeout / is reset: "
          + "ResponseDecodingException 201 naming the cause and saying the server acted, each sent once");
    }
  }

  @Test
  void aDeadlineShorterThanTheSlowestCallEndsItAtTheDeadline() throws Exception {
    TestSleeper sleeper = TestSleeper.immediate();
    try (ScriptedSocketServer server = new ScriptedSocketServer();
        KlaraClient klara = klara(server, sleeper,
            Timeouts.builder().read(Duration.ofSeconds(10)).call(Duration.ofSeconds(10)).build())) {
      // A whole body would take 20 s; the headers come at once and the read timeout never fires.
      server.then(headersThenTrickle(200, APPLICATION + " ".repeat(100), Duration.ofMillis(100)));

      long start = System.nanoTime();
      ApiTimeoutException e = assertThrows(ApiTimeoutException.class, () -> klara.applications()
          .retrieve("app-1", RequestOptions.builder().deadline(Duration.ofMillis(600)).build()));
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      assertEquals(TimeoutKind.DEADLINE, e.kind());
      assertEquals(1, e.attempts());
      assertFalse(e.outcomeUnknown());
      assertEquals(List.of(), sleeper.waits());
      assertEquals(1, server.requests().size());
      assertTrue(tookMs >= 600 && tookMs < 2000, tookMs + " ms");
      Figures.report("GET with a 600 ms deadline, body trickling for 20 s (call and read timeouts 10 s):"
          + " ApiTimeoutException DEADLINE after " + tookMs + " ms, attempts 1, requests 1");
    }
  }
}
