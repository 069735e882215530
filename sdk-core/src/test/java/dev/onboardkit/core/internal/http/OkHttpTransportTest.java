package dev.onboardkit.core.internal.http;

import dev.onboardkit.core.http.HttpMethod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.SdkDefaults;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.error.UnexpectedStatusException;
import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.support.TestRuntime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OkHttpTransportTest {
  private static final ApiOperation<Map> GET =
      ApiOperation.builder(HttpMethod.GET, ResponseDecoder.json(Map.class)).path("x").build();

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aCallersClientKeepsItsInterceptorsAndListenersButNeverRetriesOrRedirects() throws Exception {
    List<String> events = new CopyOnWriteArrayList<>();
    OkHttpClient callers = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Caller", "yes").build()))
        .eventListener(new EventListener() {
          @Override
          public void callStart(Call call) {
            events.add("callStart");
          }
        })
        .build();
    TestRuntime t = new TestRuntime(server, b -> b.okHttpClient(callers));
    server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "https://elsewhere.example/steal").build());

    UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class,
        () -> t.runtime.execute("test.op", GET, RequestOptions.none()));

    assertEquals(302, e.statusCode());
    assertEquals(Optional.of("https://elsewhere.example/steal"), e.headers().first("Location"));
    assertEquals("yes", server.takeRequest().getHeaders().get("X-Caller"));
    assertEquals(List.of("callStart"), events);
    assertEquals(1, server.getRequestCount());
    assertTrue(callers.followRedirects(), "the caller's own client is left unchanged");
    t.runtime.close();
    assertFalse(callers.dispatcher().executorService().isShutdown(), "the caller's client is not closed");
  }

  @Test
  void anErrorBodyIsKeptUpTo64KiB() {
    TestRuntime t = new TestRuntime(server);
    String huge = "{\"detail\":\"" + "x".repeat(200_000) + "\"}";
    server.enqueue(new MockResponse.Builder().code(400).body(huge).build());

    BadRequestException e = assertThrows(BadRequestException.class, () -> t.runtime.execute("test.op", GET,
        RequestOptions.none()));

    assertEquals(SdkDefaults.Limits.MAX_ERROR_BODY_BYTES, e.rawBody().length());
    t.runtime.close();
  }

  @Test
  void anOversizedSuccessBodyIsRefused() {
    TestRuntime t = new TestRuntime(server);
    Buffer big = new Buffer().writeUtf8("{\"a\":\"");
    big.writeUtf8("y".repeat(SdkDefaults.Limits.MAX_RESPONSE_BYTES));
    big.writeUtf8("\"}");
    server.enqueue(new MockResponse.Builder().code(200).body(big).build());

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class,
        () -> t.runtime.execute("test.op", GET, RequestOptions.none()));

    assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    assertTrue(e.bodySnippet().length() < 600, "snippet is bounded");
    t.runtime.close();
  }

  @Test
  void aGzipLieIsADecodingErrorWithTheStatus() {
    TestRuntime t = new TestRuntime(server);
    server.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Encoding", "gzip")
        .body("this is not gzip at all").build());

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class,
        () -> t.runtime.execute("test.op", GET, RequestOptions.none()));

    assertEquals(201, e.statusCode());
    assertTrue(e.getMessage().contains("could not be read to the end"), e.getMessage());
    t.runtime.close();
  }

  @Test
  void derivedRuntimesShareTheTransportAndOutliveTheirParent() throws Exception {
    TestRuntime t = new TestRuntime(server);
    var derived = t.runtime.withOptions(t.runtime.options().toBuilder().maxRetries(0).build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"n\":1}").build());
    server.enqueue(new MockResponse.Builder().code(503).build());

    t.runtime.close();
    assertEquals(Map.of("n", 1), derived.execute("test.op", GET, RequestOptions.none()));
    assertThrows(dev.onboardkit.core.error.InternalServerException.class,
        () -> derived.execute("test.op", GET, RequestOptions.none()));
    assertEquals(2, server.getRequestCount(), "maxRetries(0) applies to the derived runtime");
    assertEquals(0, server.takeRequest().getConnectionIndex());
    assertEquals(0, server.takeRequest().getConnectionIndex(), "same pooled connection");
    derived.close();
  }

  @Test
  void aCallersAuthenticatorNeverResendsARequest() {
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    OkHttpClient callers = new OkHttpClient.Builder().authenticator((route, response) -> {
      asked.incrementAndGet();
      return response.request().newBuilder().header("Authorization", "Bearer other").build();
    }).build();
    TestRuntime t = new TestRuntime(server, b -> b.okHttpClient(callers));
    server.enqueue(new MockResponse.Builder().code(401).body("{\"detail\":\"no\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());

    assertThrows(dev.onboardkit.core.error.AuthenticationException.class,
        () -> t.runtime.execute("test.op",
            ApiOperation.builder(HttpMethod.POST, ResponseDecoder.json(Map.class)).path("x")
            .body(Map.of("a", 1)).build(), RequestOptions.none()));
    assertEquals(1, server.getRequestCount());
    assertEquals(0, asked.get());
    t.runtime.close();
  }
}
