package dev.onboardkit.testkit.klara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.core.internal.webhook.HmacSignatures;
import dev.onboardkit.testkit.WebhookDelivery;
import dev.onboardkit.testkit.support.TestHttp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class KlaraWebhookTest extends KlaraTestBase {

  @Test
  void signedEventFollowsTheDocumentedScheme() throws Exception {
    String id = createId("Acme");
    klara.clock().advance(Duration.ofSeconds(42));
    WebhookDelivery d = klara.signedEvent("application.submitted", id,
        Map.of("applicationId", id, "submittedAt", "2026-01-15T10:00:42.000Z"));

    String ts = d.header("X-Klara-Timestamp").orElseThrow();
    assertEquals(Long.toString(klara.clock().instant().getEpochSecond()), ts);
    String expected = "sha256=" + HmacSignatures.hex(HmacSignatures.hmacSha256(
        klara.webhookSecret().getBytes(StandardCharsets.UTF_8),
        (ts + "." + d.body()).getBytes(StandardCharsets.UTF_8)));
    assertEquals(expected, d.header("x-klara-signature").orElseThrow());
    assertEquals("application/json", d.headers().get("Content-Type"));

    JsonNode env = TestHttp.json(d.body());
    List<String> names = new java.util.ArrayList<>();
    env.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("id", "type", "timestamp", "applicationId", "organizationId", "data"), names);
    assertTrue(env.get("id").asText().startsWith("evt_"));
    assertEquals(d.eventId(), env.get("id").asText());
    assertEquals("application.submitted", env.get("type").asText());
    assertEquals("2026-01-15T10:00:42.000Z", env.get("timestamp").asText());
    assertEquals(id, env.get("applicationId").asText());
    assertEquals(klara.organizationId(), env.get("organizationId").asText());
    assertEquals(id, env.get("data").get("applicationId").asText());
    assertTrue(d.toString().indexOf("sha256") < 0, "toString leaves the signature out");
  }

  @Test
  void secretCanBeSetAndEventIdsAreUnique() {
    klara.setWebhookSecret("whsec_test");
    WebhookDelivery a = klara.signedEvent("webhook.test", null, Map.of());
    WebhookDelivery b = klara.signedEvent("webhook.test", null, Map.of());
    String ts = a.header("X-Klara-Timestamp").orElseThrow();
    assertEquals("sha256=" + HmacSignatures.hex(HmacSignatures.hmacSha256(
        "whsec_test".getBytes(StandardCharsets.UTF_8), (ts + "." + a.body()).getBytes(StandardCharsets.UTF_8))),
        a.header("X-Klara-Signature").orElseThrow());
    assertTrue(TestHttp.json(a.body()).get("applicationId").isNull());
    assertTrue(!a.eventId().equals(b.eventId()));
  }

  @Test
  void deliverPostsTheExactBytesAndHeaders() throws Exception {
    try (MockWebServer receiver = new MockWebServer()) {
      receiver.enqueue(new MockResponse.Builder().code(204).build());
      receiver.start();
      WebhookDelivery d = klara.signedEvent("application.opened", createId("Acme"),
          Map.of("applicationRef", "APP-001", "openedAt", "2026-01-15T10:00:00.000Z"));
      int status = klara.deliver(receiver.url("/hooks/klara").uri(), d);
      assertEquals(204, status);
      RecordedRequest got = receiver.takeRequest(5, TimeUnit.SECONDS);
      assertEquals("POST", got.getMethod());
      assertEquals("/hooks/klara", got.getTarget());
      assertEquals(d.body(), got.getBody().utf8());
      assertEquals(d.header("X-Klara-Signature").orElseThrow(), got.getHeaders().get("X-Klara-Signature"));
      assertEquals(d.header("X-Klara-Timestamp").orElseThrow(), got.getHeaders().get("X-Klara-Timestamp"));
      assertEquals("application/json", got.getHeaders().get("Content-Type"));
    }
  }
}
