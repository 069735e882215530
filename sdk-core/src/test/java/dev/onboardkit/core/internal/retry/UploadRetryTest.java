package dev.onboardkit.core.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.auth.CredentialsProvider;
import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.HttpRequest;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.http.Multipart;
import dev.onboardkit.core.internal.http.TransportFailure;
import dev.onboardkit.core.support.TestRuntime;
import dev.onboardkit.core.support.TestVendor;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A request whose body holds a stream is sent at most once once it may have reached the server; one from a path or
 * bytes is retried like any other request of its idempotency, with the same bytes each time.
 */
class UploadRetryTest {
  private static final ResponseDecoder<Map> JSON = ResponseDecoder.json(Map.class);
  private static final byte[] IMAGE = "\u00ff\u00d8 pretend jpeg".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

  enum Mode { SYNC, ASYNC }

  private final MockWebServer server = new MockWebServer();
  private TestRuntime t;
  @TempDir Path dir;

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

  private ApiResponse<Map> call(Mode mode, Idempotency idempotency, FileUpload file) {
    Supplier<ApiOperation<Map>> op = () -> ApiOperation.builder(HttpMethod.POST, JSON).constantPath("/checks/")
        .idempotency(idempotency)
        .upload(Multipart.form().file("user_image", "userImage", file, 1 << 20).text("vendor_data", "u1").build())
        .build();
    if (mode == Mode.SYNC) {
      return t.runtime.executeForResponse("test.upload", op.get(), RequestOptions.none());
    }
    try {
      return t.runtime.executeForResponseAsync("test.upload", op, RequestOptions.none()).get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw (RuntimeException) e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static FileUpload stream() {
    return FileUpload.of(new ByteArrayInputStream(IMAGE), "selfie.jpg", "image/jpeg", IMAGE.length);
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
        .setHeader("Retry-After", "1").body("{\"detail\":\"status " + code + "\"}").build();
  }

  private static MockResponse ok() {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("{}").build();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aCreateFromAStreamIsNotSentAgainAfterA429(Mode mode) {
    server.enqueue(status(429));
    server.enqueue(ok());

    RateLimitException e = assertThrows(RateLimitException.class,
        () -> call(mode, Idempotency.RETRY_UNSENT_OR_THROTTLED, stream()));

    assertEquals(1, e.attempts());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), t.sleeper.sleeps());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aCreateFromBytesOrAPathIsSentAgainAfterA429WithTheSameBody(Mode mode) throws Exception {
    Path file = Files.write(dir.resolve("selfie.jpg"), IMAGE);
    for (FileUpload upload : List.of(FileUpload.of(IMAGE, "selfie.jpg", "image/jpeg"), FileUpload.of(file))) {
      server.enqueue(status(429));
      server.enqueue(ok());

      assertEquals(2, call(mode, Idempotency.RETRY_UNSENT_OR_THROTTLED, upload).attempts());

      ByteString first = server.takeRequest().getBody();
      ByteString second = server.takeRequest().getBody();
      String boundary = boundaryOf(first);
      assertTrue(first.utf8().contains("filename=\"selfie.jpg\""));
      assertEquals(first, second, "the same bytes, boundary " + boundary + " included");
      assertTrue(first.indexOf(ByteString.of(IMAGE)) > 0, "the file's bytes as they are");
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anIdempotentUploadFromAStreamIsNotRetriedOnA503OrADroppedConnectionButFromAPathItIs(Mode mode)
      throws Exception {
    server.enqueue(status(503));
    ApiException e = assertThrows(ApiException.class, () -> call(mode, Idempotency.IDEMPOTENT, stream()));
    assertEquals(503, e.statusCode());
    assertEquals(1, server.getRequestCount());

    server.enqueue(new MockResponse.Builder().code(200).body("{}")
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    ApiConnectionException dropped =
        assertThrows(ApiConnectionException.class, () -> call(mode, Idempotency.IDEMPOTENT, stream()));
    assertTrue(dropped.requestSent());
    assertEquals(2, server.getRequestCount());

    Path file = Files.write(dir.resolve("selfie.jpg"), IMAGE);
    server.enqueue(status(503));
    server.enqueue(new MockResponse.Builder().code(200).body("{}")
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok());
    assertEquals(3, call(mode, Idempotency.IDEMPOTENT, FileUpload.of(file)).attempts());
    assertEquals(5, server.getRequestCount());
  }

  @Test
  void aStreamRequestIsRetriedOnlyWhenItProvablyNeverLeft() {
    RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(60), () -> 0.0, Clock.systemUTC(), TestVendor.SHAPE);
    HttpRequest streamed = HttpRequest.builder(HttpMethod.POST, URI.create("https://api.example/checks/"))
        .idempotency(Idempotency.IDEMPOTENT)
        .upload(Multipart.form().file("f", "file", stream(), 1024).build())
        .build();
    assertFalse(streamed.isReplayable());

    assertTrue(policy.afterFailure(streamed, new TransportFailure("refused", null, false, null, 1), 0, null).retry(),
        "nothing went out, so nothing was read from the stream");
    assertFalse(policy.afterFailure(streamed, new TransportFailure("reset", null, true, null, 1), 0, null).retry());
    assertFalse(policy.afterResponse(streamed, new dev.onboardkit.core.http.HttpResponse(503,
        dev.onboardkit.core.http.Headers.empty(), new byte[0], false, null, 1), 0, null).retry());
  }

  @Test
  void aStreamRequestAnswered401IsNotReplayedWithAFreshCredential() throws Exception {
    AtomicInteger issued = new AtomicInteger();
    CredentialsProvider refreshable = new CredentialsProvider() {
      @Override
      public Credential credential() {
        return Credential.bearer(Secret.of("token-" + issued.incrementAndGet()));
      }

      @Override
      public boolean refreshable() {
        return true;
      }
    };
    t.runtime.close();
    t = new TestRuntime(server, b -> b.credentials(refreshable));
    server.enqueue(new MockResponse.Builder().code(401).body("{\"detail\":\"expired\"}").build());

    assertThrows(AuthenticationException.class, () -> call(Mode.SYNC, Idempotency.IDEMPOTENT, stream()));
    assertEquals(1, server.getRequestCount());

    server.enqueue(new MockResponse.Builder().code(401).body("{\"detail\":\"expired\"}").build());
    server.enqueue(ok());
    assertEquals(200, call(Mode.SYNC, Idempotency.IDEMPOTENT, FileUpload.of(IMAGE, "a.jpg", "image/jpeg"))
        .statusCode());
    assertEquals(3, server.getRequestCount());
  }

  private static String boundaryOf(ByteString body) {
    String text = body.utf8();
    return text.substring(2, text.indexOf("\r\n"));
  }
}
