package dev.onboardkit.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.ClientOptions;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Timeouts;
import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.ApiTimeoutException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.NotFoundException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.error.TimeoutKind;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.event.CallEvents;
import dev.onboardkit.core.internal.event.Events;
import dev.onboardkit.core.log.LoggingOptions;
import dev.onboardkit.core.support.LogCapture;
import dev.onboardkit.core.support.TestRuntime;
import dev.onboardkit.core.support.Widget;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exact events a listener sees for each way a call can end, blocking and async alike, and the no-listener path. */
class RequestListenerTest {
  private static final ResponseDecoder<Widget> WIDGET = ResponseDecoder.json(Widget.class);
  private static final String OK = "{\"widget_id\":\"w1\",\"created_at\":\"2026-03-05T14:30:00Z\"}";
  private static final String OP = "test.widgets.retrieve";

  private final MockWebServer server = new MockWebServer();
  private final Recorder recorder = new Recorder();
  private TestRuntime t;

  @BeforeEach
  void start() throws Exception {
    server.start();
    t = runtime(b -> b.addListener(recorder));
  }

  @AfterEach
  void stop() {
    t.runtime.close();
    server.close();
  }

  private TestRuntime runtime(Consumer<ClientOptions.Builder> customize) {
    if (t != null) {
      t.runtime.close();
    }
    return new TestRuntime(server, customize);
  }

  private static ApiOperation<Widget> get() {
    return ApiOperation.builder(HttpMethod.GET, WIDGET).path("widgets").pathParam("id", "w1")
        .query("auth_code", "s3cr3t-code").build();
  }

  private ApiResponse<Widget> call(boolean async, RequestOptions options) {
    if (!async) {
      return t.runtime.executeForResponse(OP, get(), options);
    }
    try {
      return t.runtime.executeForResponseAsync(OP, get(), options).get(20, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw (RuntimeException) e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aSuccessfulCall(boolean async) {
    server.enqueue(new MockResponse.Builder().code(200).body(OK).build());

    call(async, RequestOptions.none());

    assertEquals(List.of(
        "callStarted test.widgets.retrieve GET /widgets/w1 localhost",
        "attemptStarted 1",
        "responseReceived 1 200",
        "callFinished SUCCESS status=200 exception=none attempts=1"), recorder.events);
    recorder.assertOneCallInfoAndNoQuery();
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aRetryThenSuccess(boolean async) {
    server.enqueue(new MockResponse.Builder().code(503).body("{}").build());
    server.enqueue(new MockResponse.Builder().code(200).body(OK).build());

    ApiResponse<Widget> response = call(async, RequestOptions.none());

    assertEquals(2, response.attempts());
    assertEquals(List.of(Duration.ofMillis(375)), t.sleeper.sleeps());
    assertEquals(List.of(
        "callStarted test.widgets.retrieve GET /widgets/w1 localhost",
        "attemptStarted 1",
        "responseReceived 1 503",
        "retryScheduled 2 PT0.375S",
        "attemptStarted 2",
        "responseReceived 2 200",
        "callFinished SUCCESS status=200 exception=none attempts=2"), recorder.events);
    recorder.assertOneCallInfoAndNoQuery();
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void anApiError(boolean async) {
    server.enqueue(new MockResponse.Builder().code(404).body("{\"error\":\"not_found\"}").build());

    assertThrows(NotFoundException.class, () -> call(async, RequestOptions.none()));

    assertEquals(List.of(
        "callStarted test.widgets.retrieve GET /widgets/w1 localhost",
        "attemptStarted 1",
        "responseReceived 1 404",
        "callFinished API_ERROR status=404 exception=NotFoundException attempts=1"), recorder.events);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aConnectionFailureRetriedUntilTheBudgetIsSpent(boolean async) throws Exception {
    MockWebServer closed = new MockWebServer();
    closed.start();
    String url = closed.url("/api").toString();
    closed.close();
    t = runtime(b -> b.addListener(recorder).baseUrl(java.net.URI.create(url)));

    assertThrows(ApiConnectionException.class, () -> call(async, RequestOptions.none()));

    assertEquals(List.of(
        "callStarted test.widgets.retrieve GET /widgets/w1 localhost",
        "attemptStarted 1",
        "attemptFailed 1 ConnectException timeout=none",
        "retryScheduled 2 PT0.375S",
        "attemptStarted 2",
        "attemptFailed 2 ConnectException timeout=none",
        "retryScheduled 3 PT0.75S",
        "attemptStarted 3",
        "attemptFailed 3 ConnectException timeout=none",
        "callFinished CONNECTION_FAILURE status=none exception=ApiConnectionException attempts=3"), recorder.events);
  }

  @Test
  void aReadTimeout() {
    server.enqueue(new MockResponse.Builder().code(200).body(OK).headersDelay(2, TimeUnit.SECONDS).build());
    RequestOptions fast = RequestOptions.builder().maxRetries(0)
        .timeouts(Timeouts.builder().read(Duration.ofMillis(200)).build()).build();

    assertThrows(ApiTimeoutException.class, () -> call(false, fast));

    assertEquals(List.of(
        "callStarted test.widgets.retrieve GET /widgets/w1 localhost",
        "attemptStarted 1",
        "attemptFailed 1 " + SocketTimeoutException.class.getSimpleName() + " timeout=" + TimeoutKind.READ,
        "callFinished TIMEOUT status=none exception=ApiTimeoutException attempts=1"), recorder.events);
  }

  @Test
  void aSuccessfulResponseThatCannotBeDecoded() {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"widget_id\":").build());

    assertThrows(ResponseDecodingException.class, () -> call(false, RequestOptions.none()));

    assertEquals("callFinished INVALID_RESPONSE status=200 exception=ResponseDecodingException attempts=1",
        recorder.events.get(recorder.events.size() - 1));
  }

  @Test
  void anAsyncCallWhoseFutureTheCallerCancelsEndsAsCancelled() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(OK).headersDelay(300, TimeUnit.MILLISECONDS).build());

    CompletableFuture<ApiResponse<Widget>> future = t.runtime.executeForResponseAsync(OP, get(), RequestOptions.none());
    assertTrue(future.cancel(true));

    assertTrue(recorder.finished.await(10, TimeUnit.SECONDS));
    assertEquals("callFinished CANCELLED status=none exception=CancellationException attempts=1",
        recorder.events.get(recorder.events.size() - 1));
  }

  @Test
  void laterPagesOfAListAreCallsOfTheSameOperation() {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"items\":[1],\"next\":\"c2\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"items\":[2],\"next\":null}").build());
    dev.onboardkit.core.internal.PagedOperation<java.util.Map<String, Object>, Object> paged = pagedList();

    List<Object> all = new ArrayList<>();
    t.runtime.executePaged("test.widgets.list", paged, RequestOptions.none()).value().autoPager().forEach(all::add);

    assertEquals(List.of(1, 2), all);
    assertEquals(2, recorder.calls.size());
    assertEquals(List.of("test.widgets.list", "test.widgets.list"),
        recorder.calls.stream().map(CallInfo::operation).collect(java.util.stream.Collectors.toList()));
    assertEquals("/widgets", recorder.calls.get(1).path());
  }

