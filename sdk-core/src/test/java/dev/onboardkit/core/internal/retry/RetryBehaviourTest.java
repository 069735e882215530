package dev.onboardkit.core.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Timeouts;
import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.ApiTimeoutException;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.core.error.TimeoutKind;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.support.TestRuntime;
import dev.onboardkit.core.support.Widget;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every retry rule, run once blocking and once async: same requests on the wire, same exceptions, same waits. */
class RetryBehaviourTest {
  private static final ResponseDecoder<Widget> WIDGET = ResponseDecoder.json(Widget.class);
  private static final String OK = "{\"widget_id\":\"w1\",\"created_at\":\"2026-03-05T14:30:00Z\"}";
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(375);
  private static final Duration SECOND_BACKOFF = Duration.ofMillis(750);

  enum Mode { SYNC, ASYNC }

  private final MockWebServer server = new MockWebServer();
  private TestRuntime t;

  @BeforeEach
  void start() throws Exception {
    server.start();
    t = new TestRuntime(server);
  }

  @AfterEach
  void stop() {
    t.runtime.close();
    server.close();
  }

  private ApiResponse<Widget> call(Mode mode, HttpMethod method, Idempotency idempotency, RequestOptions options) {
    ApiOperation<Widget> op = ApiOperation.builder(method, WIDGET).path("widgets").idempotency(idempotency)
        .body(method == HttpMethod.GET ? null : java.util.Map.of("name", "w")).build();
    if (mode == Mode.SYNC) {
      return t.runtime.executeForResponse("test.op", op, options);
    }
    try {
      return t.runtime.executeForResponseAsync("test.op", op, options).get(20, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw (RuntimeException) e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private ApiResponse<Widget> call(Mode mode, HttpMethod method) {
    return call(mode, method, Idempotency.defaultFor(method), RequestOptions.none());
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
        .body("{\"detail\":\"status " + code + "\"}").build();
  }

  private static MockResponse ok() {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(OK).build();
  }

  private List<String> retryCountHeaders() throws InterruptedException {
    List<String> counts = new ArrayList<>();
    for (int i = server.getRequestCount(); i > 0; i--) {
      counts.add(server.takeRequest().getHeaders().get("X-Retry-Count"));
    }
    return counts;
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void idempotentGetIsRetriedOnEachTransientStatus(Mode mode) throws Exception {
    for (int code : new int[] {408, 429, 500, 502, 503, 504}) {
      server.enqueue(status(code));
    }
    server.enqueue(ok());
    ApiResponse<Widget> r = call(mode, HttpMethod.GET, Idempotency.IDEMPOTENT,
        RequestOptions.builder().maxRetries(6).build());

    assertEquals(7, r.attempts());
    assertEquals(List.of("0", "1", "2", "3", "4", "5", "6"), retryCountHeaders());
    assertEquals(List.of(Duration.ofMillis(375), Duration.ofMillis(750), Duration.ofMillis(1500),
        Duration.ofMillis(3000), Duration.ofMillis(6000), Duration.ofMillis(6000)), t.sleeper.sleeps());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void defaultBudgetIsTwoRetriesThenTheLastErrorIsThrown(Mode mode) {
    server.enqueue(status(500));
    server.enqueue(status(502));
    server.enqueue(status(503));
    server.enqueue(ok());

    InternalServerException e = assertThrows(InternalServerException.class, () -> call(mode, HttpMethod.GET));

    assertEquals(503, e.statusCode());
    assertEquals(3, e.attempts());
    assertEquals(3, server.getRequestCount());
    assertEquals(List.of(FIRST_BACKOFF, SECOND_BACKOFF), t.sleeper.sleeps());
    assertFalse(e.outcomeUnknown(), "GET is idempotent");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void postIsNotRetriedOn500502504AndSaysTheOutcomeIsUnknown(Mode mode) {
    for (int code : new int[] {500, 502, 504}) {
      server.enqueue(status(code));
      InternalServerException e = assertThrows(InternalServerException.class, () -> call(mode, HttpMethod.POST));
      assertEquals(code, e.statusCode());
      assertEquals(1, e.attempts());
      assertTrue(e.outcomeUnknown());
      assertTrue(e.getMessage().contains("outcome is unknown"), e.getMessage());
    }
    assertEquals(3, server.getRequestCount());
    assertEquals(List.of(), t.sleeper.sleeps());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void postIsRetriedOn429AndOn503WithRetryHintOnly(Mode mode) throws Exception {
    server.enqueue(status(429));
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "2").build());
    server.enqueue(ok());
    assertEquals(3, call(mode, HttpMethod.POST).attempts());
    assertEquals(List.of(FIRST_BACKOFF, Duration.ofSeconds(2)), t.sleeper.sleeps());

    server.enqueue(status(503));
    InternalServerException e = assertThrows(InternalServerException.class, () -> call(mode, HttpMethod.POST));
    assertEquals(1, e.attempts());
    assertEquals(4, server.getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryUnsentOnlyOperationsReport429AtOnce(Mode mode) {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Content-Type", "application/json")
        .body("{\"detail\":\"Too many registrations\",\"wait\":3600}").build());

    RateLimitException e = assertThrows(RateLimitException.class,
        () -> call(mode, HttpMethod.POST, Idempotency.RETRY_UNSENT_ONLY, RequestOptions.none()));

    assertEquals(Optional.of(Duration.ofHours(1)), e.retryAfter());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), t.sleeper.sleeps());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void serverWaitsAreHonouredFromEachSource(Mode mode) {
    // The clock has advanced 3 s + 2 s by the third response, so this date is 7 s after it.
    String httpDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        t.clock.instant().plusSeconds(12).atOffset(ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3").build());
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After-Ms", "2000").build());
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", httpDate).build());
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Content-Type", "application/json")
        .body("{\"detail\":\"Request was throttled.\",\"wait\":30}").build());
    server.enqueue(ok());

    ApiResponse<Widget> r = call(mode, HttpMethod.GET, Idempotency.IDEMPOTENT,
        RequestOptions.builder().maxRetries(4).build());

    assertEquals(5, r.attempts());
    assertEquals(List.of(Duration.ofSeconds(3), Duration.ofMillis(2000), Duration.ofSeconds(7), Duration.ofSeconds(30)),
        t.sleeper.sleeps());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aServerWaitAboveTheMaximumFailsAtOnceWithRetryAfter(Mode mode) {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Content-Type", "application/json")
        .body("{\"detail\":\"Request was throttled.\",\"wait\":120}").build());

    RateLimitException e = assertThrows(RateLimitException.class, () -> call(mode, HttpMethod.GET));

    assertEquals(Optional.of(Duration.ofSeconds(120)), e.retryAfter());
    assertEquals(1, e.attempts());
    assertEquals(List.of(), t.sleeper.sleeps());
    assertTrue(e.getMessage().contains("retry after 120 s"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aWaitThatWouldCrossTheDeadlineIsNotSlept(Mode mode) {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "5").build());
    server.enqueue(ok());

    RateLimitException e = assertThrows(RateLimitException.class, () -> call(mode, HttpMethod.GET,
        Idempotency.IDEMPOTENT, RequestOptions.builder().deadline(Duration.ofSeconds(4)).build()));

    assertEquals(Optional.of(Duration.ofSeconds(5)), e.retryAfter());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), t.sleeper.sleeps());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void shouldRetryHeaderOverridesTheStatusRules(Mode mode) {
    server.enqueue(new MockResponse.Builder().code(500).setHeader("X-Should-Retry", "true").build());
    server.enqueue(ok());
    assertEquals(2, call(mode, HttpMethod.POST).attempts());

    server.enqueue(new MockResponse.Builder().code(503).setHeader("X-Should-Retry", "false").build());
    InternalServerException e = assertThrows(InternalServerException.class, () -> call(mode, HttpMethod.GET));
    assertEquals(1, e.attempts());
    assertEquals(3, server.getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aPostWhoseConnectionDropsAfterTheServerReadItIsSentOnce(Mode mode) throws Exception {
    server.enqueue(new MockResponse.Builder().code(201).body(OK)
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok());

    ApiConnectionException e = assertThrows(ApiConnectionException.class, () -> call(mode, HttpMethod.POST));

    assertTrue(e.requestSent());
    assertTrue(e.outcomeUnknown());
    assertEquals(1, e.attempts());
    assertTrue(e.getMessage().contains("outcome is unknown"), e.getMessage());
    assertEquals(1, server.getRequestCount());
    assertEquals("{\"name\":\"w\"}", server.takeRequest().getBody().utf8());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aGetWhoseConnectionDropsIsRetried(Mode mode) {
    server.enqueue(new MockResponse.Builder().code(200).body(OK)
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok());

    assertEquals(2, call(mode, HttpMethod.GET).attempts());
    assertEquals(2, server.getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aPostRefusedAtConnectIsRetried(Mode mode) throws Exception {
    int port = server.getPort();
    server.close();
    MockWebServer revived = new MockWebServer();
    try {
      t.sleeper.onSleep(() -> {
        try {
          revived.enqueue(ok());
          revived.start(port);
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      });
      ApiResponse<Widget> r = call(mode, HttpMethod.POST);

      assertEquals(2, r.attempts());
      assertEquals(1, revived.getRequestCount());
      assertEquals("1", revived.takeRequest().getHeaders().get("X-Retry-Count"));
      assertEquals(List.of(FIRST_BACKOFF), t.sleeper.sleeps());
    } finally {
      revived.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aPostThatTimesOutReadingIsNotRetried(Mode mode) {
    server.enqueue(new MockResponse.Builder().code(201).body(OK).headersDelay(2, TimeUnit.SECONDS).build());
    RequestOptions fast = RequestOptions.builder().timeouts(Timeouts.builder().read(Duration.ofMillis(200)).build()).build();

    ApiTimeoutException e = assertThrows(ApiTimeoutException.class,
        () -> call(mode, HttpMethod.POST, Idempotency.NON_IDEMPOTENT, fast));

    assertEquals(TimeoutKind.READ, e.kind());
    assertTrue(e.requestSent());
    assertTrue(e.outcomeUnknown());
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aGetThatTimesOutReadingIsRetried(Mode mode) {
    server.enqueue(new MockResponse.Builder().code(200).body(OK).headersDelay(2, TimeUnit.SECONDS).build());
    server.enqueue(ok());
    RequestOptions fast = RequestOptions.builder().timeouts(Timeouts.builder().read(Duration.ofMillis(200)).build()).build();

    assertEquals(2, call(mode, HttpMethod.GET, Idempotency.IDEMPOTENT, fast).attempts());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theDeadlineCutsALongAttempt(Mode mode) {
    server.enqueue(new MockResponse.Builder().code(200).body(OK).headersDelay(3, TimeUnit.SECONDS).build());
    RequestOptions deadline = RequestOptions.builder().deadline(Duration.ofMillis(300)).build();

    ApiTimeoutException e = assertThrows(ApiTimeoutException.class,
        () -> call(mode, HttpMethod.GET, Idempotency.IDEMPOTENT, deadline));

    assertEquals(TimeoutKind.DEADLINE, e.kind());
    assertEquals(1, e.attempts());
    assertEquals(List.of(), t.sleeper.sleeps());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void maxRetriesZeroDisablesRetries(Mode mode) {
    server.enqueue(status(503));
    assertThrows(InternalServerException.class,
        () -> call(mode, HttpMethod.GET, Idempotency.IDEMPOTENT, RequestOptions.builder().maxRetries(0).build()));
    assertEquals(1, server.getRequestCount());
  }

  @org.junit.jupiter.api.Test
  void anInterruptedWaitStopsRetryingAndKeepsTheInterruptFlag() {
    server.enqueue(status(503));
    server.enqueue(ok());
    t.sleeper.interruptNextSleep();

    InternalServerException e = assertThrows(InternalServerException.class, () -> call(Mode.SYNC, HttpMethod.GET));

    assertTrue(Thread.interrupted(), "interrupt flag restored (and cleared here)");
    assertEquals(1, e.attempts());
    assertEquals(1, server.getRequestCount());
  }

  @org.junit.jupiter.api.Test
  void asyncFailuresArriveAsTheSameExceptionTypes() {
    server.enqueue(status(404));
    try {
      t.runtime.executeAsync("test.op", ApiOperation.builder(HttpMethod.GET, WIDGET).path("w").build(),
          RequestOptions.none()).join();
      fail("expected failure");
    } catch (CompletionException e) {
      assertInstanceOf(dev.onboardkit.core.error.NotFoundException.class, e.getCause());
      assertInstanceOf(OnboardKitException.class, e.getCause());
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void okHttpNeverRepeatsARequestByItselfOn503WithRetryAfterZero(Mode mode) {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").build());

    InternalServerException post = assertThrows(InternalServerException.class,
        () -> call(mode, HttpMethod.POST, Idempotency.NON_IDEMPOTENT, RequestOptions.builder().maxRetries(0).build()));
    assertEquals(1, server.getRequestCount(), "the POST was sent once");
    assertEquals(Optional.of(Duration.ZERO), post.retryAfter(), "the header still reaches the SDK");

    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").build());
    assertThrows(InternalServerException.class,
        () -> call(mode, HttpMethod.GET, Idempotency.IDEMPOTENT, RequestOptions.builder().maxRetries(0).build()));
    assertEquals(2, server.getRequestCount(), "the GET was sent once too");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aCreateIsNeverSentAgainOnceAnyResponseCameBack(Mode mode) {
    String[][] responses = {{"429", "Retry-After", "1"}, {"503", "Retry-After", "1"}, {"500", "X-Should-Retry", "true"},
        {"429", "X-Should-Retry", "true"}};
    int sent = 0;
    for (String[] r : responses) {
      server.enqueue(new MockResponse.Builder().code(Integer.parseInt(r[0])).setHeader(r[1], r[2]).build());
      dev.onboardkit.core.error.ApiException e = assertThrows(dev.onboardkit.core.error.ApiException.class,
          () -> call(mode, HttpMethod.POST, Idempotency.RETRY_UNSENT_ONLY, RequestOptions.none()));
      assertEquals(Integer.parseInt(r[0]), e.statusCode());
      assertEquals(1, e.attempts());
      assertEquals(++sent, server.getRequestCount(), String.join(" ", r));
    }
    assertEquals(List.of(), t.sleeper.sleeps());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void thePerAttemptCallTimeoutCutsASlowAttempt(Mode mode) {
    server.enqueue(new MockResponse.Builder().code(200).body(OK).headersDelay(3, TimeUnit.SECONDS).build());
    RequestOptions callTimeout = RequestOptions.builder().timeout(Duration.ofMillis(300)).maxRetries(0).build();

    long start = System.nanoTime();
    ApiTimeoutException e = assertThrows(ApiTimeoutException.class,
        () -> call(mode, HttpMethod.GET, Idempotency.IDEMPOTENT, callTimeout));
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(TimeoutKind.CALL, e.kind());
    assertTrue(e.requestSent());
    assertTrue(elapsedMillis >= 290 && elapsedMillis < 1500, "cut after " + elapsedMillis + " ms");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aCreateAnswered429IsSentAgainAfterTheServersWait(Mode mode) throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After-Ms", "1200").build());
    server.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json").body(OK).build());

    ApiResponse<Widget> r = call(mode, HttpMethod.POST, Idempotency.RETRY_UNSENT_OR_THROTTLED, RequestOptions.none());

    assertEquals(201, r.statusCode());
    assertEquals(2, r.attempts());
    assertEquals(List.of("0", "1"), retryCountHeaders());
    assertEquals(List.of(Duration.ofMillis(1200)), t.sleeper.sleeps());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aCreateIsNotSentAgainOnA503OrA500EvenWithRetryHints(Mode mode) {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "1").build());
    server.enqueue(new MockResponse.Builder().code(500).setHeader("X-Should-Retry", "true").build());

    assertEquals(503, assertThrows(InternalServerException.class, () -> call(mode, HttpMethod.POST,
        Idempotency.RETRY_UNSENT_OR_THROTTLED, RequestOptions.none())).statusCode());
    InternalServerException e = assertThrows(InternalServerException.class, () -> call(mode, HttpMethod.POST,
        Idempotency.RETRY_UNSENT_OR_THROTTLED, RequestOptions.none()));
    assertEquals(500, e.statusCode());
    assertTrue(e.outcomeUnknown());
    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(), t.sleeper.sleeps());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theBackoffIsTunedPerClientAndPerCall(Mode mode) throws Exception {
    t.runtime.close();
    t = new TestRuntime(server, b -> b.initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(300)));
    for (int i = 0; i < 4; i++) {
      server.enqueue(status(503));
    }
    server.enqueue(ok());
    assertEquals(5, call(mode, HttpMethod.GET, Idempotency.IDEMPOTENT, RequestOptions.builder().maxRetries(4).build())
        .attempts());
    assertEquals(List.of(Duration.ofMillis(75), Duration.ofMillis(150), Duration.ofMillis(225),
        Duration.ofMillis(225)), t.sleeper.sleeps());

    server.enqueue(status(503));
    server.enqueue(status(503));
    server.enqueue(ok());
    assertEquals(3, call(mode, HttpMethod.GET, Idempotency.IDEMPOTENT, RequestOptions.builder()
        .initialBackoff(Duration.ofSeconds(2)).maxBackoff(Duration.ofSeconds(3)).build()).attempts());
    assertEquals(List.of(Duration.ofMillis(1500), Duration.ofMillis(2250)), t.sleeper.sleeps().subList(4, 6));
  }
}
