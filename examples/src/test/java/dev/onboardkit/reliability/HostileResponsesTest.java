package dev.onboardkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.SdkDefaults;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.core.error.ConflictException;
import dev.onboardkit.core.error.ErrorBody;
import dev.onboardkit.core.internal.error.ErrorBodyDecoder;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.NotFoundException;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.error.PermissionDeniedException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.error.UnexpectedStatusException;
import dev.onboardkit.core.error.UnprocessableEntityException;
import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.http.HttpRequest;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.http.HttpTransport;
import dev.onboardkit.core.internal.http.OkHttpTransport;
import dev.onboardkit.core.retry.Sleeper;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.account.DiditLoginResult;
import dev.onboardkit.didit.applications.DiditApplicationUpdate;
import dev.onboardkit.didit.internal.DiditVendor;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.klara.internal.KlaraVendor;
import dev.onboardkit.klara.applications.KlaraDecisionType;
import dev.onboardkit.klara.applications.KlaraListApplicationsParams;
import dev.onboardkit.klara.applications.KlaraRecordDecisionRequest;
import dev.onboardkit.klara.rfi.KlaraCreateRfiRequest;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.didit.DiditVerifiedAccount;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Item 4, hostile responses: a seeded property test feeding 10,000 generated responses through every response
 * decoder of both clients (a custom {@link HttpTransport} hands each call the generated response) and the same bodies
 * straight into the {@link ErrorBodyDecoder} (with the endpoint's vendor's error shape): random bytes, truncated
 * documented bodies, wrong types, deep nesting (1,000 levels and more), 10 MB strings, wrong content types, HTML error
 * pages, empty bodies, lying headers. Real sockets (MockWebServer, the OkHttp transport) cover what only a socket can:
 * gzip lies, a gzip bomb, a 10 MB error body, a 17 MiB success body and a body cut short. Only SDK exceptions come
 * out, each with the status and a bounded body; nothing else (no NPE, no StackOverflowError, no OutOfMemoryError)
 * escapes.
 */
class HostileResponsesTest {
  /** The fuzz seed; {@code -Dreliability.seed=...} (through surefire's argLine) explores others. */
  static final long SEED = Long.getLong("reliability.seed", 0x0B0A4D_4B17L);
  static final int CASES = 10_000;
  static final int TEN_MB = 10 * 1024 * 1024;
  static final int MAX_RAW_BODY = SdkDefaults.Limits.MAX_ERROR_BODY_BYTES;
  static final ObjectMapper JSON = new ObjectMapper();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  // ------------------------------------------------------------------------------------------------ the endpoints

  /** One endpoint of one client, callable blocking or async; the arguments are valid, the transport is scripted. */
  interface Endpoint {
    Object call(KlaraClient klara, DiditAuthClient didit, boolean async) throws Exception;
  }

  static final Map<String, Endpoint> ENDPOINTS = new LinkedHashMap<>();

