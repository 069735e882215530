package dev.onboardkit.didit.webhooks;

import static dev.onboardkit.didit.support.TestClients.json;
import static dev.onboardkit.didit.support.VerificationClients.body;
import static dev.onboardkit.didit.support.VerificationFixtures.DELIVERY;
import static dev.onboardkit.didit.support.VerificationFixtures.DESTINATION;
import static dev.onboardkit.didit.support.VerificationFixtures.DESTINATIONS;
import static dev.onboardkit.didit.support.VerificationFixtures.SETTINGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.Secret;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.support.VerificationClients;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookServiceTest {
  static final String DEST = "11111111-2222-3333-4444-555555555555";
  static final String SECRET = "tno2NTeRC1ZK3sBOYlBJDyEzBVENl3pQ1AcZyAW0xnQ";

  private final MockWebServer server = new MockWebServer();
  private DiditClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = new VerificationClients().builder(server).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private RecordedRequest take() throws InterruptedException {
    return VerificationClients.take(server);
  }

  @Test
  void createSendsTheDocumentedBodyAndTheAnswerCarriesTheSecret() throws Exception {
    server.enqueue(json(201, DESTINATION));
    DiditWebhookDestination created = client.webhooks().destinations().create(
        DiditCreateWebhookDestinationRequest.builder().label("Production session webhooks")
            .url("https://yourapp.com/webhooks/didit").enabled(true).webhookVersion(DiditWebhookVersion.V3)
            .subscribedEvents(List.of("status.updated", "data.updated")).build());
    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/webhook/destinations/", r.getTarget());
    assertEquals("{\"label\":\"Production session webhooks\",\"url\":\"https://yourapp.com/webhooks/didit\","
        + "\"enabled\":true,\"webhook_version\":\"v3\",\"subscribed_events\":[\"status.updated\",\"data.updated\"]}",
        body(r));
    assertEquals(DEST, created.uuid());
    assertEquals(Secret.of(SECRET), created.secretSharedKey().orElseThrow());
    assertFalse(created.toString().contains(SECRET));
    assertEquals(DiditWebhookVersion.V3, created.webhookVersion());
    assertEquals(List.of("status.updated", "data.updated"), created.subscribedEvents());
    assertEquals(Instant.parse("2026-01-04T08:00:00Z"), created.createdAt().orElseThrow());
    assertEquals(12453, created.summary().get("total_deliveries"));
    assertThrows(InvalidRequestException.class, () -> DiditCreateWebhookDestinationRequest.builder().build());
  }

  @Test
  void createIsNotRetriedOnceItReachedTheServer() {
    server.enqueue(json(502, "{\"detail\":\"bad gateway\"}"));
    server.enqueue(json(201, DESTINATION));
    assertThrows(InternalServerException.class, () -> client.webhooks().destinations().create(
        DiditCreateWebhookDestinationRequest.builder().label("l").url("https://a.example/h").build()));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void listIsABareArrayWithoutSecretsAndKeepsTheListOnlyMembers() throws Exception {
    server.enqueue(json(200, DESTINATIONS));
    List<DiditWebhookDestination> all = client.webhooks().destinations().list().items();
    assertEquals("/v3/webhook/destinations/", take().getTarget());
    assertEquals(2, all.size());
    assertTrue(all.get(0).secretSharedKey().isEmpty());
    assertEquals(12453, all.get(0).additionalProperties().get("deliveries_count"));
    assertEquals(false, all.get(1).enabled().orElseThrow());
    assertTrue(all.get(1).additionalProperties().containsKey("last_delivery_at"));
  }

  @Test
  void retrieveUpdateDeleteAndDeliveriesUseTheDestinationPaths() throws Exception {
    server.enqueue(json(200, DESTINATION.replace(SECRET, "")));
    assertTrue(client.webhooks().destinations().retrieve(DEST).secretSharedKey().isEmpty(),
        "an empty secret (console users without read:webhooks) is absent");
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/webhook/destinations/" + DEST + "/", r.getTarget());

    server.enqueue(json(200, DESTINATION));
    client.webhooks().destinations().update(DEST, DiditWebhookDestinationUpdate.builder().enabled(false)
        .subscribedEvents(List.of("status.updated")).build());
    r = take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/v3/webhook/destinations/" + DEST + "/", r.getTarget());
    assertEquals("{\"enabled\":false,\"subscribed_events\":[\"status.updated\"]}", body(r));

    server.enqueue(new MockResponse.Builder().code(204).build());
    assertEquals(Map.of(), client.webhooks().destinations().delete(DEST));
    r = take();
    assertEquals("DELETE", r.getMethod());
    assertEquals("/v3/webhook/destinations/" + DEST + "/", r.getTarget());

    server.enqueue(json(200, "{\"count\":1,\"next\":null,\"previous\":null,\"results\":[" + DELIVERY + "]}"));
    List<DiditWebhookDelivery> deliveries = client.webhooks().destinations().deliveries(DEST).items();
    assertEquals("/v3/webhook/destinations/" + DEST + "/deliveries/", take().getTarget());
    assertEquals("e1", deliveries.get(0).requestBody().get("event_id"));

    server.enqueue(json(200, DELIVERY));
    assertEquals("1750000000", client.webhooks().destinations().delivery(DEST, "d1").requestHeader()
        .get("X-Timestamp"));
    assertEquals("/v3/webhook/destinations/" + DEST + "/deliveries/d1/", take().getTarget());
  }

  @Test
  void legacySettingsAreReadAndUpdatedAndARotationIsNeverRepeated() throws Exception {
    server.enqueue(json(200, SETTINGS));
    DiditWebhookSettings settings = client.webhooks().settings();
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/webhook/", r.getTarget());
    assertEquals("https://myapp.com/webhooks/didit", settings.webhookUrl().orElseThrow());
    assertEquals("whsec_a1b2c3d4e5f6g7h8i9j0", settings.secretSharedKey().orElseThrow().reveal());
    assertEquals("both", settings.captureMethod().orElseThrow());
    assertTrue(settings.dataRetentionMonths().isEmpty());

    server.enqueue(json(503, "{\"detail\":\"unavailable\"}").newBuilder().setHeader("Retry-After", "0").build());
    server.enqueue(json(200, SETTINGS));
    assertThrows(InternalServerException.class, () -> client.webhooks().updateSettings(
        DiditWebhookSettingsUpdate.builder().rotateSecretKey(true).build()));
    r = take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/v3/webhook/", r.getTarget());
    assertEquals("{\"rotate_secret_key\":true}", body(r));
    assertEquals(1, server.getRequestCount() - 1);

    server.enqueue(json(200, SETTINGS));
    client.webhooks().updateSettings(DiditWebhookSettingsUpdate.builder().webhookUrl("https://myapp.com/h")
        .webhookVersion(DiditWebhookVersion.V3).captureMethod("mobile").dataRetentionMonths(12).build());
    assertEquals("{\"webhook_url\":\"https://myapp.com/h\",\"webhook_version\":\"v3\",\"capture_method\":\"mobile\","
        + "\"data_retention_months\":12}", body(take()));
    assertThrows(InvalidRequestException.class,
        () -> DiditWebhookSettingsUpdate.builder().captureMethod("tablet").build());
  }
}
