package dev.onboardkit.didit.billing;

import static dev.onboardkit.didit.support.StandaloneFixtures.CHECKOUT;
import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.support.VerificationClients;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A top-up moves money: it is sent again only when the connection was refused (nothing went out), and never after any
 * response, a 429 included, nor after a failure once the request was sent. Request counts prove it, blocking and
 * async, even with a generous retry budget.
 */
class TopUpIsNeverRetriedAfterAResponseTest {
  private static final DiditTopUpRequest TOP_UP = DiditTopUpRequest.of(new BigDecimal("500.00"));
  private static final RequestOptions GENEROUS = RequestOptions.builder().maxRetries(5).build();

  enum Mode { BLOCKING, ASYNC }

  private final VerificationClients t = new VerificationClients();
  private MockWebServer server = new MockWebServer();
  private MockWebServer revived;
  private DiditClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = t.builder(server).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
    if (revived != null) {
      revived.close();
    }
  }

  private DiditCheckoutSession topUp(Mode mode) {
    if (mode == Mode.BLOCKING) {
      return client.billing().topUp(TOP_UP, GENEROUS);
    }
    try {
      return client.async().billing().topUp(TOP_UP, GENEROUS).get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw (RuntimeException) e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void a429IsReportedAfterOneRequestEvenWithAShortWait(Mode mode) {
    server.enqueue(json(429, "{\"detail\":\"Request was throttled.\",\"wait\":1}"));
    server.enqueue(json(200, CHECKOUT));

    RateLimitException e = assertThrows(RateLimitException.class, () -> topUp(mode));

    assertEquals(1, server.getRequestCount());
    assertEquals(1, e.attempts());
    assertEquals(java.util.Optional.of(Duration.ofSeconds(1)), e.retryAfter());
    assertEquals(List.of(), t.sleeper.sleeps(), "nothing waits inside the call");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void a503WithARetryHintIsReportedAfterOneRequest(Mode mode) {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "1")
        .setHeader("X-Should-Retry", "true").setHeader("Content-Type", "application/json")
        .body("{\"detail\":\"busy\"}").build());
    server.enqueue(json(200, CHECKOUT));

    ApiException e = assertThrows(InternalServerException.class, () -> topUp(mode));

    assertEquals(1, server.getRequestCount());
    assertEquals(503, e.statusCode());
    assertEquals(List.of(), t.sleeper.sleeps());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aConnectionDroppedAfterSendingIsReportedAsOutcomeUnknownAfterOneRequest(Mode mode) {
    server.enqueue(new MockResponse.Builder().code(200).body(CHECKOUT)
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(200, CHECKOUT));

    ApiConnectionException e = assertInstanceOf(ApiConnectionException.class,
        assertThrows(RuntimeException.class, () -> topUp(mode)));

    assertTrue(e.requestSent());
    assertTrue(e.outcomeUnknown());
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRefusedConnectionIsRetriedBecauseNothingWasSent(Mode mode) throws Exception {
    int port = server.getPort();
    server.close();
    revived = new MockWebServer();
    t.sleeper.onSleep(() -> {
      try {
        revived.enqueue(json(200, CHECKOUT));
        revived.start(port);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });

    DiditCheckoutSession checkout = topUp(mode);

    assertEquals("cs_test_a1B2c3D4e5F6g7H8i9J0", checkout.checkoutSessionId());
    assertEquals(1, revived.getRequestCount(), "the refused attempt never reached a server");
    assertEquals("1", revived.takeRequest().getHeaders().get("X-Retry-Count"));
    assertFalse(t.sleeper.sleeps().isEmpty());
  }
}
