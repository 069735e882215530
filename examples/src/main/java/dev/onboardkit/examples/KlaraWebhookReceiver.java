package dev.onboardkit.examples;

import dev.onboardkit.core.webhook.WebhookVerificationException;
import dev.onboardkit.klara.webhooks.KlaraWebhookEvent;
import dev.onboardkit.klara.webhooks.KlaraWebhookEventType;
import dev.onboardkit.klara.webhooks.KlaraWebhooks;
import dev.onboardkit.testkit.WebhookDelivery;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Example 4: verify and parse a Klara webhook delivery, and reject a tampered one. */
public final class KlaraWebhookReceiver implements Example {
  @Override
  public String title() {
    return "4. Klara: verify and parse a webhook delivery";
  }

  @Override
  public void run(ExampleContext ctx) {
    if (ctx.klaraFakeIfUsed().isEmpty()) {
      ctx.report().note("skipped against the real API: deliveries arrive at your endpoint; see onWebhook() below");
      return;
    }
    FakeKlaraServer fake = ctx.klaraFakeIfUsed().get();
    // In production: KlaraWebhooks.builder().secret(System.getenv("KLARA_WEBHOOK_SECRET")).build().
    KlaraWebhooks webhooks = KlaraWebhooks.builder().secret(fake.webhookSecret()).build();
    String applicationId = ctx.applicationId().orElse("550e8400-e29b-41d4-a716-446655440000");
    WebhookDelivery delivery = fake.signedEvent("application.submitted", applicationId,
        Map.of("applicationId", applicationId, "submittedAt", "2026-03-06T09:00:00.000Z"));

    int status = onWebhook(webhooks, delivery.bodyBytes(), delivery.header("X-Klara-Signature").orElse(null),
        delivery.header("X-Klara-Timestamp").orElse(null), ctx.report());
    ctx.report().call("webhook " + delivery.type(), "answered " + status);

    byte[] tampered = delivery.body().replace("application.submitted", "application.opened")
        .getBytes(StandardCharsets.UTF_8);
    int rejected = onWebhook(webhooks, tampered, delivery.header("X-Klara-Signature").orElse(null),
        delivery.header("X-Klara-Timestamp").orElse(null), ctx.report());
    ctx.report().call("tampered webhook", "answered " + rejected);
  }

  /**
   * What your webhook endpoint does with a delivery: verify the raw body, then act on the event.
   *
   * @param webhooks the verifier, configured with your webhook secret
   * @param rawBody the request body exactly as received
   * @param signature the {@code X-Klara-Signature} header
   * @param timestamp the {@code X-Klara-Timestamp} header
   * @param report where to report
   * @return the HTTP status to answer with
   */
  static int onWebhook(KlaraWebhooks webhooks, byte[] rawBody, String signature, String timestamp, Report report) {
    try {
      KlaraWebhookEvent event = webhooks.verifyAndParse(rawBody, signature, timestamp);
      if (event.type() == KlaraWebhookEventType.APPLICATION_SUBMITTED) {
        report.note("event " + event.id() + ": application " + event.applicationId().orElse("?") + " was submitted");
      }
      return 200;
    } catch (WebhookVerificationException e) {
      report.note("rejected: " + e.reason());
      return 401;
    }
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    Example.runAlone(new KlaraWebhookReceiver());
  }
}
