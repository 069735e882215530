package dev.onboardkit.didit.internal;

import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.DiditErrorClassifier;
import dev.onboardkit.didit.DiditErrorCode;
import dev.onboardkit.didit.support.TestClients;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the Didit client hands sdk-core: its classifier and its error envelope, whose waits the retries honour. */
class DiditVendorTest {
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

  @Test
  void theProfileBundlesDiditsClassifierAndEnvelopeAndNoSecretFormat() {
    assertEquals(DiditErrorClassifier.INSTANCE, DiditVendor.PROFILE.classifier());
    assertEquals(DiditErrorShape.INSTANCE, DiditVendor.PROFILE.errorShape());
    assertEquals(List.of(), DiditVendor.PROFILE.secretPatterns());
  }

  @Test
  void aThrottlingDetailAboveTheMaximumWaitFailsAtOnceWithItsWait() {
    server.enqueue(json(429, "{\"detail\":\"Request was throttled. Expected available in 120 seconds.\"}"));

    RateLimitException e = assertThrows(RateLimitException.class, () -> client.organizations().list());

    assertEquals(Optional.of(Duration.ofSeconds(120)), e.retryAfter());
    assertEquals(DiditErrorCode.THROTTLED, e.errorCode());
    assertEquals(1, e.attempts());
    assertEquals(List.of(), t.sleeper.sleeps());
    assertTrue(e.getMessage().contains("retry after 120 s"), e.getMessage());
  }

  @Test
  void aThrottlingDetailWithinTheMaximumIsWaitedOutThenRetried() {
    server.enqueue(json(429, "{\"detail\":\"Request was throttled. Expected available in 59 seconds.\"}"));
    server.enqueue(json(200, "[]"));

    assertEquals(List.of(), client.organizations().list());

    assertEquals(List.of(Duration.ofSeconds(59)), t.sleeper.sleeps());
    assertEquals(2, server.getRequestCount());
  }
}
