package dev.onboardkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.testkit.klara.FakeKlaraServer;
import dev.onboardkit.testkit.klara.FakeKlaraServerExtension;
import dev.onboardkit.testkit.support.TestHttp;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KlaraFaultInjectionTest {
  static final String CREATE = """
      {"config_id":"kyc-standard","primary_contact":{"email":"s@acme.com","name":"S"},
       "company_name":"Acme","country":"IE"}""";
  static final String UNAVAILABLE = "{\"error\":\"Service unavailable\"}";

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

  @Test
  void failNextReturnsTheCannedResponseNTimesWithoutProcessing() throws Exception {
    klara.faults().failNext(2, RequestMatcher.of("POST", "/applications"), 503, UNAVAILABLE,
        Map.of("Retry-After", "7"));
    assertEquals(2, klara.faults().remaining());
    for (int i = 0; i < 2; i++) {
      Reply r = http.post("/applications", key, CREATE);
      assertEquals(503, r.status());
      assertEquals(UNAVAILABLE, r.body());
      assertEquals("7", r.headers().get("Retry-After"));
      assertEquals("application/json", r.headers().get("Content-Type"));
    }
    assertEquals(0, klara.createdCount());
    assertEquals(201, http.post("/applications", key, CREATE).status());
    assertEquals(1, klara.createdCount());
    assertEquals(2, klara.faults().appliedCount());
    assertEquals(0, klara.faults().remaining());
    List<String> log = klara.requestLog();
    assertEquals(List.of("POST /applications -> 503 (injected)", "POST /applications -> 503 (injected)",
        "POST /applications -> 201"), log);
    assertEquals(3, klara.requestCount());
  }

  @Test
  void failNextOnlyHitsMatchingRequestsAndSupportsWildcards() throws Exception {
    klara.faults().failNext(1, RequestMatcher.of("GET", "/applications/*"), 500, "{\"error\":\"Internal server error\"}");
    assertEquals(200, http.get("/applications", key).status(), "the wildcard needs a segment after the slash");
    assertEquals(201, http.post("/applications", key, CREATE).status(), "method differs");
    Reply r = http.get("/applications/whatever", key);
    assertEquals(500, r.status());
    assertEquals("{\"error\":\"Internal server error\"}", r.body());
    assertEquals(404, http.get("/applications/whatever", key).status(), "used up");
  }

  @Test
  void failNextCanServeNonJsonBodies() throws Exception {
    klara.faults().failNext(1, RequestMatcher.any(), 502, "<html>Bad gateway</html>",
        Map.of("content-type", "text/html"));
    Reply r = http.get("/applications", key);
    assertEquals(502, r.status());
    assertEquals("text/html", r.headers().get("Content-Type"));
    assertEquals("<html>Bad gateway</html>", r.body());
  }

  @Test
  void delayNextHoldsTheResponseButTheRequestIsProcessed() throws Exception {
    klara.faults().delayNext(1, RequestMatcher.of("POST", "/applications"), Duration.ofMillis(400));
    long start = System.nanoTime();
    assertEquals(201, http.post("/applications", key, CREATE).status());
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    assertTrue(tookMs >= 390, "took " + tookMs);
    long second = System.nanoTime();
    assertEquals(201, http.post("/applications", key, CREATE).status());
    assertTrue((System.nanoTime() - second) / 1_000_000 < 390);
  }

  @Test
  void aClientTimeoutDuringADelayStillCreated() {
    OkHttpClient impatient = TestHttp.CLIENT.newBuilder().readTimeout(Duration.ofMillis(150)).build();
    klara.faults().delayNext(1, RequestMatcher.of("POST", "/applications"), Duration.ofMillis(1000));
    assertThrows(InterruptedIOException.class,
        () -> new TestHttp(klara.baseUrl(), impatient).post("/applications", key, CREATE));
    assertEquals(1, klara.createdCount());
  }

  @Test
  void dropBeforeRequestOnANewConnectionProcessesNothing() throws Exception {
    OkHttpClient fresh = TestHttp.CLIENT.newBuilder().connectionPool(new ConnectionPool()).build();
    TestHttp client = new TestHttp(klara.baseUrl(), fresh);
    klara.faults().dropBeforeRequest(1);
    assertThrows(IOException.class, () -> client.post("/applications", key, CREATE));
    assertEquals(0, klara.createdCount());
    assertEquals(0, klara.faults().remaining());
    assertEquals(201, client.post("/applications", key, CREATE).status());
    assertEquals(1, klara.createdCount());
  }

  @Test
  void dropBeforeRequestOnAReusedConnectionProcessesNothing() throws Exception {
    OkHttpClient pooled = TestHttp.CLIENT.newBuilder().connectionPool(new ConnectionPool()).build();
    TestHttp client = new TestHttp(klara.baseUrl(), pooled);
    assertEquals(200, client.get("/applications", key).status());
    assertEquals(1, pooled.connectionPool().idleConnectionCount());
    klara.faults().dropBeforeRequest(2);
    assertThrows(IOException.class, () -> client.post("/applications", key, CREATE));
    assertThrows(IOException.class, () -> client.post("/applications", key, CREATE));
    assertEquals(0, klara.createdCount());
    assertEquals(201, client.post("/applications", key, CREATE).status());
    assertEquals(1, klara.createdCount());
    assertEquals(2, klara.faults().appliedCount());
  }

  @Test
  void dropAfterProcessingCreatesButNoResponseArrives() throws Exception {
    klara.faults().dropAfterProcessing(1, RequestMatcher.of("POST", "/applications"));
    assertThrows(IOException.class, () -> http.post("/applications", key, CREATE));
    assertEquals(1, klara.createdCount(), "the state change happened");
    assertEquals(201, http.post("/applications", key, CREATE).status());
    assertEquals(2, klara.createdCount());
    assertTrue(klara.requestLog().get(0).equals("POST /applications -> 201 then dropped"), klara.requestLog().get(0));
  }

  @Test
  void failRandomlyIsReproducibleForASequentialClient() throws Exception {
    long seed = 1234;
    klara.faults().failRandomly(0.3, seed, RequestMatcher.of("GET", "/applications"), 503, UNAVAILABLE);
    Random expected = new Random(seed);
    List<Integer> want = new ArrayList<>();
    List<Integer> got = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      want.add(expected.nextDouble() < 0.3 ? 503 : 200);
      got.add(http.get("/applications", key).status());
    }
    assertEquals(want, got);
    assertTrue(got.contains(503) && got.contains(200));
    assertEquals(201, http.post("/applications", key, CREATE).status(), "other requests are not drawn");
  }

  @Test
  void clearRemovesEveryRule() throws Exception {
    klara.faults()
        .failNext(5, RequestMatcher.any(), 500, "{}")
        .dropBeforeRequest(3)
        .dropAfterProcessing(2, RequestMatcher.any())
        .delayNext(4, RequestMatcher.any(), Duration.ofSeconds(5))
        .failRandomly(1.0, 1, RequestMatcher.any(), 500, "{}");
    assertEquals(14, klara.faults().remaining());
    klara.faults().clear();
    assertEquals(0, klara.faults().remaining());
    assertEquals(201, http.post("/applications", key, CREATE).status());
  }

  @Test
  void invalidRulesAreRejected() {
    Faults f = klara.faults();
    assertThrows(IllegalArgumentException.class, () -> f.failNext(0, RequestMatcher.any(), 500, "{}"));
    assertThrows(IllegalArgumentException.class, () -> f.failNext(1, RequestMatcher.any(), 99, "{}"));
    assertThrows(IllegalArgumentException.class, () -> f.delayNext(1, RequestMatcher.any(), Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> f.failRandomly(1.5, 1, RequestMatcher.any(), 500, "{}"));
    assertThrows(IllegalArgumentException.class, () -> f.dropBeforeRequest(0));
  }
}