  static {
    KlaraCreateApplicationRequest klaraCreate = KlaraCreateApplicationRequest.builder().configId("kyc-standard")
        .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO").companyName("Acme").country("IE").preAuth(true)
        .build();
    KlaraCreateRfiRequest rfi = KlaraCreateRfiRequest.builder().companyName("Acme").country("IE")
        .primaryContact("Sophie Mitchell", "sophie@acme.com", null).preAuthenticated(true).build();
    dev.onboardkit.didit.applications.DiditCreateApplicationRequest diditCreate =
        dev.onboardkit.didit.applications.DiditCreateApplicationRequest.builder().name("Customer")
            .websiteUrl("https://customer.example.com").build();
    DiditApplicationUpdate update = DiditApplicationUpdate.builder().name("Renamed").build();
    KlaraRecordDecisionRequest decision = KlaraRecordDecisionRequest.of(KlaraDecisionType.APPROVED, Instant.parse("2026-01-15T10:00:00Z"));
    ENDPOINTS.put("klara create application", (k, d, a) -> a ? k.async().applications().create(klaraCreate)
        : k.applications().create(klaraCreate));
    ENDPOINTS.put("klara refresh pre-auth", (k, d, a) -> a ? k.async().applications().refreshPreAuth("app-1")
        : k.applications().refreshPreAuth("app-1"));
    ENDPOINTS.put("klara retrieve application", (k, d, a) -> a ? k.async().applications().retrieve("app-1")
        : k.applications().retrieve("app-1"));
    ENDPOINTS.put("klara list applications", (k, d, a) -> {
      Object page = a ? k.async().applications().list(KlaraListApplicationsParams.none())
          : k.applications().list(KlaraListApplicationsParams.none());
      if (page instanceof dev.onboardkit.core.paging.CursorPage) {
        // The scripted transport answers every page fetch with the same body: a page that says more follow under a
        // cursor must end in the auto-pager's repeated-cursor error, never in a loop.
        int n = 0;
        try {
          for (Object item : ((dev.onboardkit.core.paging.CursorPage<?>) page).autoPager()) {
            assertNotNull(item);
            if (++n > 10_000) {
              fail("the auto-pager did not stop");
            }
          }
        } catch (OnboardKitException e) {
          if (e instanceof ApiException || e instanceof ResponseDecodingException
              || !String.valueOf(e.getMessage()).contains("already returned")) {
            throw e;
          }
        }
      }
      return page;
    });
    ENDPOINTS.put("klara record decision", (k, d, a) -> a ? k.async().applications().recordDecision("app-1", decision)
        : k.applications().recordDecision("app-1", decision));
    ENDPOINTS.put("klara document download", (k, d, a) -> a
        ? k.async().applications().documents().retrieve("app-1", "doc-1")
        : k.applications().documents().retrieve("app-1", "doc-1"));
    ENDPOINTS.put("klara create rfi request", (k, d, a) -> a ? k.async().rfiRequests().create(rfi)
        : k.rfiRequests().create(rfi));
    ENDPOINTS.put("didit register", (k, d, a) -> a ? d.async().account().register("new@acme.io", "Str0ng!Passw0rd")
        : d.account().register("new@acme.io", "Str0ng!Passw0rd"));
    ENDPOINTS.put("didit verify email", (k, d, a) -> a ? d.async().account().verifyEmail("new@acme.io", "ABC123")
        : d.account().verifyEmail("new@acme.io", "ABC123"));
    ENDPOINTS.put("didit resend code", (k, d, a) -> a ? d.async().account().resendCode("new@acme.io")
        : d.account().resendCode("new@acme.io"));
    ENDPOINTS.put("didit login", (k, d, a) -> {
      Object r = a ? d.async().account().login("new@acme.io", "Str0ng!Passw0rd")
          : d.account().login("new@acme.io", "Str0ng!Passw0rd");
      return r;
    });
    ENDPOINTS.put("didit verify 2fa", (k, d, a) -> a
        ? d.async().account().verifyTwoFactor(Secret.of("temp-token-1"), "123456")
        : d.account().verifyTwoFactor(Secret.of("temp-token-1"), "123456"));
    ENDPOINTS.put("didit list organizations", (k, d, a) -> a ? d.async().organizations().list()
        : d.organizations().list());
    ENDPOINTS.put("didit create application", (k, d, a) -> a ? d.async().applications("org-1").create(diditCreate)
        : d.applications("org-1").create(diditCreate));
    ENDPOINTS.put("didit list applications", (k, d, a) -> a ? d.async().applications("org-1").list()
        : d.applications("org-1").list());
    ENDPOINTS.put("didit retrieve application", (k, d, a) -> a ? d.async().applications("org-1").retrieve("app-1")
        : d.applications("org-1").retrieve("app-1"));
    ENDPOINTS.put("didit update application", (k, d, a) -> a ? d.async().applications("org-1").update("app-1", update)
        : d.applications("org-1").update("app-1", update));
  }

  /** A transport that records the responses of a real one (to capture documented bodies from the fakes). */
  static final class Recording implements HttpTransport {
    final OkHttpTransport real = OkHttpTransport.create();
    volatile HttpResponse last;

    @Override
    public HttpResponse execute(HttpRequest request) throws IOException {
      last = real.execute(request);
      return last;
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
      return real.executeAsync(request).thenApply(r -> last = r);
    }

    @Override
    public void close() {
      real.close();
    }
  }

  /** A transport answering every call with the response the test set. */
  static final class Scripted implements HttpTransport {
    volatile HttpResponse next;
    int calls;

    @Override
    public HttpResponse execute(HttpRequest request) {
      calls++;
      return next;
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
      calls++;
      return CompletableFuture.completedFuture(next);
    }

    @Override
    public void close() {}
  }

  /** A documented success body and its status, captured from the fakes. */
  record Documented(int status, String body) {}

