package dev.onboardkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.core.error.ConflictException;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.NotFoundException;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.error.PermissionDeniedException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.error.UnexpectedStatusException;
import dev.onboardkit.core.error.UnprocessableEntityException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.support.TestRuntime;
import dev.onboardkit.core.support.Widget;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClientRuntimeTest {
  private static final ResponseDecoder<Widget> WIDGET = ResponseDecoder.json(Widget.class);

  private final MockWebServer server = new MockWebServer();
  private TestRuntime t;

  @BeforeEach
  void start() throws Exception {
    server.start();
    t = new TestRuntime(server);
  }

  @AfterEach
  void stop() {
    t.runtime.close();
    server.close();
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  @Test
  void getSendsExactRequestAndDecodesSnakeCase() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("x-request-id", "req_123")
        .body("{\"widget_id\":\"w1\",\"created_at\":\"2026-03-05T14:30:00.000Z\",\"unknown\":{\"x\":1}}").build());

    ApiResponse<Widget> response = t.runtime.executeForResponse("test.op",
        ApiOperation.builder(HttpMethod.GET, WIDGET).path("widgets").pathParam("widgetId", "w1")
            .query("expand", "all").query("skip", null).build(),
        RequestOptions.builder().header("X-Trace", "abc").build());

    RecordedRequest request = server.takeRequest();
    assertEquals("GET", request.getMethod());
    assertEquals("/api/widgets/w1?expand=all", request.getTarget());
    assertEquals("Bearer " + TestRuntime.TOKEN, request.getHeaders().get("Authorization"));
    assertEquals("application/json", request.getHeaders().get("Accept"));
    assertEquals("0", request.getHeaders().get("X-Retry-Count"));
    assertEquals("abc", request.getHeaders().get("X-Trace"));
    String userAgent = request.getHeaders().get("User-Agent");
    assertTrue(userAgent.matches("onboardkit-java/\\S+ \\(test-client; Java \\S+; .+\\)"), userAgent);
    assertEquals(0L, request.getBodySize());

    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("req_123"), response.requestId());
    assertEquals(1, response.attempts());
    assertEquals("w1", response.value().getWidgetId());
    assertEquals(Instant.parse("2026-03-05T14:30:00Z"), response.value().getCreatedAt());
  }

  @Test
  void postSendsSnakeCaseJsonWithoutAbsentOptionals() throws Exception {
    server.enqueue(json(201, "{\"widget_id\":\"w2\",\"created_at\":\"2026-03-05T14:30:00+00:00\"}"));
    Widget body = new Widget("w2", Instant.parse("2026-03-05T14:30:00Z"), Optional.empty());

    Widget created = t.runtime.execute("test.op",
        ApiOperation.builder(HttpMethod.POST, WIDGET).path("widgets").body(body).build(), RequestOptions.none());

    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("application/json", request.getHeaders().get("Content-Type"));
    assertEquals("{\"widget_id\":\"w2\",\"created_at\":\"2026-03-05T14:30:00Z\"}", request.getBody().utf8());
    assertEquals(Instant.parse("2026-03-05T14:30:00Z"), created.getCreatedAt());
  }

  @Test
  void mapsWithExplicitNullsAreSentAsIs() throws Exception {
    server.enqueue(json(200, "{\"widget_id\":\"w\",\"created_at\":\"2026-03-05T14:30:00Z\"}"));
    Map<String, Object> patch = new LinkedHashMap<>();
    patch.put("description", null);
    patch.put("name", "n");

    t.runtime.execute("test.op", ApiOperation.builder(HttpMethod.PATCH, WIDGET).path("w", "").body(patch).build(),
        RequestOptions.none());

    RecordedRequest request = server.takeRequest();
    assertEquals("/api/w/", request.getTarget());
    assertEquals("{\"description\":null,\"name\":\"n\"}", request.getBody().utf8());
  }

  @Test
  void pathParametersAreEncodedSoTheyCannotChangeThePath() throws Exception {
    server.enqueue(json(200, "{\"widget_id\":\"w\",\"created_at\":\"2026-03-05T14:30:00Z\"}"));

    t.runtime.execute("test.op",
        ApiOperation.builder(HttpMethod.GET, WIDGET).path("widgets").pathParam("id", "../x%2F y/z").build(),
        RequestOptions.none());

    assertEquals("/api/widgets/..%2Fx%252F%20y%2Fz", server.takeRequest().getTarget());
  }

  @Test
  void invalidPathParametersAreAllReportedAndNothingIsSent() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () ->
        ApiOperation.builder(HttpMethod.GET, WIDGET).pathParam("applicationId", " ").pathParam("documentId", "..")
            .pathParam("other", null).pathParam("ctl", "a\r\nb").build());

    assertEquals(List.of(
        new ValidationProblem("applicationId", "must not be blank"),
        new ValidationProblem("documentId", "must not be '.' or '..'"),
        new ValidationProblem("other", "is required"),
        new ValidationProblem("ctl", "must not contain line breaks or control characters")), e.problems());
    assertEquals(0, server.getRequestCount());
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, AuthenticationException.class),
        Arguments.of(403, PermissionDeniedException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, InternalServerException.class),
        Arguments.of(502, InternalServerException.class),
        Arguments.of(402, UnexpectedStatusException.class),
        Arguments.of(302, UnexpectedStatusException.class),
        Arguments.of(418, UnexpectedStatusException.class));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void eachStatusMapsToItsException(int status, Class<? extends ApiException> type) {
    server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
        .setHeader("X-Request-Id", "req_" + status).setHeader("Location", "https://elsewhere.example/")
        .body("{\"detail\":\"went wrong " + status + "\"}").build());

    ApiException e = assertThrows(ApiException.class, () -> t.runtime.execute("test.op",
        ApiOperation.builder(HttpMethod.POST, WIDGET).path("widgets").build(),
        RequestOptions.builder().maxRetries(0).build()));

    assertInstanceOf(type, e);
    assertEquals(type, e.getClass());
    assertEquals(status, e.statusCode());
    assertEquals(Optional.of("req_" + status), e.requestId());
    assertEquals("{\"detail\":\"went wrong " + status + "\"}", e.rawBody());
    assertEquals("went wrong " + status, e.error().message());
    assertEquals(1, e.attempts());
    assertTrue(e.getMessage().startsWith(status + " "), e.getMessage());
    assertTrue(e.getMessage().contains("went wrong " + status), e.getMessage());
    assertTrue(e.getMessage().contains("POST http://"), e.getMessage());
    assertTrue(e.getMessage().contains("request id req_" + status), e.getMessage());
    assertEquals(status == 500 || status == 502, e.outcomeUnknown());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void theLazilyBuiltMessageAppearsInToStringAndSurvivesSerialization() throws Exception {
    server.enqueue(new MockResponse.Builder().code(409).setHeader("Content-Type", "application/json")
        .body("{\"detail\":\"already there\"}").build());
    ConflictException e = assertThrows(ConflictException.class, () -> t.runtime.execute("test.op",
        ApiOperation.builder(HttpMethod.POST, WIDGET).path("widgets").build(), RequestOptions.none()));

    String expected = "409 Conflict: already there (POST " + server.url("/api/widgets") + ")";
    assertEquals(expected, e.getMessage());
    assertEquals(ConflictException.class.getName() + ": " + expected, e.toString());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(expected, ((Throwable) in.readObject()).getMessage());
    }
  }

  @Test
  void successBodyThatDoesNotMatchIsADecodingErrorWithoutLeakingValues() {
    server.enqueue(json(200, "{\"widget_id\":{\"nested\":true},\"created_at\":\"not-a-date\",\"password\":\"hunter2\"}"));

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class, () -> t.runtime.execute("test.op",
        ApiOperation.builder(HttpMethod.GET, WIDGET).path("w").build(), RequestOptions.none()));

    assertEquals(200, e.statusCode());
    assertEquals(Optional.of("application/json"), e.contentType());
    assertTrue(e.getMessage().contains("wrong type or format"), e.getMessage());
    assertTrue(e.bodySnippet().contains("\"password\":\"[REDACTED]\""), e.bodySnippet());
    assertFalse(e.bodySnippet().contains("hunter2"));
  }

  @Test
  void emptySuccessBodyIsADecodingError() {
    server.enqueue(new MockResponse.Builder().code(204).build());

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class, () -> t.runtime.execute("test.op",
        ApiOperation.builder(HttpMethod.GET, WIDGET).path("w").build(), RequestOptions.none()));

    assertEquals(204, e.statusCode());
    assertTrue(e.getMessage().contains("the body is empty"), e.getMessage());
  }

  @Test
  void closedRuntimeRefusesCalls() {
    t.runtime.close();
    t.runtime.close();

    OnboardKitException e = assertThrows(OnboardKitException.class, () -> t.runtime.execute("test.op",
        ApiOperation.builder(HttpMethod.GET, WIDGET).path("w").build(), RequestOptions.none()));

    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void nullRequestOptionsMeanNone() throws Exception {
    server.enqueue(json(200, "{\"widget_id\":\"w\",\"created_at\":\"2026-03-05T14:30:00Z\"}"));

    Widget w = t.runtime.execute("test.op", ApiOperation.builder(HttpMethod.GET, WIDGET).path("w").build(), null);

    assertEquals("w", w.getWidgetId());
    assertEquals("0", server.takeRequest().getHeaders().get("X-Retry-Count"));
  }

  @Test
  void credentialsCannotFollowTheBaseUrlToAnotherHost() {
    dev.onboardkit.core.ClientOptions moved = t.runtime.options().toBuilder()
        .baseUrl(java.net.URI.create("https://elsewhere.example/api")).build();

    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> t.runtime.withOptions(moved));
    assertEquals("baseUrl", e.problems().get(0).field());
    assertTrue(e.getMessage().contains("elsewhere.example"), e.getMessage());

    ClientRuntime ok = t.runtime.withOptions(moved.toBuilder().credentials(
        dev.onboardkit.core.auth.CredentialsProvider.fixed(dev.onboardkit.core.auth.Credential.bearer(
            dev.onboardkit.core.Secret.of("other-token")))).build());
    ok.close();
    assertThrows(dev.onboardkit.core.error.NullArgumentException.class, () -> t.runtime.withOptions(null));
  }

  @Test
  void oddButRealLinksDecodeLeniently() throws Exception {
    server.enqueue(json(201, "{\"link\":\"https://app.example/apply/a b|c?x={1}\"}"));

    Map<String, java.net.URI> out = t.runtime.execute("test.op", ApiOperation.builder(HttpMethod.POST,
        ResponseDecoder.json(new com.fasterxml.jackson.core.type.TypeReference<Map<String, java.net.URI>>() {}))
        .path("x").build(), RequestOptions.none());

    assertEquals(java.net.URI.create("https://app.example/apply/a%20b%7Cc?x=%7B1%7D"), out.get("link"));
  }

  @Test
  void aCreateWhoseSuccessCannotBeDecodedSaysItSucceeded() {
    server.enqueue(json(201, "{\"widget_id\":[1,2]}"));

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class, () -> t.runtime.execute("test.op",
        ApiOperation.builder(HttpMethod.POST, WIDGET).path("w").build(), RequestOptions.none()));

    assertTrue(e.getMessage().contains("The request itself succeeded (HTTP 201)"), e.getMessage());
  }

  @Test
  void aJsonNullSuccessBodyIsADecodingFailure() {
    server.enqueue(json(200, "null"));

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class, () -> t.runtime.execute("test.op",
        ApiOperation.builder(HttpMethod.GET, WIDGET).path("w").build(), RequestOptions.none()));

    assertTrue(e.getMessage().contains("JSON null"), e.getMessage());
  }

  @Test
  void decodingSnippetsNeverExceedTheirDocumentedLength() {
    server.enqueue(json(200, "[" + "1,".repeat(5000) + "]"));

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class, () -> t.runtime.execute("test.op",
        ApiOperation.builder(HttpMethod.GET, WIDGET).path("w").build(), RequestOptions.none()));

    assertTrue(e.bodySnippet().length() <= ResponseDecodingException.MAX_SNIPPET_CHARS, e.bodySnippet());
    assertTrue(e.bodySnippet().endsWith(" bytes)"), e.bodySnippet());
  }
}
