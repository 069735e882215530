package dev.onboardkit.didit;

import static dev.onboardkit.didit.support.TestClients.json;
import static dev.onboardkit.didit.support.VerificationClients.API_KEY;
import static dev.onboardkit.didit.support.VerificationFixtures.CREATED_SESSION;
import static dev.onboardkit.didit.support.VerificationFixtures.SESSION_ID;
import static dev.onboardkit.didit.support.VerificationFixtures.SESSION_TOKEN;
import static dev.onboardkit.didit.support.VerificationFixtures.WORKFLOW_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.Secret;
import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.auth.CredentialsProvider;
import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.NotFoundException;
import dev.onboardkit.core.error.PermissionDeniedException;
import dev.onboardkit.core.error.UnexpectedStatusException;
import dev.onboardkit.core.error.UnprocessableEntityException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.core.log.LoggingOptions;
import dev.onboardkit.core.support.LogCapture;
import dev.onboardkit.didit.sessions.DiditCreateSessionRequest;
import dev.onboardkit.didit.sessions.DiditSession;
import dev.onboardkit.didit.support.VerificationClients;
import dev.onboardkit.didit.system.DiditHealth;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The verification client: building it, the key on the wire and nowhere else, and the error mapping. */
class DiditClientTest {
  private final MockWebServer server = new MockWebServer();
  private final VerificationClients t = new VerificationClients();
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
  }

  private static List<String> fields(InvalidRequestException e) {
    return e.problems().stream().map(ValidationProblem::field).collect(Collectors.toList());
  }

  @Test
  void theDefaultsAreTheProductionApiWithTheKeyInXApiKey() {
    try (DiditClient production = DiditClient.builder().apiKey(API_KEY).build()) {
      assertEquals(URI.create("https://verification.didit.me/v3"), production.baseUrl());
      assertEquals("DiditClient{baseUrl=https://verification.didit.me/v3}", production.toString());
      assertEquals(Credential.header("x-api-key", Secret.of(API_KEY)),
          production.options().credentials().orElseThrow().credential());
    }
  }

  @Test
  void theBuilderReportsEveryProblemWithoutShowingTheKey() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> DiditClient.builder().baseUrl(URI.create("http://example.com/v3")).build());
    assertEquals(List.of("apiKey", "baseUrl"), fields(e));
    assertTrue(e.getMessage().contains("API key"), e.getMessage());
    assertEquals(List.of("apiKey"), fields(assertThrows(InvalidRequestException.class,
        () -> DiditClient.builder().apiKey("").build())));
    InvalidRequestException spaced = assertThrows(InvalidRequestException.class,
        () -> DiditClient.builder().apiKey("abc def-secret").build());
    assertFalse(spaced.getMessage().contains("def-secret"));
  }

  @Test
  void fromEnvReadsTheKeyAndBaseUrlAndNamesTheVariableThatIsWrong() {
    String url = t.baseUrl(server).toString();
    try (DiditClient fromEnv = DiditClient.builder().fromEnv(Map.of("DIDIT_API_KEY", API_KEY,
        "DIDIT_API_BASE_URL", " " + url + " ")).build()) {
      assertEquals(URI.create(url), fromEnv.baseUrl());
    }
    assertEquals(List.of("DIDIT_API_BASE_URL", "DIDIT_API_KEY"), fields(assertThrows(InvalidRequestException.class,
        () -> DiditClient.builder().fromEnv(Map.of("DIDIT_API_BASE_URL", "ftp://x")).build())));
    assertEquals(List.of("env"), fields(assertThrows(InvalidRequestException.class,
        () -> DiditClient.builder().apiKey(API_KEY).fromEnv(null).build())));
    try (DiditClient explicit = DiditClient.builder().apiKey(API_KEY).fromEnv(Map.of()).build()) {
      assertEquals("https://verification.didit.me/v3", explicit.baseUrl().toString());
    }
  }

  @Test
  void anApplicationKeyFromTheAuthApiFlowsInAsASecret() throws Exception {
    Secret fromAuthApi = Secret.of(API_KEY);
    server.enqueue(json(201, CREATED_SESSION));
    try (DiditClient fromApp = DiditClient.builder().apiKey(fromAuthApi).baseUrl(t.baseUrl(server)).build()) {
      fromApp.sessions().create(DiditCreateSessionRequest.of(WORKFLOW_ID));
    }
    RecordedRequest r = VerificationClients.take(server);
    assertNull(r.getHeaders().get("Authorization"));
  }

  @Test
  void theKeyAndSessionTokenNeverAppearInLogsOrMessages() throws Exception {
    server.enqueue(json(201, CREATED_SESSION));
    server.enqueue(json(403, "{\"detail\":\"Key " + API_KEY + " is not allowed\"}"));
    StringBuilder shown = new StringBuilder();
    String logs;
    try (LogCapture capture = new LogCapture(LoggingOptions.DEFAULT_LOGGER);
        DiditClient logged = t.builder(server).logging(LoggingOptions.builder().logBodies(true).build()).build()) {
      DiditSession session = logged.sessions().create(DiditCreateSessionRequest.of(WORKFLOW_ID));
      shown.append(session).append(logged).append(logged.options());
      ApiException e = assertThrows(ApiException.class, () -> logged.sessions().decision(SESSION_ID));
      shown.append(e.getMessage()).append(e.error());
      logs = capture.text();
    }
    for (String secret : List.of(API_KEY, SESSION_TOKEN)) {
      assertFalse(shown.toString().contains(secret), shown.toString());
      assertFalse(logs.contains(secret), logs);
    }
    assertTrue(logs.contains("x-api-key=[REDACTED]"), logs);
  }

  @Test
  void aRefusedKeyIsAnAuthenticationFailureWhetherDiditAnswers401Or403() {
    server.enqueue(json(401, "{\"detail\":\"Authentication credentials were not provided or are invalid.\"}"));
    AuthenticationException unauthorized = assertThrows(AuthenticationException.class,
        () -> client.sessions().decision(SESSION_ID));
    assertEquals(401, unauthorized.statusCode());
    assertEquals(DiditVerificationErrorCode.API_KEY_REJECTED, unauthorized.errorCode());

    server.enqueue(json(403, "{\"detail\":\"You do not have permission to perform this action.\"}"));
    AuthenticationException forbidden = assertThrows(AuthenticationException.class,
        () -> client.sessions().decision(SESSION_ID));
    assertEquals(403, forbidden.statusCode());
    assertEquals(DiditVerificationErrorCode.API_KEY_REJECTED, forbidden.errorCode());
    assertEquals(1, forbidden.attempts());

    server.enqueue(json(403, "{\"detail\":\"This workflow is not enabled for your plan.\"}"));
    PermissionDeniedException denied = assertThrows(PermissionDeniedException.class,
        () -> client.sessions().decision(SESSION_ID));
    assertEquals(DiditVerificationErrorCode.PERMISSION_DENIED, denied.errorCode());
  }

  @Test
  void creditsNotFoundAndInvalidChoicesAreTypedWithTheirDetails() {
    server.enqueue(json(402, "{\"detail\":\"Insufficient credits. Top up your balance.\"}"));
    UnexpectedStatusException credits = assertThrows(UnexpectedStatusException.class,
        () -> client.sessions().create(DiditCreateSessionRequest.of(WORKFLOW_ID)));
    assertEquals(DiditVerificationErrorCode.INSUFFICIENT_CREDITS, credits.errorCode());
    assertEquals("Insufficient credits. Top up your balance.", credits.error().message());
    assertEquals(1, server.getRequestCount());

    server.enqueue(json(404, "{\"detail\":\"Not found.\"}"));
    NotFoundException missing = assertThrows(NotFoundException.class, () -> client.sessions().decision("nope"));
    assertEquals(DiditVerificationErrorCode.NOT_FOUND, missing.errorCode());

    server.enqueue(json(422, "{\"detail\":\"Invalid status.\",\"allowed\":[\"Approved\",\"Declined\","
        + "\"Resubmitted\"]}"));
    UnprocessableEntityException choice = assertThrows(UnprocessableEntityException.class,
        () -> client.sessions().updateStatus(SESSION_ID,
            dev.onboardkit.didit.sessions.DiditUpdateSessionStatusRequest.of(
                dev.onboardkit.didit.sessions.DiditSessionStatus.APPROVED)));
    assertEquals(DiditVerificationErrorCode.INVALID_CHOICE, choice.errorCode());
    assertEquals(List.of("Approved", "Declined", "Resubmitted"), choice.error().stringList("allowed"));
  }

  @Test
  void theKeyNeverFollowsTheBaseUrlToAnotherHost() throws Exception {
    InvalidRequestException moved = assertThrows(InvalidRequestException.class,
        () -> client.withOptions(o -> o.baseUrl(URI.create("https://evil.example/v3"))));
    assertEquals(List.of("baseUrl"), fields(moved));
    assertEquals(List.of("credentials"), fields(assertThrows(InvalidRequestException.class,
        () -> client.withOptions(o -> o.credentials(CredentialsProvider.fixed(Credential.header("x-api-key",
            Secret.of("other-key"))))))));
    server.enqueue(json(201, CREATED_SESSION));
    try (DiditClient derived = client.withOptions(o -> o.maxRetries(0))) {
      derived.sessions().create(DiditCreateSessionRequest.of(WORKFLOW_ID));
      assertEquals(0, derived.options().maxRetries());
    }
    VerificationClients.take(server);
  }

  @Test
  void theHealthCheckSendsNoKeyAndTriesTheTrailingSlashWhenMissing() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("OK").build());
    DiditHealth text = client.system().healthCheck();
    RecordedRequest r = server.takeRequest();
    assertEquals("/v3/system/healthcheck", r.getTarget());
    assertNull(r.getHeaders().get("x-api-key"));
    assertEquals("OK", text.body());

    server.enqueue(json(404, "{\"detail\":\"Not found.\"}"));
    server.enqueue(json(200, "{\"status\":\"ok\",\"db\":\"up\"}"));
    DiditHealth json = client.system().healthCheck();
    server.takeRequest();
    RecordedRequest retried = server.takeRequest();
    assertEquals("/v3/system/healthcheck/", retried.getTarget());
    assertNull(retried.getHeaders().get("x-api-key"));
    assertEquals("ok", json.status().orElseThrow());
    assertEquals("up", json.properties().get("db"));
  }
}