  /** Calls every endpoint against the fakes once and keeps each success body. */
  static Map<String, Documented> captureDocumentedBodies() throws Exception {
    Map<String, Documented> out = new LinkedHashMap<>();
    try (FakeKlaraServer klaraFake = FakeKlaraServer.start(); FakeDiditServer diditFake = FakeDiditServer.start();
        Recording recording = new Recording()) {
      DiditVerifiedAccount owner = diditFake.createVerifiedAccount("owner@acme-reseller.io", "Own3r!pass");
      try (KlaraClient k = KlaraClient.builder().baseUrl(klaraFake.baseUrl()).apiKey(klaraFake.issueApiKey())
              .transport(recording).build();
          DiditAuthClient anonymous = DiditAuthClient.builder().baseUrl(diditFake.baseUrl()).transport(recording)
              .build();
          DiditAuthClient d = DiditAuthClient.builder().baseUrl(diditFake.baseUrl())
              .accessToken(owner.accessToken()).transport(recording).build()) {
        String id = k.applications().create(KlaraCreateApplicationRequest.builder().configId("kyc-standard")
            .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO").companyName("Acme").country("IE")
            .preAuth(true).build()).applicationId();
        keep(out, "klara create application", recording);
        k.applications().refreshPreAuth(id);
        keep(out, "klara refresh pre-auth", recording);
        klaraFake.putField(id, "company_type", Map.of("nested", List.of(1, "two", true)));
        klaraFake.addPerson(id, Map.of("id", "p-1", "full_name", "Ada Lovelace", "roles", List.of("director")));
        String doc = klaraFake.addDocument(id, "incorporation.pdf", "application/pdf");
        klaraFake.setStatus(id, "submitted");
        k.applications().retrieve(id);
        keep(out, "klara retrieve application", recording);
        k.applications().list(KlaraListApplicationsParams.builder().limit(1).build());
        keep(out, "klara list applications", recording);
        k.applications().recordDecision(id, KlaraRecordDecisionRequest.of(KlaraDecisionType.APPROVED, klaraFake.clock().instant()));
        keep(out, "klara record decision", recording);
        k.applications().documents().retrieve(id, doc);
        keep(out, "klara document download", recording);
        k.rfiRequests().create(KlaraCreateRfiRequest.builder().companyName("Acme").country("IE")
            .primaryContact("Sophie Mitchell", "sophie@acme.com", null).preAuthenticated(true).build());
        keep(out, "klara create rfi request", recording);

        anonymous.account().register("fresh@acme-reseller.io", "Str0ng!Passw0rd");
        keep(out, "didit register", recording);
        anonymous.account().verifyEmail("fresh@acme-reseller.io",
            diditFake.mailbox().latestCode("fresh@acme-reseller.io").orElseThrow());
        keep(out, "didit verify email", recording);
        anonymous.account().resendCode("nobody@acme-reseller.io");
        keep(out, "didit resend code", recording);
        anonymous.account().login("owner@acme-reseller.io", "Own3r!pass");
        keep(out, "didit login", recording);
        diditFake.createVerifiedAccount("twofactor@acme-reseller.io", "Tw0-Factor!pass");
        diditFake.enableTwoFactor("twofactor@acme-reseller.io");
        DiditLoginResult challenge = anonymous.account().login("twofactor@acme-reseller.io", "Tw0-Factor!pass");
        out.put("didit login (2fa challenge)", new Documented(200, recording.last.bodyAsString()));
        anonymous.account().verifyTwoFactor(challenge.challenge().orElseThrow().tempToken(),
            diditFake.currentTotp("twofactor@acme-reseller.io"));
        keep(out, "didit verify 2fa", recording);
        d.organizations().list();
        keep(out, "didit list organizations", recording);
        String app = d.applications(owner.organizationId()).create(
            dev.onboardkit.didit.applications.DiditCreateApplicationRequest.builder().name("Customer")
                .websiteUrl("https://customer.example.com").addRedirectUris("https://customer.example.com/cb")
                .description("A customer").build()).uuid();
        keep(out, "didit create application", recording);
        d.applications(owner.organizationId()).list();
        keep(out, "didit list applications", recording);
        d.applications(owner.organizationId()).retrieve(app);
        keep(out, "didit retrieve application", recording);
        d.applications(owner.organizationId()).update(app, DiditApplicationUpdate.builder().name("Renamed").build());
        keep(out, "didit update application", recording);
      }
      SuiteSecrets.addAll(klaraFake.issuedSecrets());
      SuiteSecrets.addAll(diditFake.issuedSecrets());
    }
    return out;
  }

  private static void keep(Map<String, Documented> out, String name, Recording recording) {
    HttpResponse r = recording.last;
    assertTrue(r.isSuccessful(), name + " " + r);
    out.put(name, new Documented(r.statusCode(), r.bodyAsString()));
  }

  // ------------------------------------------------------------------------------------------------ generation

  enum Kind {
    DOCUMENTED, TRUNCATED, WRONG_TYPES, RANDOM_BYTES, RANDOM_JSON, DEEP_NESTING, HUGE_STRING, WRONG_CONTENT_TYPE,
    HTML_PAGE, EMPTY, ERROR_SHAPE, CUT_SHORT
  }

