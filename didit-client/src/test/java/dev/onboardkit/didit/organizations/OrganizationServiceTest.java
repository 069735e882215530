package dev.onboardkit.didit.organizations;

import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.MissingCredentialsException;
import dev.onboardkit.core.error.PermissionDeniedException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.DiditErrorCode;
import dev.onboardkit.didit.support.TestClients;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationServiceTest {
  static final String ORG = "{\"uuid\":\"a1b2c3d4-5678-90ab-cdef-111111111111\",\"name\":\"Acme\","
      + "\"contact_email\":\"ops@acme.io\",\"created_at\":\"2025-06-01T10:00:00Z\"}";

  private final MockWebServer server = new MockWebServer();
  private final TestClients t = new TestClients();
  private DiditAuthClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = t.builder(server).accessToken("tok-1").build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"[%s]", "{\"results\":[%s]}", "{\"organizations\":[%s]}", "{\"count\":1,\"results\":[%s]}"})
  void listAcceptsEachEnvelope(String envelope) throws Exception {
    server.enqueue(json(200, String.format(envelope, ORG + ",{\"uuid\":\"org-2\",\"name\":\"Beta\"}")));

    List<DiditOrganization> orgs = client.organizations().list();

    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("GET", r.getMethod());
    assertEquals("/auth/v2/organizations/me/", r.getTarget());
    assertEquals("Bearer tok-1", r.getHeaders().get("Authorization"));
    assertEquals(0L, r.getBodySize());
    assertEquals(2, orgs.size());
    DiditOrganization acme = orgs.get(0);
    assertEquals("a1b2c3d4-5678-90ab-cdef-111111111111", acme.uuid());
    assertEquals("Acme", acme.name());
    assertEquals(Optional.of("ops@acme.io"), acme.contactEmail());
    assertEquals(Optional.of(Instant.parse("2025-06-01T10:00:00Z")), acme.createdAt());
    assertEquals(Optional.empty(), orgs.get(1).contactEmail());
    assertEquals(Optional.empty(), orgs.get(1).createdAt());
  }

  @Test
  void emptyListIsEmpty() {
    server.enqueue(json(200, "[]"));
    assertEquals(List.of(), client.organizations().list());
  }

  @Test
  void otherShapesAreDecodingErrors() {
    server.enqueue(json(200, "{\"data\":[]}"));

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class, () -> client.organizations().list());

    assertTrue(e.getMessage().contains("expected a JSON array or an object with an array under results or organizations"),
        e.getMessage());
    assertEquals(200, e.statusCode());
  }

  @Test
  void missingRequiredFieldIsADecodingError() {
    server.enqueue(json(200, "[{\"uuid\":\"org-1\"}]"));

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class, () -> client.organizations().list());

    assertTrue(e.getMessage().contains("name"), e.getMessage());
  }

  @Test
  void invalidTokenIsAnAuthenticationErrorWithTheServerDetail() {
    server.enqueue(json(401, "{\"detail\":\"Invalid access token\"}"));

    AuthenticationException e = assertThrows(AuthenticationException.class, () -> client.organizations().list());

    assertEquals(DiditErrorCode.INVALID_ACCESS_TOKEN, e.errorCode());
    assertEquals("Invalid access token", e.error().message());
    assertTrue(e.getMessage().startsWith("401 Unauthorized: Invalid access token (GET "), e.getMessage());
    assertEquals(1, server.getRequestCount(), "a fixed token is not refreshable: no replay");
  }

  @Test
  void missingTokenFromDrfIsClassified() {
    server.enqueue(json(403, "{\"detail\":\"Authentication credentials were not provided.\"}"));

    PermissionDeniedException e = assertThrows(PermissionDeniedException.class, () -> client.organizations().list());

    assertEquals(DiditErrorCode.ACCESS_TOKEN_MISSING, e.errorCode());
  }

  @Test
  void rawResponseAndAsyncViews() throws Exception {
    server.enqueue(json(200, "[" + ORG + "]"));
    server.enqueue(json(200, "{\"results\":[" + ORG + "]}"));
    server.enqueue(json(200, "[]"));

    ApiResponse<List<DiditOrganization>> raw = client.organizations().withRawResponse().list(
        RequestOptions.builder().header("X-Trace", "t1").build());
    List<DiditOrganization> async = client.async().organizations().list().get(5, TimeUnit.SECONDS);
    ApiResponse<List<DiditOrganization>> asyncRaw =
        client.async().organizations().withRawResponse().list().get(5, TimeUnit.SECONDS);

    assertEquals(200, raw.statusCode());
    assertEquals("Acme", raw.value().get(0).name());
    assertEquals("t1", server.takeRequest().getHeaders().get("X-Trace"));
    assertEquals("Acme", async.get(0).name());
    assertEquals(List.of(), asyncRaw.value());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void anAnonymousClientsOrgCallsFailClearlyAndSendNothing() throws Exception {
    try (DiditAuthClient bare = t.builder(server).anonymous().build()) {
      // Issue 13: a missing token is a MissingCredentialsException (was a bare OnboardKitException).
      MissingCredentialsException e = assertThrows(MissingCredentialsException.class,
          () -> bare.organizations().list());
      assertSame(MissingCredentialsException.class, e.getClass());
      assertTrue(e.getMessage().contains("no access token"), e.getMessage());
      assertTrue(e.getMessage().contains("credentials(email, password)"), e.getMessage());
      assertTrue(e.getMessage().contains("DIDIT_EMAIL"), e.getMessage());

      CompletionException async = assertThrows(CompletionException.class,
          () -> bare.async().organizations().list().join());
      assertSame(MissingCredentialsException.class, async.getCause().getClass());
      assertEquals(e.getMessage(), async.getCause().getMessage());

      assertThrows(MissingCredentialsException.class, () -> bare.applications("org-1").list());
      assertEquals(0, server.getRequestCount());

      server.enqueue(json(200, "{}"));
      bare.account().resendCode("dev@acme.io");
      assertEquals(1, server.getRequestCount(), "account endpoints work without a credential mode");
    }
  }
}
