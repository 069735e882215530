package dev.onboardkit.didit;

import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.didit.support.TestClients;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Didit 429 with both a body {@code wait} and {@code Retry-After}: the body's wait, Didit's own signal, wins. */
class RateLimitWaitOrderTest {
  private final MockWebServer server = new MockWebServer();
  private final TestClients t = new TestClients();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse throttled(String body, String retryAfter) {
    return new MockResponse.Builder().code(429).setHeader("Content-Type", "application/json")
        .setHeader("Retry-After", retryAfter).body(body).build();
  }

  @Test
  void aRetriedReadSleepsTheBodysWaitNotRetryAfter() {
    server.enqueue(throttled("{\"detail\":\"Request was throttled.\",\"wait\":5}", "30"));
    server.enqueue(json(200, "[]"));
    try (DiditAuthClient client = t.builder(server).accessToken("tok-1").build()) {
      client.organizations().list();
    }

    assertEquals(List.of(Duration.ofSeconds(5)), t.sleeper.sleeps());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void theRateLimitExceptionReportsTheBodysWait() {
    server.enqueue(throttled("{\"detail\":\"Too many attempts\",\"wait\":45}", "900"));
    try (DiditAuthClient client = t.builder(server).anonymous().build()) {
      RateLimitException e = assertThrows(RateLimitException.class,
          () -> client.account().register("dev@acme.io", "Pa55word!"));

      assertEquals(Optional.of(Duration.ofSeconds(45)), e.retryAfter());
      assertEquals(Optional.of(Duration.ofSeconds(45)), e.error().retryAfter());
    }
    assertEquals(List.of(), t.sleeper.sleeps());
  }

  @Test
  void withoutABodyWaitRetryAfterStillApplies() {
    server.enqueue(throttled("{\"detail\":\"Slow down.\"}", "3"));
    server.enqueue(json(200, "[]"));
    try (DiditAuthClient client = t.builder(server).accessToken("tok-1").build()) {
      client.organizations().list();
    }

    assertEquals(List.of(Duration.ofSeconds(3)), t.sleeper.sleeps());
  }
}