  static final int[] SUCCESS = {200, 201, 202, 204, 206, 299};
  static final int[] ERRORS = {100, 101, 199, 300, 301, 302, 304, 307, 400, 401, 403, 404, 405, 409, 410, 413, 418,
      422, 429, 451, 500, 501, 502, 503, 504, 599, 600, 999};
  static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=utf-8", "text/html",
      "text/plain", "application/xml", "", "application/problem+json", "application/json; charset=bogus-9",
      "multipart/form-data; boundary=x", "\u0001\u0002;;;=", "text/html; charset=utf-16"};
  static final String[] WEIRD_RETRY_AFTER = {"-1", "NaN", "1e309", "99999999999999999999", "Wed, 99 Foo 2026 x",
      "Infinity", "0.000001", "  12  ", "", "1,5", "\u00001"};

  /** One generated response. */
  record Generated(Kind kind, int status, byte[] body, Headers headers, boolean truncated, IOException bodyError) {
    HttpResponse response() {
      return new HttpResponse(status, headers, body, truncated, bodyError, 1);
    }
  }

  static Generated generate(Random rnd, int index, Documented documented) throws IOException {
    Kind kind = Kind.values()[index % Kind.values().length];
    boolean success = rnd.nextInt(10) < 7;
    int status = success ? (rnd.nextBoolean() ? documented.status() : SUCCESS[rnd.nextInt(SUCCESS.length)])
        : ERRORS[rnd.nextInt(ERRORS.length)];
    String contentType = "application/json";
    byte[] body;
    boolean truncated = false;
    IOException bodyError = null;
    switch (kind) {
      case DOCUMENTED:
        body = utf8(documented.body());
        status = documented.status();
        break;
      case TRUNCATED:
        body = utf8(documented.body().substring(0, rnd.nextInt(Math.max(1, documented.body().length()))));
        break;
      case WRONG_TYPES:
        body = utf8(JSON.writeValueAsString(wrongTypes(rnd, JSON.readTree(documented.body()))));
        break;
      case RANDOM_BYTES:
        body = new byte[rnd.nextInt(4096)];
        rnd.nextBytes(body);
        break;
      case RANDOM_JSON:
        body = utf8(JSON.writeValueAsString(randomJson(rnd, 0)));
        break;
      case DEEP_NESTING:
        body = utf8(deep(rnd, new int[] {1000, 1001, 2000, 10_000}[rnd.nextInt(4)], documented.body()));
        break;
      case HUGE_STRING:
        // Four of the 833 cases of this kind carry a 10 MB string, the rest 70 KB (beyond the 64 KiB error-body
        // cap), to keep the run fast.
        int size = (index / Kind.values().length) % 209 == 0 ? TEN_MB : 70 * 1024;
        body = utf8(hugeString(rnd, size, documented.body()));
        break;
      case WRONG_CONTENT_TYPE:
        contentType = CONTENT_TYPES[rnd.nextInt(CONTENT_TYPES.length)];
        body = rnd.nextBoolean() ? utf8(documented.body()) : utf8("<?xml version=\"1.0\"?><error>nope</error>");
        break;
      case HTML_PAGE:
        contentType = "text/html";
        body = utf8(htmlPage(rnd, status));
        break;
      case EMPTY:
        body = new byte[0];
        contentType = rnd.nextBoolean() ? "application/json" : null;
        break;
      case ERROR_SHAPE:
        body = utf8(JSON.writeValueAsString(errorShape(rnd)));
        break;
      default:
        // CUT_SHORT: what the transport reports when the body was longer than the limit, or broke mid-way.
        body = utf8(documented.body().substring(0, documented.body().length() / 2));
        if (rnd.nextBoolean()) {
          truncated = true;
        } else {
          bodyError = new java.io.EOFException("unexpected end of stream");
        }
    }
    Headers.Builder headers = Headers.builder();
    if (contentType != null) {
      headers.addLenient("Content-Type", contentType);
    }
    if (rnd.nextInt(4) == 0) {
      headers.addLenient(rnd.nextBoolean() ? "Retry-After" : "Retry-After-Ms",
          WEIRD_RETRY_AFTER[rnd.nextInt(WEIRD_RETRY_AFTER.length)]);
    }
    if (rnd.nextInt(5) == 0) {
      headers.addLenient("X-Request-Id", rnd.nextBoolean() ? "req-" + rnd.nextInt(1000) : "r\u0000q\r\n"
          + "x".repeat(rnd.nextInt(200)));
    }
    if (rnd.nextInt(8) == 0) {
      headers.addLenient("X-Should-Retry", rnd.nextBoolean() ? "true" : "maybe");
    }
    return new Generated(kind, status, body, headers.build(), truncated, bodyError);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static JsonNode wrongTypes(Random rnd, JsonNode root) {
    List<JsonNode> containers = new ArrayList<>();
    collectContainers(root, containers);
    int changes = 1 + rnd.nextInt(3);
    for (int c = 0; c < changes && !containers.isEmpty(); c++) {
      JsonNode container = containers.get(rnd.nextInt(containers.size()));
      JsonNode replacement = wrongValue(rnd);
      if (container instanceof ObjectNode && container.size() > 0) {
        List<String> names = new ArrayList<>();
        container.fieldNames().forEachRemaining(names::add);
        ((ObjectNode) container).set(names.get(rnd.nextInt(names.size())), replacement);
      } else if (container instanceof ArrayNode && container.size() > 0) {
        ((ArrayNode) container).set(rnd.nextInt(container.size()), replacement);
      }
    }
    return root;
  }

  static void collectContainers(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.elements().forEachRemaining(child -> collectContainers(child, out));
    }
  }

  static JsonNode wrongValue(Random rnd) {
    switch (rnd.nextInt(11)) {
      case 0:
        return NODES.numberNode(rnd.nextLong());
      case 1:
        return NODES.numberNode(new java.math.BigInteger(400, rnd));
      case 2:
        return NODES.numberNode(new java.math.BigDecimal("1e" + (rnd.nextInt(2000) - 1000)));
      case 3:
        return NODES.textNode(randomText(rnd, rnd.nextInt(64)));
      case 4:
        return NODES.textNode("");
      case 5:
        return NODES.booleanNode(rnd.nextBoolean());
      case 6:
        return NODES.nullNode();
      case 7:
        return NODES.arrayNode().add(1).add("x").addNull();
      case 8:
        return NODES.objectNode().put("unexpected", true);
      case 9:
        return NODES.textNode("not-a-date-or-url \u0000 \u202e");
      default:
        return NODES.textNode("javascript:alert(1)");
    }
  }

  static JsonNode randomJson(Random rnd, int depth) {
    int pick = depth > 5 ? rnd.nextInt(5) : rnd.nextInt(7);
    switch (pick) {
      case 0:
        return NODES.numberNode(rnd.nextInt());
      case 1:
        return NODES.textNode(randomText(rnd, rnd.nextInt(40)));
      case 2:
        return NODES.booleanNode(rnd.nextBoolean());
      case 3:
        return NODES.nullNode();
      case 4:
        return NODES.numberNode(rnd.nextDouble() * 1e12);
      case 5: {
        ArrayNode a = NODES.arrayNode();
        for (int i = rnd.nextInt(6); i > 0; i--) {
          a.add(randomJson(rnd, depth + 1));
        }
        return a;
      }
      default: {
        ObjectNode o = NODES.objectNode();
        String[] names = {"application_id", "link", "participants", "access_token", "uuid", "name", "has_more",
            "applications", "next_cursor", "expires_in", "2fa_required", "temp_token", "error", "detail", "wait", "x"};
        for (int i = rnd.nextInt(6); i > 0; i--) {
          o.set(names[rnd.nextInt(names.length)], randomJson(rnd, depth + 1));
        }
        return o;
      }
    }
  }

  static String randomText(Random rnd, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append((char) (rnd.nextInt(3) == 0 ? rnd.nextInt(0x3000) : 0x20 + rnd.nextInt(0x5f)));
    }
    return sb.toString();
  }

  static String deep(Random rnd, int depth, String documented) {
    StringBuilder sb = new StringBuilder(depth * 8);
    boolean objects = rnd.nextBoolean();
    boolean closed = rnd.nextInt(4) != 0;
    for (int i = 0; i < depth; i++) {
      sb.append(objects ? "{\"a\":" : "[");
    }
    sb.append("1");
    if (closed) {
      for (int i = 0; i < depth; i++) {
        sb.append(objects ? "}" : "]");
      }
    }
    if (rnd.nextBoolean() && documented.startsWith("{") && closed) {
      // the nesting inside an otherwise documented body
      return "{\"nested\":" + sb + "," + documented.substring(1);
    }
    return sb.toString();
  }

  static String hugeString(Random rnd, int size, String documented) {
    String huge = "A".repeat(size - 32) + randomText(rnd, 8).replace("\"", "").replace("\\", "");
    if (documented.startsWith("{")) {
      // replace the first string value of the documented body with the huge one
      int colonQuote = documented.indexOf(":\"");
      if (colonQuote > 0) {
        int end = documented.indexOf('"', colonQuote + 2);
        return documented.substring(0, colonQuote + 2) + huge + documented.substring(end);
      }
    }
    return "{\"error\":\"" + huge + "\",\"detail\":\"" + huge.substring(0, 1000) + "\"}";
  }

  static String htmlPage(Random rnd, int status) {
    String[] pages = {
        "<!DOCTYPE html><html><head><title>" + status + " Bad Gateway</title></head><body><h1>nginx</h1></body></html>",
        "<html><body><center><h1>503 Service Temporarily Unavailable</h1></center><hr>cloudflare</body></html>",
        "<html><head><title>" + "T".repeat(rnd.nextInt(5000)) + "</title>",
        "<HTML><HEAD><TITLE>Error</TITLE></HEAD><BODY>" + "<div>".repeat(rnd.nextInt(3000)) + "</BODY></HTML>",
        "<title></title><script>alert('x')</script>"};
    return pages[rnd.nextInt(pages.length)];
  }

  static JsonNode errorShape(Random rnd) {
    switch (rnd.nextInt(8)) {
      case 0: {
        ObjectNode o = NODES.objectNode().put("error", "Missing required fields");
        o.set("required", rnd.nextBoolean() ? NODES.arrayNode().add("config_id").add(NODES.objectNode())
            : NODES.textNode("not a list"));
        return o;
      }
      case 1: {
        ObjectNode o = NODES.objectNode().put("error", "Invalid request body");
        o.set("details", randomJson(rnd, 0));
        return o;
      }
      case 2: {
        ObjectNode o = NODES.objectNode();
        o.set("detail", rnd.nextBoolean() ? NODES.textNode("Request was throttled. Expected available in "
            + rnd.nextInt(1_000_000_000) + " seconds.") : randomJson(rnd, 0));
        o.set("wait", wrongValue(rnd));
        return o;
      }
      case 3:
        return NODES.arrayNode().add("Invalid OTP token.").add(randomJson(rnd, 0));
      case 4: {
        ObjectNode o = NODES.objectNode();
        o.set("redirect_uris", NODES.objectNode().set("0", NODES.arrayNode().add("Enter a valid URL.")));
        o.set("website_url", randomJson(rnd, 3));
        return o;
      }
      case 5:
        return NODES.objectNode().put("error", "unauthorized").put("message", randomText(rnd, 500));
      case 6: {
        ObjectNode o = NODES.objectNode();
        o.set("error", NODES.objectNode().put("code", rnd.nextInt()).put("message", "nested"));
        return o;
      }
      default:
        return NODES.textNode(randomText(rnd, 100));
    }
  }

  // ------------------------------------------------------------------------------------------------ checks

  static Class<? extends ApiException> expectedClass(int status) {
    switch (status) {
      case 400:
        return BadRequestException.class;
      case 401:
        return AuthenticationException.class;
      case 403:
        return PermissionDeniedException.class;
      case 404:
        return NotFoundException.class;
      case 409:
        return ConflictException.class;
      case 422:
        return UnprocessableEntityException.class;
      case 429:
        return RateLimitException.class;
      default:
        return status >= 500 ? InternalServerException.class : UnexpectedStatusException.class;
    }
  }

  static Throwable unwrap(Throwable t) {
    while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  static Object await(Object result) throws Exception {
    return result instanceof CompletableFuture ? ((CompletableFuture<?>) result).get(30, TimeUnit.SECONDS) : result;
  }

  /** What the run saw, for the summary line. */
  static final class Tally {
    final Map<String, Integer> outcomes = new TreeMap<>();
    int maxRawBody;
    int maxSnippet;
    int maxMessage;
    int decoderCalls;

    void count(String outcome) {
      outcomes.merge(outcome, 1, Integer::sum);
    }
  }

  static void check(Generated g, String endpoint, boolean async, Throwable thrown, Object value, Tally tally) {
    String where = endpoint + (async ? " (async)" : "") + ", " + g.kind() + ", status " + g.status() + ", "
        + g.body().length + " bytes";
    boolean success = g.status() >= 200 && g.status() < 300;
    if (thrown == null) {
      assertTrue(success, "a non-2xx status must fail: " + where);
      assertTrue(g.bodyError() == null && !g.truncated(), "a cut body must fail: " + where);
      assertNotNull(value, where);
      assertNotNull(String.valueOf(value), where);
      tally.count("decoded");
      return;
    }
    Throwable e = unwrap(thrown);
    if (e instanceof VirtualMachineError) {
      fail("a VirtualMachineError escaped: " + where, e);
    }
    if (!(e instanceof OnboardKitException)) {
      fail("not an SDK exception: " + e + " at " + where, e);
    }
    assertTrue(g.kind() != Kind.DOCUMENTED, "a documented body must decode: " + where + ": " + e);
    String message = String.valueOf(e.getMessage());
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertNotNull(e.toString());
    tally.maxMessage = Math.max(tally.maxMessage, message.length());
    assertTrue(message.length() <= 2 * MAX_RAW_BODY, "unbounded message (" + message.length() + "): " + where);
    if (success) {
      ResponseDecodingException rde = assertInstanceOf(ResponseDecodingException.class, e, where);
      assertEquals(g.status(), rde.statusCode(), where);
      assertNull(rde.getCause(), "the parser's exception (which may quote the body) is not kept: " + where);
      assertTrue(rde.bodySnippet().length() <= ResponseDecodingException.MAX_SNIPPET_CHARS,
          "snippet of " + rde.bodySnippet().length() + ": " + where);
      tally.maxSnippet = Math.max(tally.maxSnippet, rde.bodySnippet().length());
      tally.count("ResponseDecodingException");
    } else {
      ApiException api = assertInstanceOf(expectedClass(g.status()), e, where);
      assertEquals(g.status(), api.statusCode(), where);
      assertTrue(api.rawBody().length() <= MAX_RAW_BODY, "raw body of " + api.rawBody().length() + ": " + where);
      assertNotNull(api.error(), where);
      assertTrue(api.error().message().length() <= MAX_RAW_BODY, where);
      assertEquals(1, api.attempts(), where);
      tally.maxRawBody = Math.max(tally.maxRawBody, api.rawBody().length());
      tally.count(api.getClass().getSimpleName());
    }
  }

  static Sleeper noSleep() {
    return new Sleeper() {
      @Override
      public void sleep(Duration duration) {
        throw new AssertionError("no retry was expected (maxRetries 0), asked to wait " + duration);
      }

      @Override
      public CompletableFuture<Void> sleepAsync(Duration duration) {
        return CompletableFuture.failedFuture(new AssertionError("no retry was expected, asked to wait " + duration));
      }
    };
  }

  @Test
  void tenThousandGeneratedResponsesThroughAll17EndpointDecodersAndTheErrorDecoderYieldOnlyBoundedSdkExceptions()
      throws Exception {
    Map<String, Documented> documented = captureDocumentedBodies();
    List<String> names = new ArrayList<>(ENDPOINTS.keySet());
    assertEquals(17, names.size(), "7 Klara and 10 Didit endpoints (the login decoder gets both of its body shapes)");
    Scripted scripted = new Scripted();
    Random rnd = new Random(SEED);
    Tally tally = new Tally();
    Map<Kind, Integer> kinds = new TreeMap<>();
    int tenMegabyteCases = 0;
    long start = System.nanoTime();
    try (KlaraClient klara = KlaraClient.builder().baseUrl(URI.create("https://klara.invalid/api/external"))
            .apiKey("klara_0123456789abcdef01234567.abcdefghijklmnopqrstuvwxyzABCDEF").transport(scripted)
            .maxRetries(0).sleeper(noSleep()).build();
        DiditAuthClient didit = DiditAuthClient.builder().baseUrl(URI.create("https://didit.invalid/auth/v2"))
            .accessToken("fuzz.access.token").transport(scripted).maxRetries(0).sleeper(noSleep()).build()) {
      for (int i = 0; i < CASES; i++) {
        String name = names.get(i % names.size());
        Documented doc = name.equals("didit login") && (i / names.size()) % 2 == 1
            ? documented.get("didit login (2fa challenge)") : documented.get(name);
        Generated g = generate(rnd, i, doc);
        kinds.merge(g.kind(), 1, Integer::sum);
        tenMegabyteCases += g.body().length >= TEN_MB ? 1 : 0;
        scripted.next = g.response();
        boolean async = i % 5 == 4;
        Object value = null;
        Throwable thrown = null;
        try {
          value = await(ENDPOINTS.get(name).call(klara, didit, async));
        } catch (Throwable t) {
          thrown = t;
        }
        check(g, name, async, thrown, value, tally);

        ErrorBody decoded;
        try {
          decoded = ErrorBodyDecoder.decode(g.body(), g.headers().first("Content-Type").orElse(null),
              (name.startsWith("klara") ? KlaraVendor.PROFILE : DiditVendor.PROFILE).errorShape());
        } catch (Throwable t) {
          throw new AssertionError("the error decoder threw for " + g.kind() + " " + g.body().length + " bytes", t);
        }
        assertNotNull(decoded);
        assertTrue(decoded.message().length() <= Math.max(MAX_RAW_BODY, g.body().length),
            g.kind() + ": " + decoded.message().length());
        assertNotNull(decoded.toString());
        tally.decoderCalls++;
      }
    }
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(scripted.calls >= CASES, "every case reached the transport: " + scripted.calls);
    assertEquals(4, tenMegabyteCases);
    assertTrue(tally.outcomes.getOrDefault("decoded", 0) > CASES / 20, tally.outcomes.toString());
    assertTrue(tally.outcomes.getOrDefault("ResponseDecodingException", 0) > CASES / 10, tally.outcomes.toString());
    Figures.report(CASES + " generated responses ("
        + kinds + ", " + tenMegabyteCases + " of 10 MB) through " + names.size() + " endpoint decoders (1/5 async),"
        + " " + scripted.calls + " transport calls, outcomes " + tally.outcomes + ", " + tally.decoderCalls
        + " direct ErrorBodyDecoder calls, 0 non-SDK throwables; largest rawBody " + tally.maxRawBody
        + " chars (cap " + MAX_RAW_BODY + "), largest snippet " + tally.maxSnippet + " chars, longest message "
        + tally.maxMessage + " chars; run " + tookMs + " ms");
  }

  // ------------------------------------------------------------------------------------------------ real sockets

  static byte[] gzip(byte[] data, int repeat) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      for (int i = 0; i < repeat; i++) {
        gz.write(data);
      }
    }
    return out.toByteArray();
  }

  /** Runs one Klara GET and one Didit GET against a MockWebServer answering {@code response} to both. */
  static List<Throwable> againstSocket(MockResponse response) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0);
      server.enqueue(response);
      server.enqueue(response);
      String base = "http://127.0.0.1:" + server.getPort();
      List<Throwable> errors = new ArrayList<>();
      try (KlaraClient klara = KlaraClient.builder().baseUrl(URI.create(base + "/api/external"))
              .apiKey("klara_0123456789abcdef01234567.abcdefghijklmnopqrstuvwxyzABCDEF").maxRetries(0).build();
          DiditAuthClient didit = DiditAuthClient.builder().baseUrl(URI.create(base + "/auth/v2"))
              .accessToken("socket.access.token").maxRetries(0).build()) {
        errors.add(assertThrows(OnboardKitException.class, () -> klara.applications().retrieve("app-1")));
        errors.add(assertThrows(OnboardKitException.class, () -> didit.organizations().list()));
      }
      assertEquals(2, server.getRequestCount());
      return errors;
    }
  }

  @Test
  void overRealSocketsGzipLiesGzipBombsHugeAndCutBodiesGiveBoundedSdkExceptions() throws Exception {
    List<String> lines = new ArrayList<>();
    byte[] notGzip = utf8("{\"application_id\":\"x\"} this is not gzip at all");

    for (Throwable t : againstSocket(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", "gzip").body(new Buffer().write(notGzip)).build())) {
      ResponseDecodingException e = assertInstanceOf(ResponseDecodingException.class, t);
      assertEquals(200, e.statusCode());
      assertTrue(e.getMessage().contains("could not be read to the end"), e.getMessage());
    }
    lines.add("gzip lie on 200: ResponseDecodingException x2");

    for (Throwable t : againstSocket(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
        .setHeader("Content-Encoding", "gzip").body(new Buffer().write(notGzip)).build())) {
      InternalServerException e = assertInstanceOf(InternalServerException.class, t);
      assertEquals(502, e.statusCode());
      assertTrue(e.rawBody().length() <= MAX_RAW_BODY);
    }
    lines.add("gzip lie on 502: InternalServerException x2");

    byte[] bomb = gzip(new byte[1024 * 1024], 64);
    for (Throwable t : againstSocket(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", "gzip").body(new Buffer().write(bomb)).build())) {
      ResponseDecodingException e = assertInstanceOf(ResponseDecodingException.class, t);
      assertTrue(e.getMessage().contains("larger than " + SdkDefaults.Limits.MAX_RESPONSE_BYTES), e.getMessage());
    }
    for (Throwable t : againstSocket(new MockResponse.Builder().code(500).setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", "gzip").body(new Buffer().write(bomb)).build())) {
      InternalServerException e = assertInstanceOf(InternalServerException.class, t);
      assertEquals(MAX_RAW_BODY, e.rawBody().length(), "the error body is read up to 64 KiB only");
    }
    lines.add("gzip bomb (" + bomb.length + " bytes inflating to 64 MiB): 200 -> ResponseDecodingException 'larger"
        + " than 16 MiB' x2, 500 -> InternalServerException with rawBody 65536 chars x2");

    String tenMb = "{\"error\":\"" + "E".repeat(TEN_MB) + "\"}";
    for (Throwable t : againstSocket(new MockResponse.Builder().code(503).setHeader("Content-Type", "application/json")
        .body(tenMb).build())) {
      InternalServerException e = assertInstanceOf(InternalServerException.class, t);
      assertEquals(MAX_RAW_BODY, e.rawBody().length());
      assertTrue(e.getMessage().length() < 1024, e.getMessage().length() + "");
    }
    lines.add("10 MB error body: InternalServerException, rawBody 65536 chars, message < 1 KiB x2");

    byte[] seventeen = new byte[17 * 1024 * 1024];
    java.util.Arrays.fill(seventeen, (byte) ' ');
    seventeen[0] = '[';
    seventeen[seventeen.length - 1] = ']';
    for (Throwable t : againstSocket(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(new Buffer().write(seventeen)).build())) {
      ResponseDecodingException e = assertInstanceOf(ResponseDecodingException.class, t);
      assertTrue(e.getMessage().contains("larger than " + SdkDefaults.Limits.MAX_RESPONSE_BYTES), e.getMessage());
      assertTrue(e.bodySnippet().length() <= ResponseDecodingException.MAX_SNIPPET_CHARS);
    }
    lines.add("17 MiB success body: ResponseDecodingException 'larger than 16 MiB' x2");

    for (Throwable t : againstSocket(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body("{\"uuid\":\"" + "u".repeat(100_000) + "\"}")
        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build())) {
      assertTrue(t instanceof ResponseDecodingException || t instanceof dev.onboardkit.core.error.ApiConnectionException,
          t.toString());
    }
    lines.add("body cut short by the server: ResponseDecodingException or ApiConnectionException x2");

    for (Throwable t : againstSocket(new MockResponse.Builder().code(999).setHeader("Content-Type", "text/html")
        .body("<html><title>Weird status</title></html>").build())) {
      InternalServerException e = assertInstanceOf(InternalServerException.class, t);
      assertEquals(999, e.statusCode());
      assertEquals("Weird status", e.error().message());
    }
    lines.add("status 999 with an HTML page: InternalServerException x2");

    Figures.report(String.join("; ", lines));
  }

  /**
   * Regression: a 2xx body that is the JSON literal {@code null} decoded to a null result on 12 of the 17 endpoints
   * (documented never to return null) and made the Klara list throw a {@code NullPointerException}. Found by this
   * suite (the fuzz test above) and fixed in sdk-core; every endpoint, blocking and async, must now report a
   * {@link ResponseDecodingException}, as it does for {@code []}, {@code "x"} or {@code 1}.
   */
  @Test
  void aJsonNullSuccessBodyIsADecodingFailureOnEveryEndpoint() throws Exception {
    Scripted scripted = new Scripted();
    scripted.next = new HttpResponse(200, Headers.builder().add("Content-Type", "application/json").build(),
        utf8("null"), false, null, 1);
    List<String> wrong = new ArrayList<>();
    try (KlaraClient klara = KlaraClient.builder().baseUrl(URI.create("https://klara.invalid/api/external"))
            .apiKey("klara_0123456789abcdef01234567.abcdefghijklmnopqrstuvwxyzABCDEF").transport(scripted).build();
        DiditAuthClient didit = DiditAuthClient.builder().baseUrl(URI.create("https://didit.invalid/auth/v2"))
            .accessToken("fuzz.access.token").transport(scripted).build()) {
      for (Map.Entry<String, Endpoint> e : ENDPOINTS.entrySet()) {
        for (boolean async : new boolean[] {false, true}) {
          try {
            Object value = await(e.getValue().call(klara, didit, async));
            wrong.add(e.getKey() + (async ? " (async)" : "") + " returned " + value);
          } catch (Throwable t) {
            if (!(unwrap(t) instanceof ResponseDecodingException)) {
              wrong.add(e.getKey() + (async ? " (async)" : "") + " threw " + unwrap(t));
            }
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
    Figures.report(2 * ENDPOINTS.size() + " calls (" + ENDPOINTS.size() + " endpoints, blocking and async) answered"
        + " 200 with a bare JSON null: every one a ResponseDecodingException");
  }

  /**
   * Regression: {@link ResponseDecodingException#bodySnippet()} documents "at most
   * {@link ResponseDecodingException#MAX_SNIPPET_CHARS} characters", but the redactor used to append "...(N bytes)"
   * after cutting at that length (531 characters seen by the fuzz test). Found by this suite and fixed in sdk-core.
   */
  @Test
  void decodingSnippetIsAtMostMaxSnippetCharsAsDocumented() {
    Scripted scripted = new Scripted();
    scripted.next = new HttpResponse(200, Headers.builder().add("Content-Type", "application/json").build(),
        utf8("[" + "1,".repeat(5000) + "]"), false, null, 1);
    try (KlaraClient klara = KlaraClient.builder().baseUrl(URI.create("https://klara.invalid/api/external"))
        .apiKey("klara_0123456789abcdef01234567.abcdefghijklmnopqrstuvwxyzABCDEF").transport(scripted).build()) {
      ResponseDecodingException e = assertThrows(ResponseDecodingException.class,
          () -> klara.applications().retrieve("app-1"));
      assertTrue(e.bodySnippet().length() <= ResponseDecodingException.MAX_SNIPPET_CHARS,
          "snippet has " + e.bodySnippet().length() + " characters");
      Figures.report("a 10,002-byte undecodable body gives a " + e.bodySnippet().length() + "-character snippet (max "
          + ResponseDecodingException.MAX_SNIPPET_CHARS + ")");
    }
  }
}
