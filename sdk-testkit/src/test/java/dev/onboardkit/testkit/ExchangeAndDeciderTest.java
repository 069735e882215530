package dev.onboardkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.testkit.klara.FakeKlaraServer;
import dev.onboardkit.testkit.klara.FakeKlaraServerExtension;
import dev.onboardkit.testkit.support.TestHttp;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Exchanges, fail-after-processing and per-request fault deciders. */
class ExchangeAndDeciderTest {
  static final String CREATE = KlaraFaultInjectionTest.CREATE;
  static final RequestMatcher POST_APPLICATIONS = RequestMatcher.of("POST", "/applications");

  @RegisterExtension
  final FakeKlaraServerExtension extension = FakeKlaraServerExtension.perTest();

  FakeKlaraServer klara;
  TestHttp http;
  String key;

  @BeforeEach
  void setUp() {
    klara = extension.server();
    http = new TestHttp(klara.baseUrl());
    key = klara.issueApiKey();
  }

  private Reply tagged(String method, String path, String tag, String json) throws IOException {
    return http.send(method, path, key, json, Map.of("X-Test-Call", tag));
  }

  @Test
  void everyRequestIsRecordedWithQueryHeadersAndOutcomeAndCredentialsMasked() throws Exception {
    assertEquals(200, http.send("GET", "/applications?limit=5&status=sent", key, null,
        Map.of("X-Test-Call", "c-1", "X-Retry-Count", "0")).status());
    assertEquals(201, tagged("POST", "/applications", "c-2", CREATE).status());

    List<Exchange> exchanges = klara.exchanges();
    assertEquals(2, exchanges.size());
    Exchange list = exchanges.get(0);
    assertEquals(1, list.sequence());
    assertEquals("GET", list.method());
    assertEquals("/applications", list.path());
    assertEquals("limit=5&status=sent", list.request().query().orElseThrow());
    assertEquals("c-1", list.header("x-test-call").orElseThrow(), "names are case-insensitive");
    assertEquals("0", list.header("X-Retry-Count").orElseThrow());
    assertEquals("Bearer [REDACTED]", list.header("Authorization").orElseThrow());
    assertTrue(list.processed());
    assertEquals(OptionalInt.of(200), list.status());
    assertFalse(list.faultInjected());
    Exchange create = exchanges.get(1);
    assertEquals(2, create.sequence());
    assertEquals(OptionalInt.of(201), create.status());
    assertTrue(create.request().query().isEmpty());
    for (Exchange e : exchanges) {
      assertFalse(e.toString().contains(key), e.toString());
      assertFalse(e.request().headers().toString().contains(key.substring(key.indexOf('.') + 1)));
    }
    assertEquals("#2 POST /applications -> 201", create.toString());
  }

  @Test
  void failAfterProcessingCreatesThenAnswersTheCannedStatus() throws Exception {
    klara.faults().failAfterProcessing(1, POST_APPLICATIONS, 502, "{\"error\":\"Bad gateway\"}");
    klara.faults().failAfterProcessing(1, POST_APPLICATIONS, 504, "<html>Gateway Timeout</html>",
        Map.of("Content-Type", "text/html"));
    assertEquals(2, klara.faults().remaining());

    Reply first = http.post("/applications", key, CREATE);
    assertEquals(502, first.status());
    assertEquals("{\"error\":\"Bad gateway\"}", first.body());
    assertEquals("application/json", first.headers().get("Content-Type"));
    Reply second = http.post("/applications", key, CREATE);
    assertEquals(504, second.status());
    assertEquals("text/html", second.headers().get("Content-Type"));
    assertEquals(2, klara.createdCount(), "both were processed before the canned answer");
    assertEquals(201, http.post("/applications", key, CREATE).status(), "budget used up");

    assertEquals(0, klara.faults().remaining());
    assertEquals(2, klara.faults().appliedCount());
    assertEquals(List.of("POST /applications -> 201 then 502 (injected)", "POST /applications -> 201 then 504 (injected)",
        "POST /applications -> 201"), klara.requestLog());
    Exchange e = klara.exchanges().get(0);
    assertEquals(Set.of(Exchange.Fault.FAIL_AFTER_PROCESSING), e.faults());
    assertTrue(e.processed());
    assertEquals(OptionalInt.of(502), e.status());
  }

