package dev.onboardkit.testkit.didit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.WebhookDelivery;
import dev.onboardkit.testkit.internal.HmacSha256;
import dev.onboardkit.testkit.internal.Json;
import dev.onboardkit.testkit.internal.PythonJson;
import dev.onboardkit.testkit.support.TestHttp;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Verification API fake over plain HTTP: sessions, statuses, decisions, paging, webhooks and their signatures. */
class DiditVerificationFakeTest {
  private FakeDiditVerificationServer didit;
  private TestHttp http;
  private final List<WebhookDelivery> delivered = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    didit = FakeDiditVerificationServer.start();
    didit.onWebhook(delivered::add);
    http = new TestHttp(didit.baseUrl());
  }

  @AfterEach
  void stop() {
    didit.close();
  }

  private Reply send(String method, String path, String json) throws IOException {
    return http.send(method, path, null, json, Map.of("x-api-key", didit.apiKey()));
  }

  private String createSession(String vendorData) throws IOException {
    Reply r = send("POST", "/session/", "{\"workflow_id\":\"" + didit.defaultWorkflowId() + "\",\"vendor_data\":\""
        + vendorData + "\",\"expected_details\":{\"first_name\":\"Ana\"}}");
    assertEquals(201, r.status(), r.body());
    return r.text("session_id");
  }

  @Test
  void everyEndpointButTheHealthCheckNeedsTheApiKey() throws IOException {
    Reply noKey = http.get("/sessions/", null);
    assertEquals(403, noKey.status());
    assertEquals("You do not have permission to perform this action.", noKey.text("detail"));
    assertEquals(403, http.send("GET", "/sessions/", null, null, Map.of("x-api-key", "wrong")).status());
    assertEquals(200, http.get("/system/healthcheck", null).status());
    assertEquals(200, send("GET", "/sessions/", null).status());
    assertTrue(didit.issuedSecrets().contains(didit.apiKey()));
  }

  @Test
  void aSessionIsCreatedWithTheTenKeysAndAnUnfinishedOneIsReturnedAgain() throws IOException {
    Reply created = send("POST", "/session/", "{\"workflow_id\":\"" + didit.defaultWorkflowId()
        + "\",\"vendor_data\":\"user-1\"}");
    JsonNode s = created.json();
    assertEquals(List.of("session_id", "session_number", "session_token", "url", "vendor_data", "metadata", "status",
        "workflow_id", "workflow_version", "callback"), iterable(s.fieldNames()));
    assertEquals("Not Started", s.get("status").asText());
    assertEquals(12, s.get("session_token").asText().length());
    assertEquals("https://verify.didit.me/session/" + s.get("session_token").asText(), s.get("url").asText());

    Reply again = send("POST", "/session/", "{\"workflow_id\":\"" + didit.defaultWorkflowId()
        + "\",\"vendor_data\":\"user-1\"}");
    assertEquals(201, again.status());
    assertEquals(s.get("session_id").asText(), again.text("session_id"));
    assertEquals(1, didit.createdSessionCount());

    assertEquals(400, send("POST", "/session/", "{}").status());
    assertEquals(400, send("POST", "/session/", "{\"workflow_id\":\"nope\"}").status());
    didit.outOfCredits(true);
    assertEquals(402, send("POST", "/session/", "{\"workflow_id\":\"" + didit.defaultWorkflowId() + "\"}").status());
  }

  @Test
  void checkArraysAreNullUntilTheTestCompletesTheSession() throws IOException {
    String id = createSession("user-2");
    JsonNode before = send("GET", "/session/" + id + "/decision/", null).json();
    assertTrue(before.get("id_verifications").isNull());
    assertTrue(before.get("nfc_verifications").isNull());

    didit.userStarted(id);
    didit.complete(id, DiditOutcome.DECLINED);
    JsonNode after = send("GET", "/session/" + id + "/decision/?include=events", null).json();
    assertEquals("Declined", after.get("status").asText());
    assertEquals("Ana", after.get("id_verifications").get(0).get("first_name").asText());
    assertEquals("Declined", after.get("face_matches").get(0).get("status").asText());
    assertEquals("LOW_FACE_MATCH_SIMILARITY", after.get("face_matches").get(0).get("warnings").get(0).get("risk")
        .asText());
    assertTrue(after.get("nfc_verifications").isNull(), "NFC is not part of the workflow");
    assertTrue(after.get("events").size() >= 3);
    assertEquals(Map.of("Declined", true), Map.of(didit.sessionStatus(id).orElseThrow(), true));
  }

  @Test
  void listPagesWithAbsoluteNextLinksNewestFirst() throws IOException {
    for (int i = 0; i < 5; i++) {
      createSession("user-p" + i);
    }
    JsonNode page = send("GET", "/sessions/?limit=2", null).json();
    assertEquals(5, page.get("count").asInt());
    assertEquals(didit.baseUrl() + "/sessions/?limit=2&offset=2", page.get("next").asText());
    assertEquals("user-p4", page.get("results").get(0).get("vendor_data").asText());
    JsonNode last = send("GET", "/sessions/?limit=2&offset=4", null).json();
    assertTrue(last.get("next").isNull());
    assertEquals(1, last.get("results").size());
    assertEquals(1, send("GET", "/sessions/?vendor_data=user-p3", null).json().get("results").size());
  }

  @Test
  void aCompletedSessionDeliversASignedV3EventVerifiableThreeWays() throws IOException {
    String id = createSession("user-3");
    didit.complete(id, DiditOutcome.APPROVED);
    WebhookDelivery d = delivered.get(delivered.size() - 1);
    JsonNode event = Json.parse(d.body());
    assertEquals("status.updated", event.get("webhook_type").asText());
    assertEquals("Approved", event.get("status").asText());
    assertEquals(id, event.get("decision").get("session_id").asText());
    assertEquals(PythonJson.didit(event), d.body(), "Didit's raw body: sorted keys, ASCII only");

    byte[] key = didit.webhookSecret().getBytes(StandardCharsets.UTF_8);
    assertEquals(mac(key, d.body()), d.header("X-Signature").orElseThrow());
    assertEquals(mac(key, PythonJson.canonical(event)), d.header("X-Signature-V2").orElseThrow());
    assertEquals(mac(key, event.get("timestamp").asText() + ":" + id + ":Approved:status.updated"),
        d.header("X-Signature-Simple").orElseThrow());
    long timestamp = Long.parseLong(d.header("X-Timestamp").orElseThrow());
    assertTrue(Math.abs(timestamp - Instant.now().getEpochSecond()) < 60, "timestamps follow the real clock");

    JsonNode records = send("GET", "/session/" + id + "/webhooks/", null).json();
    String uuid = records.get(0).get("uuid").asText();
    JsonNode record = send("GET", "/session/" + id + "/webhook/" + uuid, null).json();
    assertEquals(d.headers().get("X-Signature"), Json.parse(record.get("request_header").asText())
        .get("X-Signature").asText());
    assertEquals(200, send("POST", "/session/" + id + "/webhook/" + uuid + "/resend", null).status());
  }

  @Test
  void destinationsReceiveDeliveriesSignedWithTheirOwnSecretByPost() throws Exception {
    try (MockWebServer endpoint = new MockWebServer()) {
      endpoint.enqueue(new MockResponse.Builder().code(200).build());
      endpoint.start();
      Reply dest = send("POST", "/webhook/destinations/", "{\"label\":\"local\",\"url\":\""
          + endpoint.url("/hook") + "\",\"webhook_version\":\"v3\",\"subscribed_events\":[\"status.updated\"]}");
      assertEquals(201, dest.status(), dest.body());
      String secret = dest.text("secret_shared_key");
      assertNotEquals(didit.webhookSecret(), secret);

      String id = createSession("user-4");
      didit.complete(id, DiditOutcome.IN_REVIEW);
      RecordedRequest posted = endpoint.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
      assertEquals("POST", posted.getMethod());
      assertEquals(mac(secret.getBytes(StandardCharsets.UTF_8), posted.getBody().utf8()),
          posted.getHeaders().get("X-Signature"));
      assertEquals("DiditWebhook/2.0 +https://didit.me", posted.getHeaders().get("User-Agent"));

      JsonNode list = send("GET", "/webhook/destinations/", null).json();
      assertFalse(list.get(0).has("secret_shared_key"));
      JsonNode deliveries = send("GET", "/webhook/destinations/" + dest.text("uuid") + "/deliveries/", null).json();
      assertEquals(200, deliveries.get("results").get(0).get("response_status_code").asInt());
    }
  }

  @Test
  void updateStatusResubmitsWithResubmitInfoAndRejectsOtherStatusesWithAllowed() throws IOException {
    String id = createSession("user-5");
    didit.complete(id, DiditOutcome.DECLINED);
    Reply bad = send("PATCH", "/session/" + id + "/update-status/", "{\"new_status\":\"In Review\"}");
    assertEquals(422, bad.status());
    assertEquals(3, bad.json().get("allowed").size());
    assertEquals(200, send("PATCH", "/session/" + id + "/update-status/",
        "{\"new_status\":\"Resubmitted\",\"nodes_to_resubmit\":[{\"node_id\":\"feature_face_match\","
            + "\"feature\":\"FACE_MATCH\"}]}").status());
    JsonNode event = Json.parse(delivered.get(delivered.size() - 1).body());
    assertEquals("Resubmitted", event.get("status").asText());
    assertEquals("feature_face_match", event.get("resubmit_info").get("nodes_to_resubmit").get(0).get("node_id")
        .asText());
    assertFalse(event.has("decision"));
  }

  @Test
  void deleteAnswers204WithoutABodyAnd200WithOne() throws IOException {
    String a = createSession("user-6");
    String b = createSession("user-7");
    assertEquals(204, send("DELETE", "/session/" + a + "/delete/", null).status());
    Reply withBody = send("DELETE", "/session/" + b + "/delete/", "{\"retain_face_embeddings\":true}");
    assertEquals(200, withBody.status());
    assertEquals("retained", withBody.text("face_retention_outcome"));
    assertEquals(404, send("GET", "/session/" + a + "/decision/", null).status());
    String c = createSession("user-8");
    assertTrue(send("GET", "/session/" + c + "/generate-pdf", null).body().startsWith("%PDF-"));
    assertTrue(send("GET", "/session/" + c + "/generate-pdf/", null).body().startsWith("%PDF-"));
  }

  @Test
  void aStandingClockSignsWithItsOwnTime() throws IOException {
    try (FakeDiditVerificationServer standing = FakeDiditVerificationServer.start(new FakeClock())) {
      TestHttp h = new TestHttp(standing.baseUrl());
      Reply r = h.send("POST", "/session/", null, "{\"workflow_id\":\"" + standing.defaultWorkflowId() + "\"}",
          Map.of("x-api-key", standing.apiKey()));
      standing.clock().advance(Duration.ofMinutes(5));
      standing.complete(r.text("session_id"), DiditOutcome.APPROVED);
      assertEquals(Long.toString(FakeClock.DEFAULT_START.plus(Duration.ofMinutes(5)).getEpochSecond()),
          standing.deliveries().get(0).header("X-Timestamp").orElseThrow());
    }
  }

  private static String mac(byte[] key, String message) {
    return HmacSha256.hex(HmacSha256.mac(key, message.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> out = new java.util.ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }
}
