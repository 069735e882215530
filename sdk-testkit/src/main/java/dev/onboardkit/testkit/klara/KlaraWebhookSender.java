package dev.onboardkit.testkit.klara;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.WebhookDelivery;
import dev.onboardkit.testkit.internal.HmacSha256;
import dev.onboardkit.testkit.internal.Json;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Klara's outgoing webhooks: builds signed deliveries and POSTs them to an endpoint. */
final class KlaraWebhookSender {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  private KlaraWebhookSender() {}

  /**
   * Builds a delivery as Klara sends it: the camelCase envelope, {@code X-Klara-Timestamp} (unix seconds on the fake
   * clock) and {@code X-Klara-Signature: sha256=<hex>}, the HMAC-SHA256 of {@code "{timestamp}.{raw body}"}.
   */
  static WebhookDelivery signedEvent(KlaraStore store, String type, @Nullable String applicationId,
      Map<String, Object> data) {
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("type must not be blank");
    }
    Instant now = store.clock.instant();
    String eventId = store.eventId();
    ObjectNode envelope = Json.object();
    envelope.put("id", eventId);
    envelope.put("type", type);
    envelope.put("timestamp", Json.isoMillis(now));
    envelope.put("applicationId", applicationId);
    envelope.put("organizationId", store.organizationId);
    envelope.set("data", Json.valueToTree(data));
    String body = Json.write(envelope);
    String timestamp = Long.toString(now.getEpochSecond());
    String signature = "sha256=" + HmacSha256.hex(HmacSha256.mac(
        store.webhookSecret().getBytes(StandardCharsets.UTF_8),
        (timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("X-Klara-Signature", signature);
    headers.put("X-Klara-Timestamp", timestamp);
    return new WebhookDelivery(eventId, type, body, headers);
  }

  /** POSTs a delivery with its headers and returns the status the endpoint answered. */
  static int deliver(URI target, WebhookDelivery delivery) {
    HttpRequest.Builder request = HttpRequest.newBuilder(target)
        .timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.bodyBytes()));
    delivery.headers().forEach(request::header);
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException("webhook delivery failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException("webhook delivery interrupted", new InterruptedIOException());
    }
  }
}
