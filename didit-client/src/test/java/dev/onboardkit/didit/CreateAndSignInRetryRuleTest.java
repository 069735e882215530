package dev.onboardkit.didit;

import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.didit.applications.DiditApplicationUpdate;
import dev.onboardkit.didit.applications.DiditCreateApplicationRequest;
import dev.onboardkit.didit.support.TestClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Operations that create something or sign in (create application, verify email, login, two-factor verify, and
 * register and resend code) are sent again only when the first attempt provably never reached the server, and
 * creating an application also after a 429 (the server refused it; the wait is honoured). Any other response, even
 * one asking for a retry, is reported at once as the typed exception after exactly one request, and nothing sleeps
 * inside the call: a login lockout is a {@link RateLimitException} with {@code retryAfter()}.
 */
class CreateAndSignInRetryRuleTest {
  static final String PASSWORD = "S3cure!Passw0rd";
  static final String TOKENS = "{\"access_token\":\"acc-12345\",\"expires_in\":3600}";
  static final String APP = "{\"uuid\":\"a1\",\"name\":\"n\",\"client_id\":\"c\",\"api_key\":\"k-12345\"}";
  static final String VERIFIED = "{\"access_token\":\"acc-12345\",\"refresh_token\":\"r-12345\",\"expires_in\":3600,"
      + "\"organization\":{\"uuid\":\"org-1\",\"name\":\"Acme\"},"
      + "\"application\":{\"uuid\":\"app-1\",\"name\":\"Acme\",\"client_id\":\"c\",\"api_key\":\"k-12345\"}}";

  /** An operation that must not be repeated once it may have reached the server. */
  enum Op {
    CREATE_APPLICATION("/auth/v2/organizations/me/org-1/applications/", 201, APP,
        (c, o) -> c.applications("org-1").create(DiditCreateApplicationRequest.builder().name("Acme").build(), o).uuid()),
    CREATE_APPLICATION_RAW("/auth/v2/organizations/me/org-1/applications/", 201, APP,
        (c, o) -> c.applications("org-1").withRawResponse().create(DiditCreateApplicationRequest.empty(), o).value()
            .uuid()),
    CREATE_APPLICATION_ASYNC("/auth/v2/organizations/me/org-1/applications/", 201, APP,
        (c, o) -> await(c.async().applications("org-1").create(DiditCreateApplicationRequest.empty(), o)).uuid()),
    VERIFY_EMAIL("/auth/v2/programmatic/verify-email/", 200, VERIFIED,
        (c, o) -> c.account().verifyEmail("ops@acme.io", "A3K9F2", o).organization().uuid()),
    VERIFY_EMAIL_ASYNC("/auth/v2/programmatic/verify-email/", 200, VERIFIED,
        (c, o) -> await(c.async().account().verifyEmail("ops@acme.io", "A3K9F2", o)).organization().uuid()),
    LOGIN("/auth/v2/programmatic/login/", 200, TOKENS,
        (c, o) -> c.account().login("ops@acme.io", PASSWORD, o).tokens().accessToken().reveal()),
    LOGIN_ASYNC("/auth/v2/programmatic/login/", 200, TOKENS,
        (c, o) -> await(c.async().account().login("ops@acme.io", PASSWORD, o)).tokens().accessToken().reveal()),
    VERIFY_TWO_FACTOR("/auth/v2/2fa/verify/", 200, TOKENS,
        (c, o) -> c.account().verifyTwoFactor(Secret.of("tmp-12345"), "123456", o).accessToken().reveal()),
    VERIFY_TWO_FACTOR_ASYNC("/auth/v2/2fa/verify/", 200, TOKENS,
        (c, o) -> await(c.async().account().verifyTwoFactor(Secret.of("tmp-12345"), "123456", o)).accessToken()
            .reveal()),
    REGISTER("/auth/v2/programmatic/register/", 201, "{\"message\":\"ok\",\"email\":\"ops@acme.io\"}",
        (c, o) -> c.account().register("ops@acme.io", PASSWORD, o).email()),
    RESEND_CODE("/auth/v2/programmatic/resend-otp/", 200, "{\"message\":\"sent\"}",
        (c, o) -> c.account().resendCode("ops@acme.io", o).message().orElseThrow());

