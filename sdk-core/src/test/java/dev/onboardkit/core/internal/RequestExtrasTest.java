package dev.onboardkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.log.LoggingOptions;
import dev.onboardkit.core.support.LogCapture;
import dev.onboardkit.core.support.TestRuntime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Escape hatches: extra query parameters and body properties, merged after validation; and the raw JSON. */
class RequestExtrasTest {
  private static final ResponseDecoder<Map> MAP = ResponseDecoder.json(Map.class);

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

  private void ok(String body) {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body)
        .build());
  }

  private static Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "typed");
    body.put("keep", 1);
    return body;
  }

  @Test
  void anExtraQueryParameterReplacesTheSdksOfTheSameNameAndRepeatedNamesSendEveryValue() throws Exception {
    ok("{}");

    t.runtime.execute("test.op", ApiOperation.builder(HttpMethod.GET, MAP).path("items")
            .query("status", "created").query("limit", 10).build(),
        RequestOptions.builder().queryParam("status", "cancelled").queryParam("tag", "a b/c")
            .queryParam("tag", "é").build());

    RecordedRequest r = server.takeRequest();
    assertEquals("/api/items?limit=10&status=cancelled&tag=a%20b%2Fc&tag=%C3%A9", r.getTarget());
    assertEquals(0L, r.getBodySize());
  }

  @Test
  void extraBodyPropertiesBecomeTopLevelMembersReplacingTheSdksOfTheSameName() throws Exception {
    ok("{}");

    t.runtime.execute("test.op", ApiOperation.builder(HttpMethod.POST, MAP).path("items").body(body()).build(),
        RequestOptions.builder()
            .bodyProperty("name", "override")
            .bodyProperty("cleared", null)
            .bodyProperty("nested", Map.of("a", List.of(1, 2)))
            .bodyProperty("password", Secret.of("s3cret"))
            .build());

    RecordedRequest r = server.takeRequest();
    assertEquals("POST", r.getMethod());
    assertEquals("/api/items", r.getTarget());
    assertEquals("application/json", r.getHeaders().get("Content-Type"));
    assertEquals("{\"name\":\"override\",\"keep\":1,\"cleared\":null,\"nested\":{\"a\":[1,2]},\"password\":\"s3cret\"}",
        r.getBody().utf8());
  }

  @Test
  void aPostWithoutABodySendsTheExtraPropertiesAsTheWholeBody() throws Exception {
    ok("{}");

    t.runtime.execute("test.op", ApiOperation.builder(HttpMethod.POST, MAP).path("items", "pre-auth").build(),
        RequestOptions.builder().bodyProperty("expires_in", 3600).build());

    RecordedRequest r = server.takeRequest();
    assertEquals("/api/items/pre-auth", r.getTarget());
    assertEquals("{\"expires_in\":3600}", r.getBody().utf8());
  }

  @Test
  void bodyPropertiesOnAGetFailBeforeAnythingIsSentBlockingAndAsync() {
    ApiOperation<Map> get = ApiOperation.builder(HttpMethod.GET, MAP).path("items").build();
    RequestOptions options = RequestOptions.builder().bodyProperty("x", 1).build();

    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> t.runtime.execute("test.op", get, options));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> t.runtime.executeAsync("test.op", get, options).get());

    assertEquals(List.of(new ValidationProblem("bodyProperties", "cannot be sent: a GET request has no body")),
        e.problems());
    assertInstanceOf(InvalidRequestException.class, async.getCause());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void anExtraHeaderNeverReplacesTheCredential() throws Exception {
    ok("{}");

    t.runtime.execute("test.op", ApiOperation.builder(HttpMethod.GET, MAP).path("items").build(),
        RequestOptions.builder().header("authorization", "Bearer attacker").header("X-Extra", "1").build());

    RecordedRequest r = server.takeRequest();
    assertEquals(List.of("Bearer " + TestRuntime.TOKEN), r.getHeaders().values("Authorization"));
    assertEquals("1", r.getHeaders().get("X-Extra"));
  }

  @Test
  void extrasAreLoggedWithTheSameRedactionAndToStringNamesThemWithoutValues() {
    ok("{}");
    RequestOptions options = RequestOptions.builder().queryParam("auth_code", "QUERYSECRET")
        .bodyProperty("password", "BODYSECRET").bodyProperty("note", "visible").build();
    String logs;
    try (LogCapture capture = new LogCapture(LoggingOptions.DEFAULT_LOGGER)) {
      ((Logger) LoggerFactory.getLogger(LoggingOptions.DEFAULT_LOGGER)).setLevel(Level.TRACE);
      t.runtime.execute("test.op", ApiOperation.builder(HttpMethod.POST, MAP).path("items").body(body()).build(), options);
      logs = capture.text();
    }

    assertTrue(logs.contains("auth_code=[REDACTED]"), logs);
    assertTrue(logs.contains("\"note\":\"visible\""), logs);
    assertFalse(logs.contains("QUERYSECRET"), logs);
    assertFalse(logs.contains("BODYSECRET"), logs);
    assertTrue(options.toString().endsWith(
        ", maxRetries=null, initialBackoff=null, maxBackoff=null, queryParams=[auth_code], bodyProperties=[password, note]}"),
        options.toString());
    assertFalse(options.toString().contains("SECRET"), options.toString());
  }

  @Test
  void badExtrasAreReportedTogetherByBuild() {
    class Unwritable {
      public String getValue() {
        throw new IllegalStateException("no");
      }
    }

    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> RequestOptions.builder()
        .queryParam(" ", "x").queryParam("status", null).bodyProperty(null, 1).bodyProperty("odd", new Unwritable())
        .maxRetries(-1).build());

    assertEquals(List.of(
        new ValidationProblem("queryParams name", "must not be blank"),
        new ValidationProblem("queryParams[status]", "is required"),
        new ValidationProblem("bodyProperties name", "is required"),
        new ValidationProblem("bodyProperties[odd]", "cannot be written as JSON"),
        new ValidationProblem("maxRetries", "must be zero or more")), e.problems());
  }

  @Test
  void theRawJsonOfADecodedResponseIsTheBodyAsReceived() {
    String json = "{\"id\":\"w1\",\"brand_new\":{\"nested\":[1,\"é\"]}}";
    ok(json);

    ApiResponse<Map> r = t.runtime.executeForResponse("test.op", 
        ApiOperation.builder(HttpMethod.GET, MAP).path("items").build(), RequestOptions.none());

    assertEquals(json, r.rawJson());
    assertEquals(json, r.withValue("other").rawJson());
    assertEquals("other", r.withValue("other").value());
    assertEquals("ApiResponse{status=200, requestId=null, attempts=1, value={id=w1, brand_new={nested=[1, é]}}}",
        r.toString());
    assertEquals("", new ApiResponse<>(200, Headers.empty(), "v", 1).rawJson());
    assertNull(RequestOptions.none().bodyProperties().get("x"));
  }
}