  @Test
  void aDeciderGivesEachRequestTheFaultItsHeadersSelect() throws Exception {
    klara.faults().decideWith(RequestMatcher.any(), request -> {
      switch (request.header("X-Test-Call").orElse("")) {
        case "fail":
          return InjectedFault.failInstead(503, "{\"error\":\"unavailable\"}", Map.of("Retry-After", "1"));
        case "drop-before":
          return InjectedFault.dropBeforeProcessing();
        case "drop-after":
          return InjectedFault.dropAfterProcessing();
        case "fail-after":
          return InjectedFault.failAfterProcessing(502, "{\"error\":\"Bad gateway\"}");
        case "delay":
          return InjectedFault.delayAfterProcessing(Duration.ofMillis(300));
        default:
          return null;
      }
    });

    Reply failed = tagged("POST", "/applications", "fail", CREATE);
    assertEquals(503, failed.status());
    assertEquals("1", failed.headers().get("Retry-After"));
    assertEquals(0, klara.createdCount());
    assertThrows(IOException.class, () -> tagged("POST", "/applications", "drop-before", CREATE));
    assertEquals(0, klara.createdCount());
    assertThrows(IOException.class, () -> tagged("POST", "/applications", "drop-after", CREATE));
    assertEquals(1, klara.createdCount());
    assertEquals(502, tagged("POST", "/applications", "fail-after", CREATE).status());
    assertEquals(2, klara.createdCount());
    long start = System.nanoTime();
    assertEquals(201, tagged("POST", "/applications", "delay", CREATE).status());
    assertTrue((System.nanoTime() - start) / 1_000_000 >= 290);
    assertEquals(3, klara.createdCount());
    assertEquals(201, tagged("POST", "/applications", "other", CREATE).status());
    assertEquals(4, klara.createdCount());

    List<Exchange> ex = klara.exchanges();
    assertEquals(6, ex.size());
    assertEquals(Set.of(Exchange.Fault.FAIL), ex.get(0).faults());
    assertFalse(ex.get(0).processed());
    assertEquals(OptionalInt.of(503), ex.get(0).status());
    assertEquals(Set.of(Exchange.Fault.DROP_BEFORE_PROCESSING), ex.get(1).faults());
    assertFalse(ex.get(1).processed());
    assertEquals(OptionalInt.empty(), ex.get(1).status());
    assertEquals(Set.of(Exchange.Fault.DROP_AFTER_PROCESSING), ex.get(2).faults());
    assertTrue(ex.get(2).processed());
    assertEquals(OptionalInt.empty(), ex.get(2).status());
    assertEquals(Set.of(Exchange.Fault.FAIL_AFTER_PROCESSING), ex.get(3).faults());
    assertEquals(OptionalInt.of(502), ex.get(3).status());
    assertEquals(Set.of(Exchange.Fault.DELAY), ex.get(4).faults());
    assertEquals(Duration.ofMillis(300), ex.get(4).delay().orElseThrow());
    assertEquals(OptionalInt.of(201), ex.get(4).status());
    assertFalse(ex.get(5).faultInjected());
    assertEquals(5, klara.faults().appliedCount());
    assertEquals(0, klara.faults().remaining(), "deciders are not counted rules");
    assertEquals("#2 POST /applications -> no response (not processed) [DROP_BEFORE_PROCESSING]",
        ex.get(1).toString());
  }

  @Test
  void aDecidedRequestNeitherConsultsNorConsumesTheCountedRules() throws Exception {
    klara.faults().failNext(1, RequestMatcher.any(), 500, "{\"error\":\"counted\"}");
    klara.faults().decideWith(POST_APPLICATIONS,
        r -> r.header("X-Test-Call").orElse("").equals("x") ? InjectedFault.failInstead(418, "{}") : null);

    assertEquals(418, tagged("POST", "/applications", "x", CREATE).status());
    assertEquals(1, klara.faults().remaining());
    assertEquals(500, tagged("POST", "/applications", "y", CREATE).status(), "null lets the counted rule apply");
    assertEquals(201, tagged("POST", "/applications", "y", CREATE).status());
    assertEquals(200, tagged("GET", "/applications", "x", null).status(),
        "the decider's matcher limits it to POST /applications");
  }