    final String path;
    final int okStatus;
    final String okBody;
    final Call call;

    Op(String path, int okStatus, String okBody, Call call) {
      this.path = path;
      this.okStatus = okStatus;
      this.okBody = okBody;
      this.call = call;
    }

    /** Creates (not sign-ins or hour-scale limits) are sent again after a 429. */
    boolean isCreate() {
      return name().startsWith("CREATE_APPLICATION");
    }
  }

  interface Call {
    String run(DiditAuthClient client, RequestOptions options);
  }

  /** A response that invites a retry, and what the caller sees instead (a create is sent again after a 429). */
  enum Answer {
    TOO_MANY_REQUESTS_WITH_RETRY_AFTER(new MockResponse.Builder().code(429).setHeader("Retry-After", "1")
        .setHeader("Content-Type", "application/json").body("{\"detail\":\"Request was throttled.\"}").build(),
        RateLimitException.class, Optional.of(Duration.ofSeconds(1))),
    TOO_MANY_REQUESTS_SAYING_SHOULD_RETRY(new MockResponse.Builder().code(429).setHeader("X-Should-Retry", "true")
        .setHeader("Content-Type", "application/json").body("{\"detail\":\"throttled\"}").build(),
        RateLimitException.class, Optional.empty()),
    TOO_MANY_REQUESTS_WITH_BODY_WAIT(json(429, "{\"detail\":\"Too many attempts\",\"wait\":45}"),
        RateLimitException.class, Optional.of(Duration.ofSeconds(45))),
    UNAVAILABLE_WITH_RETRY_AFTER(new MockResponse.Builder().code(503).setHeader("Retry-After", "1")
        .setHeader("Content-Type", "application/json").body("{\"detail\":\"busy\"}").build(),
        InternalServerException.class, Optional.of(Duration.ofSeconds(1))),
    UNAVAILABLE_WITH_BODY_WAIT(json(503, "{\"detail\":\"busy\",\"wait\":1}"),
        InternalServerException.class, Optional.of(Duration.ofSeconds(1))),
    SERVER_ERROR_SAYING_SHOULD_RETRY(new MockResponse.Builder().code(500).setHeader("X-Should-Retry", "true")
        .setHeader("Content-Type", "application/json").body("{\"detail\":\"oops\"}").build(),
        InternalServerException.class, Optional.empty());

    final MockResponse response;
    final Class<? extends ApiException> type;
    final Optional<Duration> retryAfter;

    Answer(MockResponse response, Class<? extends ApiException> type, Optional<Duration> retryAfter) {
      this.response = response;
      this.type = type;
      this.retryAfter = retryAfter;
    }

    boolean isRefusal() {
      return response.getCode() == 429;
    }
  }