  @SuppressWarnings("unchecked")
  private static dev.onboardkit.core.internal.PagedOperation<java.util.Map<String, Object>, Object> pagedList() {
    ResponseDecoder<java.util.Map<String, Object>> json =
        ResponseDecoder.json((Class<java.util.Map<String, Object>>) (Class<?>) java.util.Map.class);
    dev.onboardkit.core.internal.PagedOperation.Shape<java.util.Map<String, Object>, Object> shape =
        new dev.onboardkit.core.internal.PagedOperation.Shape<>() {
          @Override
          public List<Object> items(java.util.Map<String, Object> page) {
            return (List<Object>) page.get("items");
          }

          @Override
          public boolean hasMore(java.util.Map<String, Object> page) {
            return page.get("next") != null;
          }

          @Override
          public String nextCursor(java.util.Map<String, Object> page) {
            return (String) page.get("next");
          }
        };
    return dev.onboardkit.core.internal.PagedOperation.of(
        ApiOperation.builder(HttpMethod.GET, json).path("widgets").build(), shape,
        cursor -> ApiOperation.builder(HttpMethod.GET, json).path("widgets").query("cursor", cursor).build());
  }

  @Test
  void aListenerThatThrowsNeverBreaksTheCallAndIsLoggedOnceAtWarnWithoutData() {
    RequestListener throwing = new RequestListener() {
      @Override
      public void callStarted(CallInfo call) {
        throw new IllegalStateException("boom " + call.path());
      }

      @Override
      public void attemptStarted(AttemptStarted event) {
        throw new IllegalStateException("boom");
      }

      @Override
      public void responseReceived(ResponseReceived event) {
        throw new IllegalStateException("boom");
      }

      @Override
      public void callFinished(CallFinished event) {
        throw new IllegalStateException("boom");
      }
    };
    t = runtime(b -> b.addListener(throwing).addListener(recorder));
    server.enqueue(new MockResponse.Builder().code(200).body(OK).build());
    server.enqueue(new MockResponse.Builder().code(200).body(OK).build());

    try (LogCapture log = new LogCapture(LoggingOptions.DEFAULT_LOGGER)) {
      assertEquals("w1", call(false, RequestOptions.none()).value().getWidgetId());
      assertEquals("w1", call(true, RequestOptions.none()).value().getWidgetId());

      List<String> warnings = new ArrayList<>();
      List<String> debugs = new ArrayList<>();
      for (String line : log.lines()) {
        if (line.contains("RequestListener")) {
          (line.startsWith("WARN") ? warnings : debugs).add(line);
        }
      }
      assertEquals(1, warnings.size(), log.text());
      assertTrue(warnings.get(0).contains(throwing.getClass().getName()), warnings.get(0));
      assertTrue(warnings.get(0).contains("java.lang.IllegalStateException in callStarted"), warnings.get(0));
      assertEquals(7, debugs.size(), log.text());
      for (String line : warnings.isEmpty() ? debugs : concat(warnings, debugs)) {
        assertFalse(line.contains("boom") || line.contains("/widgets") || line.contains(OP), line);
      }
    }
    assertEquals(8, recorder.events.size(), "the second listener still saw every event: " + recorder.events);
  }

