package dev.onboardkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.webhook.WebhookVerificationException;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.sessions.DiditCreateSessionRequest;
import dev.onboardkit.didit.webhooks.DiditWebhooks;
import dev.onboardkit.klara.webhooks.KlaraWebhookEvent;
import dev.onboardkit.klara.webhooks.KlaraWebhooks;
import dev.onboardkit.testkit.didit.DiditOutcome;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The fakes work with clients and webhook verifiers built the obvious way: on the system clock, without
 * {@code .clock(fake.clock())}. A fake whose clock stood at 2026-01-15 issued Didit tokens that such a client saw as
 * expired months ago, so its managed session logged in before every call.
 */
class ObviousClientsTest {
  private static final String EMAIL = "ops@acme-reseller.io";
  private static final String PASSWORD = "S3cure!pass";

  @Test
  void aManagedDiditSessionOnTheSystemClockLogsInOnceForFiveCalls() {
    try (FakeDiditServer fake = FakeDiditServer.start();
         DiditAuthClient didit = DiditAuthClient.builder().baseUrl(fake.baseUrl()).credentials(EMAIL, PASSWORD)
             .build()) {
      fake.createVerifiedAccount(EMAIL, PASSWORD);

      for (int i = 0; i < 5; i++) {
        assertEquals(1, didit.organizations().list().size());
      }

      assertEquals(1, fake.loginCount(EMAIL));
      assertEquals(5, fake.requestLog().stream().filter(r -> r.contains("/organizations/me/")).count());
    }
  }

  @Test
  void advancingTheFakePastTheTokenLifetimeStillExpiresItsTokens() {
    try (FakeDiditServer fake = FakeDiditServer.start();
         DiditAuthClient didit = DiditAuthClient.builder().baseUrl(fake.baseUrl()).credentials(EMAIL, PASSWORD)
             .build()) {
      fake.createVerifiedAccount(EMAIL, PASSWORD);
      didit.organizations().list();

      fake.clock().advance(Duration.ofDays(2));   // the client's clock did not move: the fake answers 401
      didit.organizations().list();

      assertEquals(2, fake.loginCount(EMAIL));   // one re-login after the 401, and the call replayed
    }
  }

  @Test
  void aKlaraWebhookVerifierOnTheSystemClockAcceptsTheFakesDeliveries() {
    try (FakeKlaraServer fake = FakeKlaraServer.start()) {
      KlaraWebhooks webhooks = KlaraWebhooks.builder().secret(fake.webhookSecret()).build();
      WebhookDelivery delivery = fake.signedEvent("application.submitted", "app-1", Map.of("applicationId", "app-1"));

      KlaraWebhookEvent event = webhooks.verifyAndParse(delivery.bodyBytes(),
          delivery.header("X-Klara-Signature").orElseThrow(), delivery.header("X-Klara-Timestamp").orElseThrow());

      assertEquals("app-1", event.applicationId().orElseThrow());
    }
  }

  @Test
  void aStandingFakeClockIsStillTheTrapItWas() {
    try (FakeKlaraServer fake = FakeKlaraServer.start(new FakeClock())) {
      KlaraWebhooks webhooks = KlaraWebhooks.builder().secret(fake.webhookSecret()).build();
      WebhookDelivery delivery = fake.signedEvent("application.submitted", "app-1", Map.of("applicationId", "app-1"));

      WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
          () -> webhooks.verifyAndParse(delivery.bodyBytes(), delivery.header("X-Klara-Signature").orElseThrow(),
              delivery.header("X-Klara-Timestamp").orElseThrow()));

      assertEquals(WebhookVerificationException.Reason.TIMESTAMP_OUTSIDE_TOLERANCE, e.reason());
    }
  }

  @Test
  void aDiditWebhookVerifierOnTheSystemClockAcceptsTheVerificationFakesDeliveries() {
    try (FakeDiditVerificationServer fake = FakeDiditVerificationServer.start();
         DiditClient didit = DiditClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build()) {
      List<WebhookDelivery> received = new CopyOnWriteArrayList<>();
      fake.onWebhook(received::add);
      DiditWebhooks webhooks = DiditWebhooks.builder().secret(fake.webhookSecret()).build();
      String sessionId = didit.sessions().create(DiditCreateSessionRequest.of(fake.defaultWorkflowId())).sessionId();

      fake.complete(sessionId, DiditOutcome.APPROVED);

      assertFalse(received.isEmpty());
      for (WebhookDelivery delivery : received) {
        assertEquals(sessionId, webhooks.verifyAndParse(delivery.bodyBytes(), delivery.headers()).event().sessionId()
            .orElseThrow());
      }
    }
  }
}