  private final MockWebServer server = new MockWebServer();
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private final TestClients t = new TestClients();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : closeables) {
      c.close();
    }
    server.close();
  }

  private DiditAuthClient client() {
    DiditAuthClient c = t.builder(server).accessToken("tok-12345").build();
    closeables.add(c);
    return c;
  }

  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new AssertionError(e);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static Stream<Arguments> operationsAndAnswers() {
    List<Arguments> all = new ArrayList<>();
    for (Op op : Op.values()) {
      for (Answer answer : Answer.values()) {
        if (!(op.isCreate() && answer.isRefusal())) {
          all.add(Arguments.of(op, answer));
        }
      }
    }
    return all.stream();
  }

  static Stream<Arguments> createsAndRefusals() {
    List<Arguments> all = new ArrayList<>();
    for (Op op : Op.values()) {
      for (Answer answer : Answer.values()) {
        if (op.isCreate() && answer.isRefusal()) {
          all.add(Arguments.of(op, answer));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} answered {1}")
  @MethodSource("createsAndRefusals")
  void aCreateRefusedWith429IsSentAgainAfterTheWait(Op op, Answer answer) throws Exception {
    server.enqueue(answer.response);
    server.enqueue(json(op.okStatus, op.okBody));
    DiditAuthClient client = client();

    assertEquals("a1", op.call.run(client, RequestOptions.none()));

    assertEquals(2, server.getRequestCount(), "refused once, then created");
    assertEquals(List.of(answer.retryAfter.orElse(Duration.ofMillis(375))), t.sleeper.sleeps());
    assertEquals("0", server.takeRequest().getHeaders().get("X-Retry-Count"));
    assertEquals("1", server.takeRequest().getHeaders().get("X-Retry-Count"));
  }

  @ParameterizedTest(name = "{0} answered {1}")
  @MethodSource("operationsAndAnswers")
  void anyResponseIsReportedAfterExactlyOneRequest(Op op, Answer answer) throws Exception {
    server.enqueue(answer.response);
    server.enqueue(json(op.okStatus, op.okBody)); // what a second attempt would get
    DiditAuthClient client = client();

    ApiException e = assertThrows(answer.type,
        () -> op.call.run(client, RequestOptions.builder().maxRetries(5).build()));

    assertEquals(1, server.getRequestCount(), "never sent again once a response came back");
    assertEquals(1, e.attempts());
    assertEquals(answer.response.getCode(), e.statusCode());
    assertEquals(answer.retryAfter, e.retryAfter());
    assertEquals(List.of(), t.sleeper.sleeps(), "nothing sleeps inside the call");
    assertEquals(op.path, server.takeRequest().getTarget());
  }

  @ParameterizedTest
  @EnumSource(Op.class)
  void aRefusedConnectionIsRetriedBecauseNothingWasSent(Op op) throws Exception {
    DiditAuthClient client = client();
    int port = server.getPort();
    server.close();
    MockWebServer revived = new MockWebServer();
    closeables.add(revived);
    t.sleeper.onSleep(() -> {
      try {
        revived.enqueue(json(op.okStatus, op.okBody));
        revived.start(port);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });

    String result = op.call.run(client, RequestOptions.none());

    assertFalse(result.isEmpty());
    assertEquals(List.of(Duration.ofMillis(375)), t.sleeper.sleeps(), "one backoff, then the second attempt");
    assertEquals(1, revived.getRequestCount(), "the refused attempt never reached a server");
    assertEquals("1", revived.takeRequest().getHeaders().get("X-Retry-Count"));
  }

  @Test
  void aLoginLockoutWithWait45IsARateLimitExceptionNotASleep() {
    server.enqueue(json(429, "{\"detail\":\"Too many attempts\",\"wait\":45}"));
    server.enqueue(json(200, TOKENS));
    try (DiditAuthClient client = t.builder(server).anonymous().build()) {
      RateLimitException e = assertThrows(RateLimitException.class,
          () -> client.account().login("ops@acme.io", PASSWORD));

      assertEquals(Optional.of(Duration.ofSeconds(45)), e.retryAfter());
      assertEquals(DiditErrorCode.THROTTLED, e.errorCode());
      assertFalse(e.outcomeUnknown());
    }
    assertEquals(List.of(), t.sleeper.sleeps());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aManagedSessionWhoseLoginIsThrottledFailsWithTheRateLimitAndDoesNotSleep() {
    server.enqueue(json(429, "{\"detail\":\"Too many attempts\",\"wait\":3}"));
    server.enqueue(json(200, TOKENS));
    try (DiditAuthClient client = t.builder(server).credentials("ops@acme.io", PASSWORD).build()) {
      RateLimitException e = assertThrows(RateLimitException.class, () -> client.organizations().list());

      assertEquals(Optional.of(Duration.ofSeconds(3)), e.retryAfter());
    }
    assertEquals(List.of(), t.sleeper.sleeps());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void idempotentCallsAreStillRetried() {
    server.enqueue(json(429, "{\"detail\":\"Request was throttled.\",\"wait\":2}"));
    server.enqueue(json(200, "[]"));
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "1").body("{}").build());
    server.enqueue(json(200, APP));
    DiditAuthClient client = client();

    ApiResponse<?> orgs = client.organizations().withRawResponse().list();
    ApiResponse<?> updated = client.applications("org-1").withRawResponse()
        .update("a1", DiditApplicationUpdate.builder().name("n2").build());

    assertEquals(2, orgs.attempts());
    assertEquals(2, updated.attempts());
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(1)), t.sleeper.sleeps());
    assertEquals(4, server.getRequestCount());
  }
}
