package dev.onboardkit.didit.applications;

import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.core.error.ConflictException;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.NotFoundException;
import dev.onboardkit.core.error.PermissionDeniedException;
import dev.onboardkit.core.error.UnexpectedStatusException;
import dev.onboardkit.core.error.UnprocessableEntityException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.DiditErrorCode;
import dev.onboardkit.didit.support.TestClients;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplicationServiceTest {
  static final String ORG = "a1b2c3d4-5678-90ab-cdef-111111111111";
  static final String APP_ID = "b2c3d4e5-6789-01bc-defg-222222222222";
  static final String API_KEY = "05mHcOWL8GathLZlz8oIDawYj9qFAcoSHtz-75PAkuo";
  /** The documented 201 example (note the uuid is not a valid UUID). */
  static final String CREATED = "{\"uuid\":\"" + APP_ID + "\",\"name\":\"Acme Customer App\","
      + "\"client_id\":\"S9LIYGSoWNuGMLHsvEt9dQ\",\"api_key\":\"" + API_KEY + "\","
      + "\"website_url\":\"https://acme.example\",\"redirect_uris\":[\"https://acme.example/callback\"],"
      + "\"terms_url\":\"https://acme.example/terms\",\"privacy_url\":\"https://acme.example/privacy\","
      + "\"description\":null,\"created_at\":\"2025-06-01T10:00:00Z\"}";

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

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertTrue(r != null, "no request received");
    assertEquals("Bearer tok-1", r.getHeaders().get("Authorization"));
    return r;
  }

  @Test
  void createSendsTheDocumentedBodyAndDecodesTheDocumentedResponse() throws Exception {
    server.enqueue(json(201, CREATED));

    ApiResponse<DiditApplication> response = client.applications(ORG).withRawResponse().create(
        DiditCreateApplicationRequest.builder()
            .name("Acme Customer App")
            .websiteUrl("https://acme.example")
            .addRedirectUris("https://acme.example/callback")
            .termsUrl("https://acme.example/terms")
            .privacyUrl("https://acme.example/privacy")
            .build());

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/auth/v2/organizations/me/" + ORG + "/applications/", r.getTarget());
    assertEquals("{\"name\":\"Acme Customer App\",\"website_url\":\"https://acme.example\","
        + "\"redirect_uris\":[\"https://acme.example/callback\"],\"terms_url\":\"https://acme.example/terms\","
        + "\"privacy_url\":\"https://acme.example/privacy\"}", r.getBody().utf8());
    assertEquals(201, response.statusCode());
    DiditApplication app = response.value();
    assertEquals(APP_ID, app.uuid());
    assertEquals("Acme Customer App", app.name());
    assertEquals("S9LIYGSoWNuGMLHsvEt9dQ", app.clientId());
    assertEquals(API_KEY, app.apiKey().get().reveal());
    assertEquals(Optional.of("https://acme.example"), app.websiteUrl());
    assertEquals(List.of("https://acme.example/callback"), app.redirectUris());
    assertEquals(Optional.of("https://acme.example/terms"), app.termsUrl());
    assertEquals(Optional.of("https://acme.example/privacy"), app.privacyUrl());
    assertEquals(Optional.empty(), app.description());
    assertEquals(Optional.of(Instant.parse("2025-06-01T10:00:00Z")), app.createdAt());
    assertFalse(app.toString().contains(API_KEY), app.toString());
  }

  @Test
  void emptyCreateSendsEmptyObject() throws Exception {
    server.enqueue(json(201, "{\"uuid\":\"app-9\",\"name\":\"Acme App\",\"client_id\":\"c9\",\"api_key\":\"k9\","
        + "\"redirect_uris\":null}"));

    DiditApplication app = client.applications(ORG).create(DiditCreateApplicationRequest.empty());

    assertEquals("{}", take().getBody().utf8());
    assertEquals(List.of(), app.redirectUris());
    assertEquals(Optional.empty(), app.websiteUrl());
  }

  @Test
  void createIsNeverResentAfterA500() {
    server.enqueue(json(500, "{\"detail\":\"boom\"}"));
    server.enqueue(json(201, CREATED));

    InternalServerException e = assertThrows(InternalServerException.class,
        () -> client.applications(ORG).create(DiditCreateApplicationRequest.empty()));

    assertTrue(e.outcomeUnknown());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void createValidationReportsEveryProblemAtOnce() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> DiditCreateApplicationRequest.builder()
        .name("  ")
        .websiteUrl("acme.example")
        .redirectUris(Arrays.asList("https://ok.example/cb", "ftp://files.example", null, "/relative"))
        .termsUrl("javascript:alert(1)")
        .privacyUrl("https://")
        .build());

    // Issue 13: a blank name and URIs of other schemes (ftp:, javascript:) are no longer refused: Didit documents no
    // such rule, so the server decides. Relative and malformed URLs still are ("Enter a valid URL.").
    assertEquals(List.of(
        new ValidationProblem("websiteUrl", "must be an absolute URI with a scheme, such as https://example.com/callback or myapp://callback"),
        new ValidationProblem("redirectUris[2]", "is required"),
        new ValidationProblem("redirectUris[3]", "must be an absolute URI with a scheme, such as https://example.com/callback or myapp://callback"),
        new ValidationProblem("privacyUrl", "must be an absolute http(s) URL, such as https://example.com/path")),
        e.problems());
  }

  @Test
  void deepLinkRedirectUrisAndUnlimitedNamesAreSentExactlyAsGiven() throws Exception {
    server.enqueue(json(201, CREATED));
    String longName = "N".repeat(300);
    String longDescription = "line 1\nline 2\t" + "d".repeat(12_000);

    client.applications(ORG).create(DiditCreateApplicationRequest.builder()
        .name(longName)
        .addRedirectUris("myapp://callback", "com.example.app:/oauth2redirect", "https://acme.example/cb")
        .websiteUrl("ftp://files.acme.example")
        .description(longDescription)
        .build());

    RecordedRequest r = take();
    assertEquals("/auth/v2/organizations/me/" + ORG + "/applications/", r.getTarget());
    assertEquals("{\"name\":\"" + longName + "\",\"website_url\":\"ftp://files.acme.example\","
        + "\"redirect_uris\":[\"myapp://callback\",\"com.example.app:/oauth2redirect\",\"https://acme.example/cb\"],"
        + "\"description\":\"line 1\\nline 2\\t" + "d".repeat(12_000) + "\"}", r.getBody().utf8());
  }

  @Test
  void anUpdateCanSetADeepLinkRedirectUriAndABlankName() throws Exception {
    server.enqueue(json(200, CREATED));

    client.applications(ORG).update(APP_ID, DiditApplicationUpdate.builder().name(" ")
        .redirectUris(List.of("myapp://callback")).build());

    assertEquals("{\"name\":\" \",\"redirect_uris\":[\"myapp://callback\"]}", take().getBody().utf8());
  }

  @Test
  void createWithTheEmptyRequestSendsAnEmptyObjectAndNullIsRefused() throws Exception {
    server.enqueue(json(201, CREATED));

    client.applications(ORG).create(DiditCreateApplicationRequest.empty());

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("{}", r.getBody().utf8());
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> client.applications(ORG).create(null));
    assertEquals(List.of(new ValidationProblem("request", "is required")), e.problems());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void createRequestBuilderNullsLeaveFieldsUnsetOrAreReportedNeverThrown() throws Exception {
    server.enqueue(json(201, CREATED));
    DiditCreateApplicationRequest unset = DiditCreateApplicationRequest.builder().name("Acme").name(null).websiteUrl(null)
        .addRedirectUris("https://acme.example/cb").redirectUris(null).termsUrl(null).privacyUrl(null)
        .description(null).description("internal").build();

    client.applications(ORG).create(unset);

    assertEquals("{\"description\":\"internal\"}", take().getBody().utf8());
    assertEquals(null, unset.name());
    assertEquals(null, unset.redirectUris());
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> DiditCreateApplicationRequest.builder()
        .addRedirectUris((String[]) null).addAllRedirectUris(null).addRedirectUris((String) null).name(" ").build());
    // Issue 13: a blank name is no longer refused.
    assertEquals(List.of(
        new ValidationProblem("redirectUris", "was given a null array or collection to add"),
        new ValidationProblem("redirectUris[0]", "is required")), e.problems());
    InvalidRequestException from = assertThrows(InvalidRequestException.class,
        () -> DiditCreateApplicationRequest.builder().from(null));
    assertEquals(List.of(new ValidationProblem("instance", "must not be null")), from.problems());
  }

  @Test
  void fromCopiesEverySetFieldAndAddsRedirectUris() {
    DiditCreateApplicationRequest original = DiditCreateApplicationRequest.builder().name("Acme")
        .addRedirectUris("https://acme.example/a", "https://acme.example/b").termsUrl("https://acme.example/t")
        .build();

    DiditCreateApplicationRequest copy = DiditCreateApplicationRequest.builder().addRedirectUris("https://acme.example/0")
        .from(original).privacyUrl("https://acme.example/p").build();

    assertEquals("Acme", copy.name());
    assertEquals(List.of("https://acme.example/0", "https://acme.example/a", "https://acme.example/b"),
        copy.redirectUris());
    assertEquals("https://acme.example/t", copy.termsUrl());
    assertEquals("https://acme.example/p", copy.privacyUrl());
    assertEquals(null, copy.websiteUrl());
    assertEquals(original, DiditCreateApplicationRequest.builder().from(original).build());
  }

  @Test
  void createWithNullRequestOrBadOrgIdIsRejectedBeforeSending() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> client.applications(" ").create(null));

    assertEquals(List.of(new ValidationProblem("orgId", "must not be blank"),
        new ValidationProblem("request", "is required")), e.problems());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void pathParametersAreEncodedAsOneSegment() throws Exception {
    server.enqueue(json(200, CREATED));

    client.applications("../x").retrieve("a/b?c");

    assertEquals("/auth/v2/organizations/me/..%2Fx/applications/a%2Fb%3Fc/", take().getTarget());
  }

  @Test
  void listAcceptsArrayAndResults() throws Exception {
    server.enqueue(json(200, "[" + CREATED + "]"));
    server.enqueue(json(200, "{\"count\":1,\"next\":null,\"results\":[{\"uuid\":\"a2\",\"name\":\"n\","
        + "\"client_id\":\"c\"}]}"));

    List<DiditApplication> first = client.applications(ORG).list();
    List<DiditApplication> second = client.applications(ORG).list();

    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/auth/v2/organizations/me/" + ORG + "/applications/", r.getTarget());
    take();
    assertEquals(APP_ID, first.get(0).uuid());
    assertEquals("a2", second.get(0).uuid());
    assertEquals(Optional.empty(), second.get(0).apiKey());
  }

  @Test
  void retrieveRecoversTheApiKey() throws Exception {
    server.enqueue(json(200, CREATED));

    DiditApplication app = client.applications(ORG).retrieve(APP_ID);

    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/auth/v2/organizations/me/" + ORG + "/applications/" + APP_ID + "/", r.getTarget());
    assertEquals(API_KEY, app.apiKey().get().reveal());
  }

  @Test
  void updateSendsOnlyTheFieldsSetAndExplicitClears() throws Exception {
    server.enqueue(json(200, CREATED));

    client.applications(ORG).update(APP_ID, DiditApplicationUpdate.builder()
        .clearTermsUrl()
        .websiteUrl("https://acme.example/new")
        .clearDescription()
        .build());

    RecordedRequest r = take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/auth/v2/organizations/me/" + ORG + "/applications/" + APP_ID + "/", r.getTarget());
    assertEquals("{\"website_url\":\"https://acme.example/new\",\"terms_url\":null,\"description\":null}",
        r.getBody().utf8());
  }

  @Test
  void updateOfNameAndRedirectUris() throws Exception {
    server.enqueue(json(200, CREATED));
    server.enqueue(json(200, CREATED));

    client.applications(ORG).update(APP_ID, DiditApplicationUpdate.builder()
        .name("Renamed")
        .redirectUris(List.of("https://a.example/cb", "http://localhost:3000/cb"))
        .build());
    client.applications(ORG).update(APP_ID, DiditApplicationUpdate.builder().clearRedirectUris().build());

    assertEquals("{\"name\":\"Renamed\",\"redirect_uris\":[\"https://a.example/cb\",\"http://localhost:3000/cb\"]}",
        take().getBody().utf8());
    assertEquals("{\"redirect_uris\":[]}", take().getBody().utf8());
  }

  @Test
  void emptyUpdateSendsEmptyObject() throws Exception {
    server.enqueue(json(200, CREATED));

    DiditApplicationUpdate empty = DiditApplicationUpdate.builder().build();
    client.applications(ORG).update(APP_ID, empty);

    assertTrue(empty.isEmpty());
    assertEquals("{}", take().getBody().utf8());
  }

  @Test
  void updateLastCallWinsBetweenSetAndClear() {
    DiditApplicationUpdate u = DiditApplicationUpdate.builder().websiteUrl("https://a.example").clearWebsiteUrl()
        .privacyUrl("https://p.example").build();
    assertTrue(u.isSet("website_url"));
    assertEquals(null, u.fields().get("website_url"));
    assertEquals("https://p.example", u.fields().get("privacy_url"));
    assertFalse(u.isSet("terms_url"));
    assertEquals(Optional.empty(), u.name());
  }

  @Test
  void updateValidationReportsEveryProblemAtOnce() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> DiditApplicationUpdate.builder()
        .name(null)
        .websiteUrl(null)
        .redirectUris(Arrays.asList("mailto:x@y.z", null))
        .termsUrl("not a url")
        .privacyUrl("https://ok.example/privacy")
        .description("line\u0000break")
        .build());

    // Issue 13: a mailto: redirect URI and a description with control characters are no longer refused.
    assertEquals(List.of(
        new ValidationProblem("name", "must not be null (the name can be changed but not cleared)"),
        new ValidationProblem("websiteUrl", "must not be null; call clearWebsiteUrl() to remove the value"),
        new ValidationProblem("redirectUris[1]", "is required"),
        new ValidationProblem("termsUrl", "must be an absolute URI with a scheme, such as https://example.com/callback or myapp://callback")),
        e.problems());
  }

  @Test
  void updateIsRetriedAfterA503BecauseItIsIdempotent() throws Exception {
    server.enqueue(json(503, "{\"detail\":\"unavailable\"}"));
    server.enqueue(json(200, CREATED));

    ApiResponse<DiditApplication> response = client.applications(ORG).withRawResponse()
        .update(APP_ID, DiditApplicationUpdate.builder().description("x").build());

    assertEquals(2, response.attempts());
    assertEquals(2, server.getRequestCount());
    assertEquals("{\"description\":\"x\"}", take().getBody().utf8());
    assertEquals("{\"description\":\"x\"}", take().getBody().utf8());
  }

  @Test
  void forbiddenMemberIsPermissionDeniedWithTheServerDetail() {
    server.enqueue(json(403, "{\"detail\":\"You do not have permission to perform this action.\"}"));

    PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
        () -> client.applications(ORG).create(DiditCreateApplicationRequest.empty()));

    assertEquals(DiditErrorCode.PERMISSION_DENIED, e.errorCode());
    assertEquals("You do not have permission to perform this action.", e.error().message());
    assertTrue(e.getMessage().contains("You do not have permission to perform this action."), e.getMessage());
  }

  @Test
  void nonMemberIsNotFound() {
    server.enqueue(json(404, "{\"detail\":\"Not found.\"}"));

    NotFoundException e = assertThrows(NotFoundException.class, () -> client.applications(ORG).list());

    assertEquals(DiditErrorCode.NOT_FOUND, e.errorCode());
    assertEquals("Not found.", e.error().message());
  }

  @Test
  void serverFieldErrorsAreDecoded() {
    server.enqueue(json(400, "{\"website_url\":[\"Enter a valid URL.\"],"
        + "\"redirect_uris\":{\"0\":[\"Enter a valid URL.\"]}}"));

    BadRequestException e = assertThrows(BadRequestException.class,
        () -> client.applications(ORG).create(DiditCreateApplicationRequest.builder().name("n").build()));

    assertEquals(DiditErrorCode.VALIDATION_ERROR, e.errorCode());
    assertEquals(Map.of("website_url", List.of("Enter a valid URL."), "redirect_uris.0", List.of("Enter a valid URL.")),
        e.fieldErrors());
  }

  @Test
  void nestedListFieldErrorsAreFlattened() {
    server.enqueue(json(400, "{\"features\":[[\"Unknown feature.\"]]}"));

    BadRequestException e = assertThrows(BadRequestException.class, () -> client.applications(ORG).list());

    assertEquals(Map.of("features[0]", List.of("Unknown feature.")), e.fieldErrors());
  }

  @Test
  void insufficientBalanceConflictAndInvalidChoiceAreDecoded() {
    server.enqueue(json(402, "{\"detail\":\"Insufficient balance.\"}"));
    server.enqueue(json(409, "{\"detail\":\"An application with this name already exists.\"}"));
    server.enqueue(json(422, "{\"detail\":\"Invalid choice.\",\"allowed\":[\"v1\",\"v2\",\"v3\"]}"));

    UnexpectedStatusException payment = assertThrows(UnexpectedStatusException.class,
        () -> client.applications(ORG).create(DiditCreateApplicationRequest.empty()));
    ConflictException conflict = assertThrows(ConflictException.class,
        () -> client.applications(ORG).create(DiditCreateApplicationRequest.empty()));
    UnprocessableEntityException choice = assertThrows(UnprocessableEntityException.class,
        () -> client.applications(ORG).create(DiditCreateApplicationRequest.empty()));

    assertEquals(402, payment.statusCode());
    assertEquals(DiditErrorCode.INSUFFICIENT_BALANCE, payment.errorCode());
    assertEquals(DiditErrorCode.CONFLICT, conflict.errorCode());
    assertEquals(DiditErrorCode.INVALID_CHOICE, choice.errorCode());
    assertEquals(List.of("v1", "v2", "v3"), choice.error().stringList("allowed"));
  }

  @Test
  void asyncViewsMirrorTheBlockingOnes() throws Exception {
    server.enqueue(json(201, CREATED));
    server.enqueue(json(200, CREATED));

    DiditApplication created = client.async().applications(ORG).create(DiditCreateApplicationRequest.empty())
        .get(5, TimeUnit.SECONDS);
    ApiResponse<DiditApplication> updated = client.async().applications(ORG).withRawResponse()
        .update(APP_ID, DiditApplicationUpdate.builder().name("n2").build()).get(5, TimeUnit.SECONDS);

    assertEquals(APP_ID, created.uuid());
    assertEquals(200, updated.statusCode());
    assertEquals("POST", take().getMethod());
    RecordedRequest patch = take();
    assertEquals("PATCH", patch.getMethod());
    assertEquals("{\"name\":\"n2\"}", patch.getBody().utf8());

    CompletionException e = assertThrows(CompletionException.class,
        () -> client.async().applications(ORG).retrieve("..").join());
    assertInstanceOf(InvalidRequestException.class, e.getCause());
    assertEquals(2, server.getRequestCount());
  }
}
