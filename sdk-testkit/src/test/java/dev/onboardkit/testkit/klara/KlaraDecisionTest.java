package dev.onboardkit.testkit.klara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KlaraDecisionTest extends KlaraTestBase {

  static String decision(String type, String id) {
    return """
        {"type":"%s","timestamp":"2026-01-15T12:00:00Z","application_id":"%s","data":{"score":87,"notes":["ok"]}}"""
        .formatted(type, id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"created", "sent", "in_progress"})
  void refusedBeforeSubmission(String status) throws Exception {
    String id = createId("Acme");
    klara.setStatus(id, status);
    Reply r = http.post("/applications/" + id + "/decision", key, decision("application.approved", id));
    assertEquals(400, r.status());
    assertJson("{\"error\":\"Application has not been submitted\"}", r);
    assertTrue(klara.decisions(id).isEmpty());
  }

  @Test
  void recordsOncePerTypeAndCompletes() throws Exception {
    String id = createId("Acme");
    klara.setStatus(id, "submitted");
    klara.clock().advance(Duration.ofMinutes(1));

    Reply first = http.post("/applications/" + id + "/decision", key, decision("application.approved", id));
    assertEquals(201, first.status());
    assertJson("{\"success\":true,\"decision_type\":\"approved\",\"application_id\":\"" + id + "\"}", first);
    assertEquals("approved", klara.application(id).orElseThrow().status());
    assertEquals("2026-01-15T10:01:00.000Z", http.get("/applications/" + id, key).text("completed_at"));

    Reply again = http.post("/applications/" + id + "/decision", key, decision("application.approved", id));
    assertEquals(200, again.status());
    assertJson("""
        {"success":true,"already_recorded":true,"message":"Decision already recorded for this application"}""",
        again);
    assertEquals(1, klara.decisions(id).size());

    Reply other = http.post("/applications/" + id + "/decision", key, decision("application.rejected", id));
    assertEquals(201, other.status());
    List<KlaraRecordedDecision> decisions = klara.decisions(id);
    assertEquals(List.of("application.approved", "application.rejected"),
        decisions.stream().map(KlaraRecordedDecision::type).toList());
    assertEquals("rejected", klara.application(id).orElseThrow().status());
    KlaraRecordedDecision d = decisions.get(0);
    assertEquals("approved", d.decisionType());
    assertEquals("2026-01-15T12:00:00Z", d.timestamp());
    assertEquals(Map.of("score", 87, "notes", List.of("ok")), d.data());
  }

  @Test
  void referredMovesToReview() throws Exception {
    String id = createId("Acme");
    klara.setStatus(id, "submitted");
    Reply r = http.post("/applications/" + id + "/decision", key, decision("application.referred", id));
    assertEquals(201, r.status());
    assertEquals("referred", r.text("decision_type"));
    assertEquals("review", klara.application(id).orElseThrow().status());
    assertTrue(klara.application(id).orElseThrow().completedAt().isEmpty());
  }

  @Test
  void bodyIdMustMatchThePath() throws Exception {
    String id = createId("Acme");
    klara.setStatus(id, "submitted");
    Reply r = http.post("/applications/" + id + "/decision", key, decision("application.approved", "other"));
    assertEquals(400, r.status());
    assertJson("{\"error\":\"application_id in body does not match URL parameter\"}", r);
  }

  @Test
  void invalidBodiesListFieldDetails() throws Exception {
    String id = createId("Acme");
    klara.setStatus(id, "submitted");
    Reply badType = http.post("/applications/" + id + "/decision", key, decision("approved", id));
    assertEquals(400, badType.status());
    assertJson("""
        {"error":"Invalid request body","details":{"type":["Invalid enum value. Expected 'application.approved' | \
        'application.rejected' | 'application.referred'"]}}""", badType);

    Reply badTime = http.post("/applications/" + id + "/decision", key,
        decision("application.approved", id).replace("2026-01-15T12:00:00Z", "yesterday"));
    assertJson("{\"error\":\"Invalid request body\",\"details\":{\"timestamp\":[\"Invalid datetime\"]}}", badTime);

    Reply empty = http.post("/applications/" + id + "/decision", key, "{}");
    assertJson("""
        {"error":"Invalid request body","details":{"type":["Required"],"timestamp":["Required"],
         "application_id":["Required"]}}""", empty);

    assertJson("{\"error\":\"Invalid JSON body\"}", http.post("/applications/" + id + "/decision", key, "{oops"));
    assertTrue(klara.decisions(id).isEmpty());
  }

  @Test
  void unknownApplication() throws Exception {
    Reply r = http.post("/applications/nope/decision", key, decision("application.approved", "nope"));
    assertEquals(404, r.status());
    assertJson("{\"error\":\"Application not found\"}", r);
  }
}
