package dev.onboardkit.testkit.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.sessions.DiditCreateSessionRequest;
import dev.onboardkit.didit.webhooks.DiditWebhooks;
import dev.onboardkit.testkit.WebhookDelivery;
import dev.onboardkit.testkit.didit.DiditOutcome;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServerExtension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Verification API fake's extension, with a webhook verifier built the obvious way. */
class VerificationExtensionTest {
  @RegisterExtension
  static final FakeDiditVerificationServerExtension verification = FakeDiditVerificationServerExtension.perClass();

  @Test
  void aCompletedSessionIsDeliveredSignedAndVerifies(FakeDiditVerificationServer fake) {
    List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
    fake.onWebhook(deliveries::add);
    try (DiditClient didit = DiditClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build()) {
      String sessionId = didit.sessions().create(DiditCreateSessionRequest.of(fake.defaultWorkflowId())).sessionId();
      fake.complete(sessionId, DiditOutcome.APPROVED);

      assertFalse(deliveries.isEmpty());
      DiditWebhooks webhooks = DiditWebhooks.builder().secret(fake.webhookSecret()).build();
      WebhookDelivery last = deliveries.get(deliveries.size() - 1);
      assertEquals("Approved", webhooks.verifyAndParse(last.bodyBytes(), last.headers()).event().status().wireValue());
    }
  }
}
