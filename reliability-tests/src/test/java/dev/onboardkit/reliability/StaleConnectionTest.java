package dev.onboardkit.reliability;

import static dev.onboardkit.reliability.BrokenBodiesTest.CREATED;
import static dev.onboardkit.reliability.BrokenBodiesTest.createRequest;
import static dev.onboardkit.reliability.CancellationTest.APPLICATION;
import static dev.onboardkit.reliability.CancellationTest.KEY;
import static dev.onboardkit.reliability.ScriptedSocketServer.readThenDrop;
import static dev.onboardkit.reliability.ScriptedSocketServer.respond;
import static dev.onboardkit.reliability.ScriptedSocketServer.respondThenCloseIdle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.ApiTimeoutException;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraApplication;
import dev.onboardkit.klara.applications.KlaraCreateApplicationResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pooled keep-alive connection the server closed while it was idle is never written to: the request goes out on a
 * live connection at once (no retry, no wait), so a create succeeds instead of failing as "outcome unknown". The true
 * outcome-unknown case, a server that read the request and then dropped the connection, still raises it after exactly
 * one request.
 */
class StaleConnectionTest {
  static final Duration SERVER_IDLE_TIMEOUT = Duration.ofMillis(50);
  /** How long the client waits after the server closed: longer than the guard's 100 ms probe threshold. */
  static final Duration CLIENT_PAUSE = Duration.ofMillis(300);

  static void awaitServerClosed(ScriptedSocketServer server) throws InterruptedException {
    for (int i = 0; i < 500 && server.connections().get(0).serverClosedAt == 0; i++) {
      Thread.sleep(10);
    }
    assertTrue(server.connections().get(0).serverClosedAt != 0, "the server closed the idle connection");
  }

  static KlaraClient klara(ScriptedSocketServer server, TestSleeper sleeper) {
    return KlaraClient.builder().baseUrl(server.url("/api/external")).apiKey(KEY).sleeper(sleeper).build();
  }

  @Test
  void aCreateSentAfterTheServerClosedTheIdleConnectionGoesOutOnALiveOneAndSucceeds() throws Exception {
    TestSleeper sleeper = TestSleeper.immediate();
    try (ScriptedSocketServer server = new ScriptedSocketServer();
        KlaraClient klara = klara(server, sleeper)) {
      server.then(respondThenCloseIdle(200, APPLICATION, SERVER_IDLE_TIMEOUT), respond(201, CREATED));
      klara.applications().retrieve("app-1");
      awaitServerClosed(server);
      Thread.sleep(CLIENT_PAUSE.toMillis());

      ApiResponse<KlaraCreateApplicationResponse> created = klara.applications().withRawResponse()
          .create(createRequest());

      assertEquals("550e8400-e29b-41d4-a716-446655440000", created.value().applicationId());
      assertEquals(1, created.attempts(), "sent again at once on a live connection, not retried by the policy");
      assertEquals(List.of(), sleeper.waits());
      assertEquals(List.of("1:GET /api/external/applications/app-1", "2:POST /api/external/applications"),
          ScriptedSocketServer.describe(server.requests()));
      assertEquals(2, server.connections().size());
      Figures.report("GET, server closes the idle connection after 50 ms, create 300 ms later: sent once on a new"
          + " connection, 201, attempts 1, no wait; requests " + ScriptedSocketServer.describe(server.requests()));
    }
  }

  @Test
  void aGetSentAfterTheServerClosedTheIdleConnectionNeedsNoRetryEither() throws Exception {
    TestSleeper sleeper = TestSleeper.immediate();
    try (ScriptedSocketServer server = new ScriptedSocketServer();
        KlaraClient klara = klara(server, sleeper)) {
      server.then(respondThenCloseIdle(200, APPLICATION, SERVER_IDLE_TIMEOUT), respond(200, APPLICATION));
      klara.applications().retrieve("app-1");
      awaitServerClosed(server);
      Thread.sleep(CLIENT_PAUSE.toMillis());

      assertEquals(1, klara.applications().withRawResponse().retrieve("app-1").attempts());
      assertEquals(List.of(), sleeper.waits());
      assertEquals(2, server.requests().size());
      assertEquals(2, server.connections().size());
    }
  }

  @Test
  void aCreateTheServerReadAndThenDroppedIsOutcomeUnknownAfterExactlyOneRequest() throws Exception {
    TestSleeper sleeper = TestSleeper.immediate();
    try (ScriptedSocketServer server = new ScriptedSocketServer();
        KlaraClient klara = klara(server, sleeper)) {
      // The create goes out on the pooled connection after a pause, so the guard probes it: alive, as it is.
      server.then(respond(200, APPLICATION), readThenDrop());
      klara.applications().retrieve("app-1");
      Thread.sleep(CLIENT_PAUSE.toMillis());

      ApiConnectionException e = assertThrows(ApiConnectionException.class,
          () -> klara.applications().create(createRequest()));

      assertFalse(e instanceof ApiTimeoutException);
      assertTrue(e.requestSent());
      assertTrue(e.outcomeUnknown());
      assertEquals(1, e.attempts());
      assertEquals(List.of(), sleeper.waits());
      assertEquals(List.of("1:GET /api/external/applications/app-1", "1:POST /api/external/applications"),
          ScriptedSocketServer.describe(server.requests()), "the create was read once, on the reused connection");
      Figures.report("create read by the server on a reused connection, then dropped: ApiConnectionException,"
          + " outcomeUnknown, attempts 1, requests " + ScriptedSocketServer.describe(server.requests()));
    }
  }
}
