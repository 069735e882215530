package dev.onboardkit.didit;

import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.Secret;
import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.MissingCredentialsException;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.didit.support.FakeAuthServer;
import dev.onboardkit.didit.support.TestClients;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiditAuthClientTest {
  private final MockWebServer server = new MockWebServer();
  private final TestClients t = new TestClients();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertTrue(r != null, "no request received");
    return r;
  }

  @Test
  void defaultsToTheProductionBaseUrlWithoutCredentials() {
    try (DiditAuthClient client = DiditAuthClient.builder().anonymous().build()) {
      assertEquals(URI.create("https://apx.didit.me/auth/v2"), client.options().baseUrl());
      assertEquals(DiditAuthClient.DEFAULT_BASE_URL, client.options().baseUrl().toString());
      assertEquals(2, client.options().maxRetries());
    }
  }

  @Test
  void buildReportsEveryProblemAtOnceAndNeverThrowsNpe() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> DiditAuthClient.builder()
        .baseUrl(URI.create("http://apx.didit.me/auth/v2"))
        .accessToken("Bearer abc")
        .credentials("not-an-email", "")
        .timeouts(null)
        .maxRetries(-1)
        .maxRetryAfter(null)
        .defaultHeader("Bad Header", "v")
        .clock(null)
        .sleeper(null)
        .jitter(null)
        .build());

    List<String> fields = e.problems().stream().map(ValidationProblem::field).collect(Collectors.toList());
    assertEquals(List.of("credentials", "accessToken", "email", "password", "timeouts", "header name",
        "baseUrl", "maxRetries", "maxRetryAfter", "sleeper", "clock", "jitter"), fields);
    assertEquals(new ValidationProblem("credentials", "set only one of accessToken, accessTokenSupplier or"
        + " credentials(email, password); got accessToken and credentials"), e.problems().get(0));
    assertEquals(new ValidationProblem("accessToken", "must be the token alone, without the 'Bearer ' prefix"),
        e.problems().get(1));
    assertFalse(e.getMessage().contains("abc"), e.getMessage());
  }

  @Test
  void nullCredentialsAreReportedNotThrownAsNpe() {
    InvalidRequestException token = assertThrows(InvalidRequestException.class,
        () -> DiditAuthClient.builder().accessToken((String) null).build());
    InvalidRequestException supplier = assertThrows(InvalidRequestException.class,
        () -> DiditAuthClient.builder().accessTokenSupplier(null).build());
    InvalidRequestException credentials = assertThrows(InvalidRequestException.class,
        () -> DiditAuthClient.builder().credentials(null, null).build());
    InvalidRequestException spaces = assertThrows(InvalidRequestException.class,
        () -> DiditAuthClient.builder().accessToken(Secret.of("a b")).build());

    assertEquals(List.of(new ValidationProblem("accessToken", "is required")), token.problems());
    assertEquals(List.of(new ValidationProblem("accessTokenSupplier", "is required")), supplier.problems());
    assertEquals(List.of(new ValidationProblem("email", "is required"), new ValidationProblem("password", "is required")),
        credentials.problems());
    assertEquals(List.of(new ValidationProblem("accessToken", "must not contain whitespace or non-ASCII characters")),
        spaces.problems());
  }

  @Test
  void fixedTokenIsSentAsBearerWithTheSdkUserAgent() throws Exception {
    server.enqueue(json(200, "[]"));
    try (DiditAuthClient client = t.builder(server).accessToken(Secret.of("tok-fixed")).userAgentSuffix("acme/1.0")
        .defaultHeader("X-Tenant", "t-1").build()) {
      client.organizations().list();
    }

    RecordedRequest r = take();
    assertEquals("Bearer tok-fixed", r.getHeaders().get("Authorization"));
    assertEquals("t-1", r.getHeaders().get("X-Tenant"));
    String ua = r.getHeaders().get("User-Agent");
    assertTrue(ua.contains("(didit-client;") && ua.endsWith("acme/1.0"), ua);
  }

  @Test
  void tokenSupplierIsAskedPerAttemptAndReplayedOnceWhenItChanges() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    server.enqueue(json(401, "{\"detail\":\"Invalid access token\"}"));
    server.enqueue(json(200, "[]"));
    try (DiditAuthClient client = t.builder(server)
        .accessTokenSupplier(() -> "sup-" + asked.incrementAndGet()).build()) {
      client.organizations().list();
    }

    assertEquals("Bearer sup-1", take().getHeaders().get("Authorization"));
    assertEquals("Bearer sup-2", take().getHeaders().get("Authorization"));
    assertEquals(2, asked.get());
  }

  @Test
  void tokenSupplierReturningTheSameTokenAfter401IsNotReplayed() {
    server.enqueue(json(401, "{\"detail\":\"Invalid access token\"}"));
    try (DiditAuthClient client = t.builder(server).accessTokenSupplier(() -> "same").build()) {
      AuthenticationException e = assertThrows(AuthenticationException.class, () -> client.organizations().list());
      assertEquals(DiditErrorCode.INVALID_ACCESS_TOKEN, e.errorCode());
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void tokenSupplierReturningNothingFailsClearlyWithoutSending() {
    try (DiditAuthClient client = t.builder(server).accessTokenSupplier(() -> null).build()) {
      OnboardKitException e = assertThrows(OnboardKitException.class, () -> client.organizations().list());
      assertEquals("The accessTokenSupplier returned no token (null or empty)", e.getMessage());
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void fromEnvBuildsAManagedSessionAgainstTheConfiguredBaseUrl() {
    FakeAuthServer fake = new FakeAuthServer().issue("env-token");
    server.setDispatcher(fake);
    Map<String, String> env = Map.of(
        "DIDIT_EMAIL", "ops@acme.io",
        "DIDIT_PASSWORD", "pw-from-env",
        "DIDIT_AUTH_BASE_URL", t.baseUrl(server).toString() + "/");
    try (DiditAuthClient client = DiditAuthClient.builder().fromEnv(env).clock(t.clock).build()) {
      assertEquals(t.baseUrl(server), client.options().baseUrl());
      client.organizations().list();
    }

    assertEquals(List.of("login", "org env-token"), fake.summary());
    assertEquals("{\"email\":\"ops@acme.io\",\"password\":\"pw-from-env\"}", fake.requests.get(0).getBody().utf8());
  }

  @Test
  void fromEnvWithoutVariablesFailsAtBuildUnlessTheClientIsAskedToBeAnonymous() {
    // Issue 13: this used to build an anonymous client that failed only at its first authenticated call.
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> DiditAuthClient.builder().fromEnv(Map.of("DIDIT_EMAIL", "  ")).build());
    assertEquals(List.of(new ValidationProblem("credentials", "are not set: set DIDIT_EMAIL and DIDIT_PASSWORD for a"
        + " managed session, or build with builder().anonymous().fromEnv() for a client that only uses the account"
        + " endpoints (sign-up, login)")), e.problems());

    try (DiditAuthClient client = DiditAuthClient.builder().anonymous().fromEnv(Map.of("DIDIT_EMAIL", "  ")).build()) {
      assertEquals(URI.create(DiditAuthClient.DEFAULT_BASE_URL), client.options().baseUrl());
      MissingCredentialsException missing =
          assertThrows(MissingCredentialsException.class, () -> client.organizations().list());
      assertTrue(missing.getMessage().contains("no access token"), missing.getMessage());
      assertTrue(missing.getMessage().contains("set DIDIT_EMAIL and DIDIT_PASSWORD"), missing.getMessage());
    }
  }

  @Test
  void aBuilderWithoutACredentialModeFailsAndAnonymousCannotBeCombined() {
    InvalidRequestException none = assertThrows(InvalidRequestException.class, () -> DiditAuthClient.builder().build());
    InvalidRequestException both = assertThrows(InvalidRequestException.class,
        () -> DiditAuthClient.builder().anonymous().accessToken("tok-1").build());

    assertEquals(List.of(new ValidationProblem("credentials", "are not set: set credentials(email, password),"
        + " accessToken(token) or accessTokenSupplier(supplier), or call anonymous() for a client that only uses the"
        + " account endpoints (sign-up, login)")), none.problems());
    assertEquals(List.of(new ValidationProblem("credentials",
        "anonymous() is a client without a token, so it cannot be combined with accessToken")), both.problems());
  }

  @Test
  void fromEnvWithEmailAndPasswordNeedsNoAnonymousFlag() {
    try (DiditAuthClient client = DiditAuthClient.builder()
        .fromEnv(Map.of("DIDIT_EMAIL", "ops@acme.io", "DIDIT_PASSWORD", "pw")).build()) {
      assertTrue(client.toString().contains("managed session"), client.toString());
    }
  }

  @Test
  void fromEnvReportsHalfConfiguredCredentialsAndBadUrls() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> DiditAuthClient.builder()
        .fromEnv(Map.of("DIDIT_EMAIL", "ops@acme.io", "DIDIT_AUTH_BASE_URL", "http://apx.didit.me/auth/v2"))
        .build());
    InvalidRequestException passwordOnly = assertThrows(InvalidRequestException.class,
        () -> DiditAuthClient.builder().fromEnv(Map.of("DIDIT_PASSWORD", "pw")).build());

    assertEquals(List.of(
        new ValidationProblem("DIDIT_AUTH_BASE_URL",
            "must use https (plain http is allowed only for localhost, 127.0.0.0/8 and ::1)"),
        new ValidationProblem("DIDIT_PASSWORD", "is required when DIDIT_EMAIL is set")), e.problems());
    assertEquals(List.of(new ValidationProblem("DIDIT_EMAIL", "is required when DIDIT_PASSWORD is set")),
        passwordOnly.problems());
    assertFalse(passwordOnly.getMessage().contains("pw"), passwordOnly.getMessage());
  }

  @Test
  void withOptionsDerivesAClientSharingThePoolAndKeepingTheToken() throws Exception {
    server.enqueue(json(200, "[]"));
    server.enqueue(json(200, "[]"));
    try (DiditAuthClient client = t.builder(server).accessToken("tok-1").build();
        DiditAuthClient derived = client.withOptions(o -> o.defaultHeader("X-Tenant", "t-9").maxRetries(0))) {
      derived.organizations().list();
      client.organizations().list();
      assertEquals(0, derived.options().maxRetries());
      assertEquals(2, client.options().maxRetries());
    }

    RecordedRequest fromDerived = take();
    RecordedRequest fromOriginal = take();
    assertEquals("t-9", fromDerived.getHeaders().get("X-Tenant"));
    assertEquals("Bearer tok-1", fromDerived.getHeaders().get("Authorization"));
    assertNull(fromOriginal.getHeaders().get("X-Tenant"));
  }

  @Test
  void withOptionsThatDropsTheCredentialsGivesTheClearMessage() {
    try (DiditAuthClient client = t.builder(server).accessToken("tok-1").build();
        DiditAuthClient derived = client.withOptions(o -> o.credentials(null))) {
      // Issue 13: the missing token is a MissingCredentialsException (was a bare OnboardKitException).
      OnboardKitException e = assertThrows(OnboardKitException.class, () -> derived.organizations().list());
      assertSame(MissingCredentialsException.class, e.getClass());
      assertTrue(e.getMessage().contains("no access token"), e.getMessage());
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aClosedClientRejectsCalls() {
    DiditAuthClient client = t.builder(server).accessToken("tok-1").build();
    client.close();
    client.close();

    OnboardKitException e = assertThrows(OnboardKitException.class, () -> client.organizations().list());

    assertEquals("This client has been closed; create a new one", e.getMessage());
  }

  @Test
  void toStringShowsNoSecrets() {
    try (DiditAuthClient fixed = t.builder(server).accessToken("tok-secret-1").build();
        DiditAuthClient managed = t.builder(server).credentials("ops@acme.io", "pw-secret-2").build()) {
      assertFalse(fixed.toString().contains("tok-secret-1"), fixed.toString());
      assertFalse(fixed.options().toString().contains("tok-secret-1"), fixed.options().toString());
      assertFalse(managed.toString().contains("pw-secret-2"), managed.toString());
      assertTrue(managed.toString().contains("managed session"), managed.toString());
    }
  }

  @Test
  void retriesUseTheInjectedSleeperAndMaxRetriesPassesThrough() {
    server.enqueue(json(503, "{\"detail\":\"busy\"}"));
    server.enqueue(json(503, "{\"detail\":\"busy\"}"));
    server.enqueue(json(200, "[]"));
    try (DiditAuthClient client = t.builder(server).accessToken("tok").maxRetries(2).build()) {
      client.organizations().list();
    }
    assertEquals(List.of(Duration.ofMillis(375), Duration.ofMillis(750)), t.sleeper.sleeps());
  }
}
