package dev.onboardkit.core.internal.auth;

import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.auth.CredentialsProvider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.HttpRequest;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.http.HttpTransport;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.support.TestRuntime;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticationTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static final ApiOperation<Map> GET =
      ApiOperation.builder(HttpMethod.GET, ResponseDecoder.json(Map.class)).path("me").build();

  /** Rotates tokens t1, t2, ... each time it is invalidated, and counts calls. */
  static final class RotatingProvider implements CredentialsProvider {
    final AtomicInteger generation = new AtomicInteger(1);
    final AtomicInteger invalidations = new AtomicInteger();

    @Override
    public Credential credential() {
      return Credential.bearer(Secret.of("t" + generation.get()));
    }

    @Override
    public boolean refreshable() {
      return true;
    }

    @Override
    public void invalidate(Credential rejected) {
      invalidations.incrementAndGet();
      if (rejected.equals(credential())) {
        generation.incrementAndGet();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void a401LeadsToOneRefreshAndOneReplay(boolean async) throws Exception {
    RotatingProvider provider = new RotatingProvider();
    TestRuntime t = new TestRuntime(server, b -> b.credentials(provider));
    server.enqueue(new MockResponse.Builder().code(401).body("{\"detail\":\"Invalid access token\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"ok\":true}").build());

    Map<?, ?> result = async ? t.runtime.executeAsync("test.op", GET, RequestOptions.none()).join()
        : t.runtime.execute("test.op", GET, RequestOptions.none());

    assertEquals(Map.of("ok", true), result);
    assertEquals("Bearer t1", server.takeRequest().getHeaders().get("Authorization"));
    assertEquals("Bearer t2", server.takeRequest().getHeaders().get("Authorization"));
    assertEquals(1, provider.invalidations.get());
    t.runtime.close();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aSecond401IsReportedNotLoopedOn(boolean async) {
    RotatingProvider provider = new RotatingProvider();
    TestRuntime t = new TestRuntime(server, b -> b.credentials(provider));
    for (int i = 0; i < 5; i++) {
      server.enqueue(new MockResponse.Builder().code(401).body("{\"detail\":\"Invalid access token\"}").build());
    }

    AuthenticationException e = assertThrows(AuthenticationException.class, () -> {
      try {
        if (async) {
          t.runtime.executeAsync("test.op", GET, RequestOptions.none()).join();
        } else {
          t.runtime.execute("test.op", GET, RequestOptions.none());
        }
      } catch (java.util.concurrent.CompletionException ce) {
        throw ce.getCause();
      }
    });

    assertEquals("Invalid access token", e.error().message());
    assertEquals(2, server.getRequestCount());
    t.runtime.close();
  }

  @Test
  void aFixedCredentialIsNotReplayed() {
    TestRuntime t = new TestRuntime(server);
    server.enqueue(new MockResponse.Builder().code(401).body("{\"error\":\"Invalid API key\"}").build());

    assertThrows(AuthenticationException.class, () -> t.runtime.execute("test.op", GET, RequestOptions.none()));
    assertEquals(1, server.getRequestCount());
    t.runtime.close();
  }

  @Test
  void aSupplierIsAskedBeforeEveryAttemptSoRotatedKeysArePickedUp() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    TestRuntime t = new TestRuntime(server, b -> b.credentials(CredentialsProvider.fromSupplier(
        () -> Credential.bearer(Secret.of("k" + calls.incrementAndGet())))));
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());

    t.runtime.execute("test.op", GET, RequestOptions.none());

    assertEquals("Bearer k1", server.takeRequest().getHeaders().get("Authorization"));
    assertEquals("Bearer k2", server.takeRequest().getHeaders().get("Authorization"));
    t.runtime.close();
  }

  @Test
  void unauthenticatedOperationsCarryNoCredential() throws Exception {
    TestRuntime t = new TestRuntime(server);
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());

    t.runtime.execute("test.op", ApiOperation.builder(HttpMethod.POST, ResponseDecoder.json(Map.class)).path("login")
        .authenticated(false).body(Map.of("email", "a@b.example")).build(), RequestOptions.none());

    assertNull(server.takeRequest().getHeaders().get("Authorization"));
    t.runtime.close();
  }

  @Test
  void credentialsAreNeverAttachedToAnotherOrigin() {
    List<HttpRequest> sent = new CopyOnWriteArrayList<>();
    HttpTransport recorder = new HttpTransport() {
      @Override
      public HttpResponse execute(HttpRequest request) {
        sent.add(request);
        return null;
      }

      @Override
      public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
        sent.add(request);
        return CompletableFuture.completedFuture(null);
      }

      @Override
      public void close() {}
    };
    AuthenticatingTransport auth = new AuthenticatingTransport(recorder,
        CredentialsProvider.fixed(Credential.bearer(Secret.of("secret-token"))), URI.create("https://api.example/v1"));

    for (String url : List.of("https://evil.example/v1/x", "http://api.example/v1/x", "https://api.example:8443/v1/x")) {
      HttpRequest foreign = HttpRequest.builder(HttpMethod.GET, URI.create(url)).build();
      InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> auth.execute(foreign));
      assertTrue(e.getMessage().contains("credentials are only sent there"), e.getMessage());
      assertTrue(auth.executeAsync(foreign).isCompletedExceptionally());
    }
    assertEquals(List.of(), sent);
  }
}
