package dev.onboardkit.reliability;

import dev.onboardkit.core.Secret;
import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.webhook.WebhookVerificationException;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.webhooks.KlaraWebhookEvent;
import dev.onboardkit.klara.webhooks.KlaraWebhooks;
import dev.onboardkit.testkit.WebhookDelivery;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Klara webhook verification failures (altered body, other secret, expired, malformed signature, undecodable body)
 * and validation failures of malformed keys and tokens, weak passwords and secret-bearing headers.
 */
final class WebhookAndValidationHygieneRun {
  private WebhookAndValidationHygieneRun() {}

  static void run(LeakCollector c) throws Exception {
    try (FakeKlaraServer fake = FakeKlaraServer.start()) {
      c.secret(fake.webhookSecret());
      KlaraWebhooks webhooks = KlaraWebhooks.builder().secret(fake.webhookSecret()).clock(fake.clock()).build();
      c.seen(webhooks);
      WebhookDelivery delivery = fake.signedEvent("application.submitted", "550e8400-e29b-41d4-a716-446655440000",
          Map.of("submittedAt", "2026-01-15T10:00:00Z"));
      String signature = delivery.header("X-Klara-Signature").orElseThrow();
      String timestamp = delivery.header("X-Klara-Timestamp").orElseThrow();
      KlaraWebhookEvent event = webhooks.verifyAndParse(delivery.body(), signature, timestamp);
      c.seen(event);
      c.expect(WebhookVerificationException.class, () -> webhooks.verify(
          delivery.body().replace("submitted", "opened").getBytes(StandardCharsets.UTF_8), signature, timestamp));
      String otherSecret = "whsec_some_other_endpoint_secret";
      c.secret(otherSecret);
      c.expect(WebhookVerificationException.class, () -> KlaraWebhooks.builder().secret(otherSecret)
          .clock(fake.clock()).build().verify(delivery.bodyBytes(), signature, timestamp));
      fake.clock().advance(Duration.ofHours(1));
      c.expect(WebhookVerificationException.class, () -> webhooks.verify(delivery.bodyBytes(), signature, timestamp));
      c.expect(WebhookVerificationException.class, () -> webhooks.verify(delivery.bodyBytes(), "sha256=zz", timestamp));
      c.expect(WebhookVerificationException.class, () -> webhooks.verifyAndParse("not json", webhooks.sign(
          "not json".getBytes(StandardCharsets.UTF_8), fake.clock().epochSecond()), Long.toString(
          fake.clock().epochSecond())));
    }

    String malformedKey = "klara_0123456789abcdef01234567.Th1s-Is.A-Malformed-Secret";
    c.secret(malformedKey.substring(malformedKey.indexOf('.') + 1));
    c.expect(InvalidRequestException.class, () -> KlaraClient.builder().apiKey(malformedKey).build());
    c.expect(InvalidRequestException.class, () -> KlaraClient.builder().fromEnv(Map.of("KLARA_API_KEY", malformedKey))
        .build());
    String spacedToken = "bad token-with-a-secret-tail";
    c.secret(spacedToken);
    c.expect(InvalidRequestException.class, () -> DiditAuthClient.builder().accessToken(spacedToken).build());
    String weakPassword = "weakpassword-secret";
    c.secret(weakPassword);
    try (DiditAuthClient anonymous = DiditAuthClient.builder().anonymous().baseUrl(URI.create("https://didit.invalid"))
        .build()) {
      c.expect(InvalidRequestException.class, () -> anonymous.account().register("a@acme.io", weakPassword));
    }
    String headerSecret = "x-api-key-value-0123456789";
    c.secret(headerSecret);
    try (KlaraClient klara = KlaraClient.builder().baseUrl(URI.create("https://klara.invalid/api/external"))
        .apiKey("klara_0123456789abcdef01234567.abcdefghijklmnopqrstuvwxyzABCDEF")
        .defaultHeader("X-Api-Key", headerSecret).build()) {
      c.secret("abcdefghijklmnopqrstuvwxyzABCDEF");
      c.seen(klara);
      c.seen(klara.options());
    }
    String plain = "plain-secret-value-0123";
    c.secret(plain);
    c.seen(Secret.of(plain));
    c.seen(Credential.bearer(Secret.of(plain)));
    c.seen(Credential.header("x-api-key", Secret.of(plain)));
  }
}
