package dev.onboardkit.klara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.klara.applications.KlaraDecisionType;
import dev.onboardkit.klara.applications.KlaraRecordDecisionRequest;
import dev.onboardkit.klara.rfi.KlaraCreateRfiRequest;
import dev.onboardkit.klara.support.TestKlara;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule for operations that create something ({@code applications().create}, {@code rfiRequests().create}): sent
 * again only when the first attempt provably never reached the server, or when the server refused it with a 429
 * (after the server's wait). Any other response, even one that asks for a retry, is reported at once, as the typed
 * exception, after exactly one request on the wire.
 */
class CreateRetryRuleTest {
  static final String APPLICATION_CREATED = "{\"application_id\":\"550e8400-e29b-41d4-a716-446655440000\","
      + "\"link\":\"https://app.klara-ai.com/external/acme-corp/application/ABC123\",\"participants\":[]}";
  static final String RFI_CREATED = "{\"request_id\":\"770e8400-e29b-41d4-a716-446655440002\","
      + "\"link\":\"https://app.klara-ai.com/external/acme-corp/rfi/abc\",\"status\":\"active\"}";

  /** A create, called blocking, blocking with the raw response, or async; returns the created id. */
  enum Create {
    APPLICATION("/api/external/applications", APPLICATION_CREATED,
        (k, o) -> k.applications().create(application(), o).applicationId()),
    APPLICATION_RAW("/api/external/applications", APPLICATION_CREATED,
        (k, o) -> k.applications().withRawResponse().create(application(), o).value().applicationId()),
    APPLICATION_ASYNC("/api/external/applications", APPLICATION_CREATED,
        (k, o) -> TestKlara.await(k.async().applications().create(application(), o)).applicationId()),
    RFI("/api/external/rfi-requests", RFI_CREATED, (k, o) -> k.rfiRequests().create(rfi(), o).requestId()),
    RFI_ASYNC("/api/external/rfi-requests", RFI_CREATED,
        (k, o) -> TestKlara.await(k.async().rfiRequests().create(rfi(), o)).requestId());

    final String path;
    final String created;
    final Call call;

    Create(String path, String created, Call call) {
      this.path = path;
      this.created = created;
      this.call = call;
    }
  }

  interface Call {
    String run(KlaraClient klara, RequestOptions options);
  }

  /** A 429 refusal, and the wait it asks for. */
  enum Refusal {
    TOO_MANY_REQUESTS_WITH_RETRY_AFTER(new MockResponse.Builder().code(429).setHeader("Retry-After", "1")
        .setHeader("Content-Type", "application/json").body("{\"error\":\"Too many requests\"}").build(),
        Duration.ofSeconds(1)),
    TOO_MANY_REQUESTS_WITH_RETRY_AFTER_MS(new MockResponse.Builder().code(429).setHeader("Retry-After-Ms", "250")
        .setHeader("Content-Type", "application/json").body("{\"error\":\"Too many requests\"}").build(),
        Duration.ofMillis(250)),
    TOO_MANY_REQUESTS_WITH_BODY_WAIT(TestKlara.json(429, "{\"error\":\"Too many requests\",\"wait\":2}"),
        Duration.ofSeconds(2)),
    TOO_MANY_REQUESTS_WITHOUT_A_WAIT(TestKlara.json(429, "{\"error\":\"Too many requests\"}"),
        Duration.ofMillis(375));

    final MockResponse response;
    final Duration wait;

    Refusal(MockResponse response, Duration wait) {
      this.response = response;
      this.wait = wait;
    }
  }

  /** A response that invites a retry, and what the caller must see instead. */
  enum Answer {
    UNAVAILABLE_WITH_RETRY_AFTER(new MockResponse.Builder().code(503).setHeader("Retry-After", "1")
        .setHeader("Content-Type", "application/json").body("{\"error\":\"Service unavailable\"}").build(),
        InternalServerException.class, Optional.of(Duration.ofSeconds(1))),
    UNAVAILABLE_WITH_RETRY_AFTER_ZERO(new MockResponse.Builder().code(503).setHeader("Retry-After", "0")
        .setHeader("Content-Type", "application/json").body("{}").build(),
        InternalServerException.class, Optional.of(Duration.ZERO)),
    SERVER_ERROR_SAYING_SHOULD_RETRY(new MockResponse.Builder().code(500).setHeader("X-Should-Retry", "true")
        .setHeader("Content-Type", "application/json").body("{\"error\":\"Internal server error\"}").build(),
        InternalServerException.class, Optional.empty());

    final MockResponse response;
    final Class<? extends ApiException> type;
    final Optional<Duration> retryAfter;

    Answer(MockResponse response, Class<? extends ApiException> type, Optional<Duration> retryAfter) {
      this.response = response;
      this.type = type;
      this.retryAfter = retryAfter;
    }
  }

  private final List<AutoCloseable> closeables = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : closeables) {
      c.close();
    }
  }

  private TestKlara klara() {
    TestKlara t = new TestKlara();
    closeables.add(t);
    return t;
  }

  static KlaraCreateApplicationRequest application() {
    return KlaraCreateApplicationRequest.builder().configId("kyc-standard")
        .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO")
        .companyName("Acme Financial Ltd").companyNumber("12345678").country("GB").build();
  }

  static KlaraCreateRfiRequest rfi() {
    return KlaraCreateRfiRequest.builder().companyName("Acme Financial Ltd").country("IE")
        .primaryContact("Sophie Mitchell", "sophie@acme.com", null).build();
  }

  static Stream<Arguments> createsAndAnswers() {
    List<Arguments> all = new ArrayList<>();
    for (Create create : Create.values()) {
      for (Answer answer : Answer.values()) {
        all.add(Arguments.of(create, answer));
      }
    }
    return all.stream();
  }

  static Stream<Arguments> createsAndRefusals() {
    List<Arguments> all = new ArrayList<>();
    for (Create create : Create.values()) {
      for (Refusal refusal : Refusal.values()) {
        all.add(Arguments.of(create, refusal));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} answered {1}")
  @MethodSource("createsAndRefusals")
  void aRefusalWith429IsSentAgainAfterTheWait(Create create, Refusal refusal) throws Exception {
    TestKlara t = klara();
    t.server.enqueue(refusal.response);
    t.enqueue(201, create.created);

    String id = create.call.run(t.klara, RequestOptions.none());

    assertFalse(id.isEmpty());
    assertEquals(2, t.server.getRequestCount(), "refused once, then created");
    assertEquals(List.of(refusal.wait), t.sleeper.sleeps());
    assertEquals("0", t.take().getHeaders().get("X-Retry-Count"));
    assertEquals("1", t.take().getHeaders().get("X-Retry-Count"));
  }

  @ParameterizedTest(name = "{0} answered {1}")
  @MethodSource("createsAndAnswers")
  void anyResponseIsReportedAfterExactlyOneRequest(Create create, Answer answer) {
    TestKlara t = klara();
    t.server.enqueue(answer.response);
    t.enqueue(201, create.created); // what a second attempt would get

    ApiException e = assertThrows(answer.type,
        () -> create.call.run(t.klara, RequestOptions.builder().maxRetries(5).build()));

    assertEquals(1, t.server.getRequestCount(), "a create is never sent again once a response came back");
    assertEquals(1, e.attempts());
    assertEquals(answer.response.getCode(), e.statusCode());
    assertEquals(answer.retryAfter, e.retryAfter());
    assertEquals(List.of(), t.sleeper.sleeps(), "nothing is waited for inside the call");
    assertEquals(create.path, t.take().getTarget());
  }

  @ParameterizedTest
  @EnumSource(Create.class)
  void withRetriesDisabledA503RetryAfterZeroIsStillSentOnce(Create create) {
    TestKlara t = klara();
    t.server.enqueue(Answer.UNAVAILABLE_WITH_RETRY_AFTER_ZERO.response);
    t.enqueue(201, create.created);

    InternalServerException e = assertThrows(InternalServerException.class,
        () -> create.call.run(t.klara, RequestOptions.builder().maxRetries(0).build()));

    assertEquals(503, e.statusCode());
    assertEquals(1, t.server.getRequestCount(), "OkHttp does not follow up a 503 by itself");
  }

  @ParameterizedTest
  @EnumSource(Create.class)
  void aRefusedConnectionIsRetriedBecauseNothingWasSent(Create create) throws Exception {
    TestKlara t = klara();
    int port = t.server.getPort();
    t.server.close();
    MockWebServer revived = new MockWebServer();
    closeables.add(revived);
    t.sleeper.onSleep(() -> {
      try {
        revived.enqueue(TestKlara.json(201, create.created));
        revived.start(port);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });

    String id = create.call.run(t.klara, RequestOptions.none());

    assertFalse(id.isEmpty());
    assertEquals(List.of(Duration.ofMillis(375)), t.sleeper.sleeps(), "one backoff, then the second attempt");
    assertEquals(1, revived.getRequestCount(), "the refused attempt never reached a server");
    assertEquals("1", revived.takeRequest().getHeaders().get("X-Retry-Count"));
  }

  @Test
  void refreshPreAuthAndRecordDecisionAreIdempotentAndStillRetried() {
    TestKlara t = klara();
    t.enqueue(429, "{\"error\":\"Too many requests\"}");
    t.enqueue(201, "{\"pre_auth_code\":\"X7K9M2P4Q8R1S5T3\",\"link\":\"https://app.klara-ai.com/x\","
        + "\"expires_at\":\"2026-03-08T14:30:00Z\",\"participant_id\":\"p1\",\"already_verified\":false}");
    t.server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "1").body("{}").build());
    t.enqueue(201, "{\"success\":true,\"already_recorded\":false}");

    ApiResponse<?> preAuth = t.klara.applications().withRawResponse().refreshPreAuth("app-1");
    ApiResponse<?> decision = t.klara.applications().withRawResponse()
        .recordDecision("app-1", KlaraRecordDecisionRequest.of(KlaraDecisionType.APPROVED, Instant.EPOCH));

    assertEquals(2, preAuth.attempts());
    assertEquals(2, decision.attempts());
    assertEquals(4, t.server.getRequestCount());
    assertEquals(List.of(Duration.ofMillis(375), Duration.ofSeconds(1)), t.sleeper.sleeps());
  }

  @Test
  void theRateLimitExceptionOfACreateSaysWhenToTryAgain() {
    TestKlara t = klara();
    t.server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "120")
        .setHeader("Content-Type", "application/json").body("{\"error\":\"Too many requests\"}").build());

    RateLimitException e = assertThrows(RateLimitException.class, () -> t.klara.applications().create(application()));

    assertEquals(Optional.of(Duration.ofSeconds(120)), e.retryAfter(), "longer than maxRetryAfter: not slept on");
    assertEquals(1, e.attempts());
    assertEquals(1, t.server.getRequestCount());
    assertFalse(e.outcomeUnknown(), "a 429 means the server did not act");
    assertEquals(KlaraErrorCode.UNKNOWN, e.errorCode());
  }
}