  @Test
  void withoutListenersTheRuntimeUsesTheNoOpEventsAndCreatesNothingPerCall() {
    t = runtime(b -> {});
    server.enqueue(new MockResponse.Builder().code(200).body(OK).build());

    assertSame(Events.NONE, t.runtime.events());
    assertSame(CallEvents.NONE, t.runtime.events().start(OP, HttpMethod.GET, "/widgets"));
    assertEquals("w1", call(false, RequestOptions.none()).value().getWidgetId());
  }

  @Test
  void aDerivedClientKeepsOrReplacesTheListeners() {
    ClientRuntime kept = t.runtime.withOptions(t.runtime.options().toBuilder().maxRetries(5).build());
    ClientRuntime cleared = t.runtime.withOptions(t.runtime.options().toBuilder().listeners(List.of()).build());
    try {
      assertEquals(List.of(recorder), kept.options().listeners());
      assertNotSame(Events.NONE, kept.events());
      assertSame(Events.NONE, cleared.events());
    } finally {
      kept.close();
      cleared.close();
    }
  }

  @Test
  void aClientBuilderAddsListenersOneByOneOrReplacesThemAll() {
    RequestListener other = new RequestListener() {};
    TestBuilder builder = new TestBuilder().listener(recorder).listener(other);
    assertEquals(List.of(recorder, other), builder.options().listeners());
    assertEquals(List.of(other), builder.listeners(List.of(other)).options().listeners());
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> new TestBuilder().listeners(java.util.Arrays.asList(recorder, null)).options());
    assertEquals("listeners[1]", e.problems().get(0).field());
  }

  /** The smallest vendor builder: what every client builder inherits. */
  static final class TestBuilder extends dev.onboardkit.core.ClientBuilder<TestBuilder> {
    ClientOptions options() {
      return buildOptions(java.net.URI.create("https://api.example.com"), "baseUrl", null);
    }
  }

  @Test
  void nullListenersAreReportedByBuild() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> t.runtime.options().toBuilder().addListener(null).build());
    assertEquals("listeners[1]", e.problems().get(0).field());
    InvalidRequestException none = assertThrows(InvalidRequestException.class,
        () -> t.runtime.options().toBuilder().listeners(null).build());
    assertEquals("listeners", none.problems().get(0).field());
    assertTrue(t.runtime.options().toString().contains("listeners=1"), t.runtime.options().toString());
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Records each event as one line; the CallInfo instances it saw; and signals the end of a call. */
  static final class Recorder implements RequestListener {
    final List<String> events = Collections.synchronizedList(new ArrayList<>());
    final List<CallInfo> calls = Collections.synchronizedList(new ArrayList<>());
    final List<Object> seen = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch finished = new CountDownLatch(1);

    @Override
    public void callStarted(CallInfo call) {
      calls.add(call);
      seen.add(call);
      events.add("callStarted " + call.operation() + " " + call.method() + " " + call.path() + " "
          + call.serverAddress());
    }

    @Override
    public void attemptStarted(AttemptStarted event) {
      seen.add(event.call());
      events.add("attemptStarted " + event.attempt());
    }

    @Override
    public void responseReceived(ResponseReceived event) {
      seen.add(event.call());
      assertFalse(event.duration().isNegative());
      events.add("responseReceived " + event.attempt() + " " + event.statusCode());
    }

    @Override
    public void attemptFailed(AttemptFailed event) {
      seen.add(event.call());
      events.add("attemptFailed " + event.attempt() + " " + event.exceptionType().getSimpleName() + " timeout="
          + event.timeoutKind().map(Object::toString).orElse("none"));
    }

    @Override
    public void retryScheduled(RetryScheduled event) {
      seen.add(event.call());
      events.add("retryScheduled " + event.nextAttempt() + " " + event.waitTime());
    }

    @Override
    public void callFinished(CallFinished event) {
      seen.add(event.call());
      assertFalse(event.duration().isNegative());
      events.add("callFinished " + event.outcome() + " status="
          + (event.statusCode().isPresent() ? String.valueOf(event.statusCode().getAsInt()) : "none")
          + " exception=" + event.exceptionType().map(Class::getSimpleName).orElse("none")
          + " attempts=" + event.attempts());
      finished.countDown();
    }

    /** Every event carried the same CallInfo, and neither it nor any event's text shows the query string. */
    void assertOneCallInfoAndNoQuery() {
      assertEquals(1, calls.size());
      for (Object call : seen) {
        assertSame(calls.get(0), call);
      }
      assertFalse(calls.get(0).toString().contains("s3cr3t"), calls.get(0).toString());
      assertFalse(String.join(" ", events).contains("s3cr3t"));
    }
  }
}
