package dev.onboardkit.didit.internal;

import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.core.error.UnexpectedStatusException;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.DiditErrorCode;
import dev.onboardkit.didit.account.DiditTwoFactorRequiredException;
import dev.onboardkit.didit.organizations.DiditOrganization;
import dev.onboardkit.didit.support.FakeAuthServer;
import dev.onboardkit.didit.support.Jwts;
import dev.onboardkit.core.support.LogCapture;
import dev.onboardkit.didit.support.TestClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The managed session end to end: logins, expiry, single-flight, 401 replay, 2FA and host pinning. */
class ManagedSessionTest {
  static final String EMAIL = "ops@acme.io";
  static final String PASSWORD = "S3cure!Passw0rd";
  static final int THREADS = 32;

  private final MockWebServer server = new MockWebServer();
  private final FakeAuthServer fake = new FakeAuthServer();
  private final TestClients t = new TestClients();
  private final List<DiditAuthClient> clients = new ArrayList<>();
  private final List<MockWebServer> servers = new ArrayList<>(List.of(server));

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(fake);
    server.start();
  }

  @AfterEach
  void stop() {
    clients.forEach(DiditAuthClient::close);
    servers.forEach(MockWebServer::close);
  }

  private DiditAuthClient managed() {
    DiditAuthClient c = t.builder(server).credentials(EMAIL, PASSWORD).build();
    clients.add(c);
    return c;
  }

  private String jwt(String subject, long secondsFromStart) {
    return Jwts.withExp(subject, TestClients.START.plusSeconds(secondsFromStart));
  }

  @Test
  void logsInOnFirstUseThenReusesTheToken() throws Exception {
    String t1 = jwt("t1", 3600);
    fake.issue(t1);
    DiditAuthClient client = managed();
    assertEquals(0, server.getRequestCount(), "no login at build time");

    List<DiditOrganization> orgs = client.organizations().list();
    client.organizations().list();

    assertEquals("org-1", orgs.get(0).uuid());
    assertEquals(List.of("login", "org " + t1, "org " + t1), fake.summary());
    RecordedRequest login = fake.requests.get(0);
    assertEquals("POST", login.getMethod());
    assertEquals("/auth/v2/programmatic/login/", login.getTarget());
    assertNull(login.getHeaders().get("Authorization"));
    assertEquals("{\"email\":\"ops@acme.io\",\"password\":\"S3cure!Passw0rd\"}", login.getBody().utf8());
  }

  @Test
  void logsInAgainSixtySecondsBeforeTheJwtExpClaim() {
    String t1 = jwt("t1", 3600);
    String t2 = jwt("t2", 7200);
    fake.issue(t1, t2).expiresIn(120); // exp wins over expires_in
    DiditAuthClient client = managed();

    client.organizations().list();
    t.clock.advance(Duration.ofSeconds(3539));
    client.organizations().list();
    assertEquals(1, fake.logins.get(), "at exp - 61 s the token is still used");

    t.clock.advance(Duration.ofSeconds(1));
    client.organizations().list();

    assertEquals(2, fake.logins.get(), "at exp - 60 s the session logs in again");
    assertEquals(List.of("login", "org " + t1, "org " + t1, "login", "org " + t2), fake.summary());
  }

  @Test
  void fallsBackToExpiresInForOpaqueTokens() {
    fake.issue("opaque-1", "opaque-2").expiresIn(120);
    DiditAuthClient client = managed();

    client.organizations().list();
    t.clock.advance(Duration.ofSeconds(59));
    client.organizations().list();
    t.clock.advance(Duration.ofSeconds(1));
    client.organizations().list();

    assertEquals(List.of("login", "org opaque-1", "org opaque-1", "login", "org opaque-2"), fake.summary());
  }

  @Test
  void thirtyTwoThreadsSharingAnExpiredTokenCauseOneLogin() throws Exception {
    String t1 = jwt("t1", 600);
    String t2 = jwt("t2", 7200);
    fake.issue(t1, t2);
    DiditAuthClient client = managed();
    client.organizations().list();
    t.clock.advance(Duration.ofSeconds(600));
    CountDownLatch gate = new CountDownLatch(1);
    fake.gateLogins(gate);

    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    List<String> results = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < THREADS; i++) {
      Thread thread = new Thread(() -> {
        try {
          results.add(client.organizations().list().get(0).uuid());
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      threads.add(thread);
      thread.start();
    }
    // The re-login has reached the server and is held there; every other thread is parked waiting for it.
    await(() -> fake.logins.get() == 2
        && threads.stream().filter(th -> th.getState() == Thread.State.WAITING).count() >= THREADS - 1);
    gate.countDown();
    for (Thread thread : threads) {
      thread.join(10_000);
    }

    assertEquals(List.of(), failures);
    assertEquals(THREADS, results.size());
    assertEquals(2, fake.logins.get(), "one initial login and exactly one re-login");
    List<String> afterExpiry = fake.orgTokens().subList(1, THREADS + 1);
    assertEquals(Collections.nCopies(THREADS, t2), afterExpiry);
  }

  @Test
  void thirtyTwoAsyncCallsSharingAnExpiredTokenCauseOneLogin() throws Exception {
    String t1 = jwt("t1", 600);
    String t2 = jwt("t2", 7200);
    fake.issue(t1, t2);
    DiditAuthClient client = managed();
    client.async().organizations().list().get(5, TimeUnit.SECONDS);
    t.clock.advance(Duration.ofSeconds(601));
    CountDownLatch gate = new CountDownLatch(1);
    fake.gateLogins(gate);

    List<CompletableFuture<List<DiditOrganization>>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      futures.add(client.async().organizations().list());
    }
    await(() -> fake.logins.get() == 2);
    gate.countDown();
    for (CompletableFuture<List<DiditOrganization>> f : futures) {
      assertEquals("org-1", f.get(10, TimeUnit.SECONDS).get(0).uuid());
    }

    assertEquals(2, fake.logins.get());
    assertEquals(Collections.nCopies(THREADS, t2), fake.orgTokens().subList(1, THREADS + 1));
  }

  @Test
  void unauthorizedCausesOneReLoginAndOneReplay() {
    String t1 = jwt("t1", 3600);
    String t2 = jwt("t2", 3600);
    fake.issue(t1, t2);
    DiditAuthClient client = managed();
    client.organizations().list();
    fake.revoke(t1);

    List<DiditOrganization> orgs = client.organizations().list();

    assertEquals("org-1", orgs.get(0).uuid());
    assertEquals(List.of("login", "org " + t1, "org " + t1, "login", "org " + t2), fake.summary());
  }

  @Test
  void unauthorizedReplayWorksAsyncToo() throws Exception {
    String t1 = jwt("t1", 3600);
    String t2 = jwt("t2", 3600);
    fake.issue(t1, t2);
    DiditAuthClient client = managed();
    client.organizations().list();
    fake.revoke(t1);

    client.async().organizations().list().get(5, TimeUnit.SECONDS);

    assertEquals(List.of("login", "org " + t1, "org " + t1, "login", "org " + t2), fake.summary());
  }

  @Test
  void aSecondUnauthorizedIsReportedNotLoopedOn() {
    fake.issue("tok-a", "tok-b");
    fake.rejectAllTokens();
    DiditAuthClient client = managed();

    AuthenticationException e = assertThrows(AuthenticationException.class, () -> client.organizations().list());

    assertEquals(DiditErrorCode.INVALID_ACCESS_TOKEN, e.errorCode());
    assertEquals("Invalid access token", e.error().message());
    assertEquals(List.of("login", "org tok-a", "login", "org tok-b"), fake.summary());
    assertFalse(e.getMessage().contains("tok-b"), e.getMessage());
  }

  @Test
  void thirtyTwoThreadsRejectedWithTheSameTokenCauseOneReLogin() throws Exception {
    String t1 = jwt("t1", 3600);
    String t2 = jwt("t2", 3600);
    fake.issue(t1, t2);
    DiditAuthClient client = managed();
    client.organizations().list();
    fake.revoke(t1);

    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch startTogether = new CountDownLatch(1);
    for (int i = 0; i < THREADS; i++) {
      Thread thread = new Thread(() -> {
        try {
          startTogether.await();
          client.organizations().list();
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      threads.add(thread);
      thread.start();
    }
    startTogether.countDown();
    for (Thread thread : threads) {
      thread.join(10_000);
    }

    assertEquals(List.of(), failures);
    assertEquals(2, fake.logins.get(), "every 401 carried the same token: one re-login");
    List<String> tokens = fake.orgTokens();
    assertEquals(t2, tokens.get(tokens.size() - 1));
    assertEquals(THREADS, tokens.stream().skip(1).filter(t2::equals).count(), "each call succeeded once with t2");
  }

  @Test
  void twoFactorAccountFailsWithGuidanceAndWithoutTheTempToken() {
    fake.nextLogin(json(200, "{\"2fa_required\":true,\"temp_token\":\"tmp-SECRET-9\",\"has_authenticator\":true,"
        + "\"has_passkeys\":false}"));
    DiditAuthClient client = managed();

    DiditTwoFactorRequiredException e = assertThrows(DiditTwoFactorRequiredException.class,
        () -> client.organizations().list());

    assertTrue(e.getMessage().contains("needs two-factor authentication"), e.getMessage());
    assertTrue(e.getMessage().contains("account().login(email, password)"), e.getMessage());
    assertTrue(e.getMessage().contains("account().verifyTwoFactor("), e.getMessage());
    assertTrue(e.getMessage().contains("accessToken("), e.getMessage());
    assertFalse(e.getMessage().contains("tmp-SECRET-9"), e.getMessage());
    assertTrue(e.hasAuthenticator());
    assertEquals(List.of("login"), fake.summary(), "no organization request was sent");
  }

  @Test
  void twoFactorAccountFailsTheAsyncFutureToo() {
    fake.nextLogin(json(200, "{\"2fa_required\":true,\"temp_token\":\"tmp\"}"));
    DiditAuthClient client = managed();

    CompletionException e = assertThrows(CompletionException.class,
        () -> client.async().organizations().list().join());

    assertInstanceOf(DiditTwoFactorRequiredException.class, e.getCause());
  }

  @Test
  void aFailedLoginIsNotCached() {
    fake.nextLogin(json(401, "{\"detail\":\"Invalid credentials\"}"));
    fake.issue("ignored-for-first-login", "tok-2");
    DiditAuthClient client = managed();

    AuthenticationException e = assertThrows(AuthenticationException.class, () -> client.organizations().list());
    assertEquals(DiditErrorCode.INVALID_CREDENTIALS, e.errorCode());
    assertTrue(e.getMessage().contains("/programmatic/login/"), e.getMessage());
    assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());

    client.organizations().list();

    assertEquals(List.of("login", "login", "org tok-2"), fake.summary());
  }

  @Test
  void loginLockoutSurfacesAsRateLimitWithoutSleeping() {
    fake.nextLogin(json(429, "{\"detail\":\"Too many failed attempts.\",\"wait\":900}"));
    DiditAuthClient client = managed();

    RateLimitException e = assertThrows(RateLimitException.class, () -> client.organizations().list());

    assertEquals(Optional.of(Duration.ofSeconds(900)), e.retryAfter());
    assertEquals(List.of(), t.sleeper.sleeps());
    assertEquals(List.of("login"), fake.summary());
  }

  @Test
  void aThirtySecondTokenIsReusedForFifteenSecondsNotReplacedOnEveryCall() {
    fake.issue("opaque-1", "opaque-2", "opaque-3").expiresIn(30);
    DiditAuthClient client = managed();

    try (LogCapture log = new LogCapture(ManagedSession.class.getName())) {
      client.organizations().list();
      client.organizations().list();
      t.clock.advance(Duration.ofSeconds(14));
      client.organizations().list();
      assertEquals(1, fake.logins.get(), "three calls within 15 s share one login");

      t.clock.advance(Duration.ofSeconds(1));
      client.organizations().list();
      client.organizations().list();

      assertEquals(List.of("login", "org opaque-1", "org opaque-1", "org opaque-1", "login", "org opaque-2",
          "org opaque-2"), fake.summary());
      List<String> lines = log.lines();
      assertEquals(2, lines.size(), lines.toString());
      assertEquals("WARN The Didit access token lives 30000 ms, less than 2 minutes: the managed session logs in"
          + " again 15000 ms before it expires, so it logs in at least every 15000 ms", lines.get(0));
      assertTrue(lines.get(1).startsWith("DEBUG The Didit access token lives 30000 ms"), lines.get(1));
      assertFalse(log.text().contains("opaque-"), "no token in the log");
      assertFalse(log.text().contains(EMAIL) || log.text().contains(PASSWORD), "no account in the log");
    }
  }

  @Test
  void aShortJwtExpGivesHalfItsLifetimeAsSkew() {
    String t1 = jwt("t1", 90);
    String t2 = jwt("t2", 3600);
    fake.issue(t1, t2);
    DiditAuthClient client = managed();

    client.organizations().list();
    t.clock.advance(Duration.ofSeconds(44));
    client.organizations().list();
    assertEquals(1, fake.logins.get(), "a 90 s token is kept for 45 s");
    t.clock.advance(Duration.ofSeconds(1));
    client.organizations().list();

    assertEquals(List.of("login", "org " + t1, "org " + t1, "login", "org " + t2), fake.summary());
  }

  @Test
  void aLongLivedTokenIsNotLogged() {
    fake.issue("opaque-1").expiresIn(120);
    DiditAuthClient client = managed();

    try (LogCapture log = new LogCapture(ManagedSession.class.getName())) {
      client.organizations().list();

      assertEquals(List.of(), log.lines());
    }
  }

  @Test
  void accountEndpointsNeitherLogInNorSendTheToken() {
    DiditAuthClient client = managed();

    client.account().resendCode("dev@acme.io");

    assertEquals(0, fake.logins.get());
    assertEquals(List.of("/auth/v2/programmatic/resend-otp/ <none>"), fake.summary());
  }

  @Test
  void theTokenIsNotSentWhereARedirectPoints() throws Exception {
    MockWebServer other = new MockWebServer();
    servers.add(other);
    other.start();
    fake.issue("tok-1");
    fake.orgOverride(new MockResponse.Builder().code(307)
        .setHeader("Location", other.url("/auth/v2/organizations/me/").toString()).build());
    DiditAuthClient client = managed();

    UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class, () -> client.organizations().list());

    assertEquals(307, e.statusCode());
    assertEquals(0, other.getRequestCount());
  }

  @Test
  void aDerivedClientOnAnotherHostLogsInThereAndNeverReceivesThisHostsToken() throws Exception {
    MockWebServer other = new MockWebServer();
    FakeAuthServer otherFake = new FakeAuthServer().issue("other-token");
    other.setDispatcher(otherFake);
    servers.add(other);
    other.start();
    fake.issue("main-token");
    DiditAuthClient client = managed();
    client.organizations().list();

    DiditAuthClient derived = client.withOptions(o -> o.baseUrl(t.baseUrl(other)));
    clients.add(derived);
    derived.organizations().list();

    assertEquals(List.of("login", "org other-token"), otherFake.summary());
    assertEquals(List.of("login", "org main-token"), fake.summary());
  }

  @Test
  void aDerivedClientOnTheSameHostSharesTheToken() {
    fake.issue("tok-1");
    DiditAuthClient client = managed();
    client.organizations().list();

    DiditAuthClient derived = client.withOptions(o -> o.maxRetries(0));
    derived.organizations().list();
    derived.close();
    client.organizations().list();

    assertEquals(List.of("login", "org tok-1", "org tok-1", "org tok-1"), fake.summary());
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not reached within 10 s");
      }
      Thread.sleep(5);
    }
  }
}