  @Test
  void aDeciderThatThrowsIsAnswered500WithoutProcessing() throws Exception {
    klara.faults().decideWith(RequestMatcher.any(), r -> {
      throw new IllegalStateException("boom");
    });
    Reply r = http.post("/applications", key, CREATE);
    assertEquals(500, r.status());
    assertEquals("{\"error\":\"fault decider failed\"}", r.body());
    assertEquals(0, klara.createdCount());
  }

  @Test
  void clearRemovesDecidersAndFailAfterRules() throws Exception {
    klara.faults().failAfterProcessing(3, RequestMatcher.any(), 502, "{}")
        .decideWith(RequestMatcher.any(), r -> InjectedFault.failInstead(500, "{}"));
    assertEquals(3, klara.faults().remaining());
    klara.faults().clear();
    assertEquals(0, klara.faults().remaining());
    assertEquals(201, http.post("/applications", key, CREATE).status());
  }

  @Test
  void awaitExchangesWaitsForTheFakeToRecordARequestWhoseClientGaveUp() throws Exception {
    OkHttpClient impatient = TestHttp.CLIENT.newBuilder().readTimeout(Duration.ofMillis(150)).build();
    klara.faults().decideWith(POST_APPLICATIONS, r -> InjectedFault.delayAfterProcessing(Duration.ofMillis(600)));
    assertThrows(InterruptedIOException.class,
        () -> new TestHttp(klara.baseUrl(), impatient).post("/applications", key, CREATE));
    assertTrue(klara.awaitExchanges(1, Duration.ofSeconds(5)));
    assertEquals(1, klara.createdCount());
    assertFalse(klara.awaitExchanges(2, Duration.ofMillis(100)), "nothing else was sent");
  }

  @Test
  void aConnectionClosedBeforeItsRequestWasReadIsRecordedAsAConnection() throws Exception {
    OkHttpClient fresh = TestHttp.CLIENT.newBuilder().connectionPool(new ConnectionPool()).build();
    klara.faults().dropBeforeRequest(1);
    assertThrows(IOException.class, () -> new TestHttp(klara.baseUrl(), fresh).post("/applications", key, CREATE));
    Exchange e = klara.exchanges().get(0);
    assertEquals(Set.of(Exchange.Fault.DROP_BEFORE_PROCESSING), e.faults());
    assertFalse(e.processed());
    assertTrue(e.method().equals("CONNECTION") || e.method().equals("POST"), e.toString());
  }

  @Test
  void incomingRequestsMaskCredentialsAndFaultsValidateTheirArguments() {
    IncomingRequest r = new IncomingRequest("GET", "/x", null,
        Map.of("Authorization", "Bearer abc.def", "X-Api-Key", "k-123", "X-Test-Call", "7"));
    assertEquals("Bearer [REDACTED]", r.header("authorization").orElseThrow());
    assertEquals("[REDACTED]", r.header("x-api-key").orElseThrow());
    assertEquals("7", r.header("x-test-call").orElseThrow());
    assertEquals("GET /x", r.toString());
    assertThrows(IllegalArgumentException.class, () -> InjectedFault.failInstead(99, "{}"));
    assertThrows(IllegalArgumentException.class, () -> InjectedFault.failAfterProcessing(600, "{}"));
    assertThrows(IllegalArgumentException.class, () -> InjectedFault.delayAfterProcessing(Duration.ofMillis(-1)));
    assertThrows(NullPointerException.class, () -> klara.faults().decideWith(RequestMatcher.any(), null));
    assertThrows(IllegalArgumentException.class,
        () -> klara.faults().failAfterProcessing(0, RequestMatcher.any(), 502, "{}"));
    assertTrue(InjectedFault.failAfterProcessing(502, "{}").processesRequest());
    assertFalse(InjectedFault.dropBeforeProcessing().processesRequest());
    assertEquals("text/plain", InjectedFault.failInstead(500, "x", Map.of("content-type", "text/plain"))
        .headers().get("content-type"));
  }
}
