package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.testkit.WebhookDelivery;
import dev.onboardkit.testkit.internal.HmacSha256;
import dev.onboardkit.testkit.internal.PythonJson;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs webhook deliveries as Didit does: the body is Python's {@code json.dumps(event, sort_keys=True,
 * ensure_ascii=True)}, and every delivery carries {@code X-Signature-V2} (HMAC-SHA256 of the canonical JSON),
 * {@code X-Signature} (of the raw body), {@code X-Signature-Simple} (of {@code timestamp:session_id:status:webhook_type})
 * and {@code X-Timestamp}.
 */
final class DiditWebhookSigner {
  static final String USER_AGENT = "DiditWebhook/2.0 +https://didit.me";

  private DiditWebhookSigner() {}

  static WebhookDelivery sign(JsonNode event, String secret, long timestamp) {
    String body = PythonJson.didit(event);
    String canonical = PythonJson.canonical(event);
    String simple = simplePart(event.get("timestamp")) + ":" + simplePart(event.get("session_id")) + ":"
        + simplePart(event.get("status")) + ":" + simplePart(event.get("webhook_type"));
    byte[] key = secret.getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("User-Agent", USER_AGENT);
    headers.put("X-Signature-V2", mac(key, canonical));
    headers.put("X-Signature", mac(key, body));
    headers.put("X-Signature-Simple", mac(key, simple));
    headers.put("X-Timestamp", Long.toString(timestamp));
    return new WebhookDelivery(event.path("event_id").asText(), event.path("webhook_type").asText(), body, headers);
  }

  private static String simplePart(JsonNode value) {
    return value == null || value.isNull() ? "" : value.isIntegralNumber() ? value.bigIntegerValue().toString()
        : value.asText();
  }

  private static String mac(byte[] key, String message) {
    return HmacSha256.hex(HmacSha256.mac(key, message.getBytes(StandardCharsets.UTF_8)));
  }
}
