package dev.onboardkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.core.error.NotFoundException;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.error.PermissionDeniedException;
import dev.onboardkit.core.error.ErrorClassifier;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.support.TestRuntime;
import dev.onboardkit.core.support.TestVendor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The runtime's vendor-neutral extensions: an operation's fallback path (sent once after a 404 or redirect), its own
 * Accept header, a link it follows, and the vendor's rule for which non-401 statuses mean rejected credentials.
 */
class FallbackAndAcceptTest {
  private static final ResponseDecoder<String> TEXT = r -> new String(r.body(), StandardCharsets.UTF_8);

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

  private ApiOperation<String> withFallback() {
    ApiOperation<String> slash = ApiOperation.builder(HttpMethod.GET, TEXT).constantPath("/report/").build();
    return ApiOperation.builder(HttpMethod.GET, TEXT).constantPath("/report").accept("application/pdf")
        .fallback(slash).build();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{\"detail\":\"x\"}").build();
  }

  @Test
  void aMissedPathIsTriedOnceOnTheFallbackBlockingAndAsync() throws Exception {
    for (int code : new int[] {404, 301, 308}) {
      server.enqueue(status(code));
      server.enqueue(new MockResponse.Builder().code(200).body("found").build());
      assertEquals("found", t.runtime.execute("test.op", withFallback(), null));
      RecordedRequest first = server.takeRequest();
      assertEquals("/api/report", first.getTarget());
      assertEquals("application/pdf", first.getHeaders().get("Accept"));
      assertEquals("/api/report/", server.takeRequest().getTarget());
    }
    server.enqueue(status(404));
    server.enqueue(new MockResponse.Builder().code(200).body("async").build());
    assertEquals(200, t.runtime.executeForResponseAsync("test.op", withFallback(), RequestOptions.none())
        .get(5, TimeUnit.SECONDS).statusCode());
  }

  @Test
  void theFallbacksAnswerIsTheCallsAndOtherErrorsAreNotRetriedElsewhere() throws Exception {
    server.enqueue(status(404));
    server.enqueue(status(404));
    assertThrows(NotFoundException.class, () -> t.runtime.execute("test.op", withFallback(), null));
    assertEquals(2, server.getRequestCount());
    server.enqueue(status(400));
    assertThrows(BadRequestException.class, () -> t.runtime.execute("test.op", withFallback(), null));
    assertEquals(3, server.getRequestCount());
    server.enqueue(status(404));
    assertThrows(NotFoundException.class, () -> t.runtime.execute("test.op", 
        ApiOperation.builder(HttpMethod.GET, TEXT).constantPath("/report").build(), null));
    assertEquals(4, server.getRequestCount());
    for (String accept : new String[] {"application/pdf", "application/json", "application/pdf", "application/json"}) {
      assertEquals(accept, server.takeRequest().getHeaders().get("Accept"), "the fallback has its own headers");
    }
  }

  @Test
  void aLinkIsFollowedUnderTheBaseUrlAndRefusedElsewhereBeforeSending() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("page 2").build());
    String link = server.url("/api/items?offset=2").toString();
    assertEquals("page 2", t.runtime.execute("test.op", 
        ApiOperation.builder(HttpMethod.GET, TEXT).followLink(link).build(), null));
    assertEquals("/api/items?offset=2", server.takeRequest().getTarget());
    assertThrows(OnboardKitException.class, () -> t.runtime.execute("test.op", 
        ApiOperation.builder(HttpMethod.GET, TEXT).followLink(server.url("/admin").toString()).build(), null));
    CompletionException async = assertThrows(CompletionException.class, () -> t.runtime.executeAsync("test.op", 
        () -> ApiOperation.builder(HttpMethod.GET, TEXT).followLink("https://evil.example/api").build(), null).join());
    assertInstanceOf(OnboardKitException.class, async.getCause());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aVendorCanNameA403AsRejectedCredentials() throws Exception {
    VendorProfile profile = VendorProfile.of(ErrorClassifier.NONE, TestVendor.SHAPE)
        .withAuthenticationFailures((status, body) -> status == 403 && body.message().contains("permission"));
    try (ClientRuntime runtime = ClientRuntime.create(t.runtime.options(), "test-client", profile)) {
      server.enqueue(new MockResponse.Builder().code(403).body("{\"detail\":\"You do not have permission\"}").build());
      AuthenticationException e = assertThrows(AuthenticationException.class, () -> runtime.execute("test.op", 
          ApiOperation.builder(HttpMethod.GET, TEXT).constantPath("/x").build(), null));
      assertEquals(403, e.statusCode());
      server.enqueue(new MockResponse.Builder().code(403).body("{\"detail\":\"Plan limit\"}").build());
      assertThrows(PermissionDeniedException.class, () -> runtime.execute("test.op", 
          ApiOperation.builder(HttpMethod.GET, TEXT).constantPath("/x").build(), null));
    }
    VendorProfile throwing = VendorProfile.of(ErrorClassifier.NONE, TestVendor.SHAPE)
        .withAuthenticationFailures((status, body) -> {
          throw new IllegalStateException("broken rule");
        });
    assertEquals(false, throwing.isAuthenticationFailure(403, dev.onboardkit.core.internal.error.ErrorBodyDecoder.empty()));
    assertEquals(true, throwing.isAuthenticationFailure(401, dev.onboardkit.core.internal.error.ErrorBodyDecoder.empty()));
    assertNull(ApiOperation.builder(HttpMethod.GET, TEXT).constantPath("/x").build().fallback());
    assertEquals(URI.create(server.url("/api").toString()), t.runtime.options().baseUrl());
  }
}
