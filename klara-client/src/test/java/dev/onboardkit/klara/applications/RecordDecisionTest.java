package dev.onboardkit.klara.applications;

import static dev.onboardkit.klara.support.TestKlara.await;
import static dev.onboardkit.klara.support.TestKlara.bodyOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.klara.KlaraErrorCode;
import dev.onboardkit.klara.support.TestKlara;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordDecisionTest {
  static final String APP_ID = "550e8400-e29b-41d4-a716-446655440000";
  static final Instant DECIDED = Instant.parse("2026-03-05T14:30:00Z");

  private final TestKlara t = new TestKlara();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void postsTheDecisionWithTheApplicationIdFromThePath() {
    t.enqueue(201, "{\"success\":true,\"decision_type\":\"approved\",\"application_id\":\"" + APP_ID + "\"}");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("reviewer", "jane@partner.example");
    data.put("score", 87);
    data.put("note", null);

    ApiResponse<KlaraRecordDecisionResponse> r = t.klara.applications().withRawResponse().recordDecision(" " + APP_ID,
        KlaraRecordDecisionRequest.builder().type(KlaraDecisionType.APPROVED).timestamp(DECIDED).putAllData(data).build());

    RecordedRequest sent = t.take();
    assertEquals("POST", sent.getMethod());
    assertEquals("/api/external/applications/" + APP_ID + "/decision", sent.getTarget());
    assertTrue(sent.getHeaders().get("Content-Type").startsWith("application/json"));
    assertEquals("{\"type\":\"application.approved\",\"timestamp\":\"2026-03-05T14:30:00Z\","
        + "\"application_id\":\"" + APP_ID + "\","
        + "\"data\":{\"reviewer\":\"jane@partner.example\",\"score\":87,\"note\":null}}", bodyOf(sent));

    assertEquals(201, r.statusCode());
    assertFalse(r.value().alreadyRecorded());
    assertTrue(r.value().success());
    assertEquals(Optional.of(KlaraDecisionType.APPROVED), r.value().decisionType());
    assertEquals(Optional.of(APP_ID), r.value().applicationId());
  }

  @Test
  void aDuplicateAnswered200SucceedsAndSaysItWasAlreadyRecorded() {
    t.enqueue(200, "{\"success\":true,\"already_recorded\":true,\"message\":\"Decision already recorded\"}");
    t.enqueue(200, "{\"success\":true,\"message\":\"Decision already recorded\"}");

    KlaraRecordDecisionResponse first = t.klara.applications().recordDecision(APP_ID,
        KlaraRecordDecisionRequest.of(KlaraDecisionType.REJECTED, DECIDED));
    KlaraRecordDecisionResponse second = await(t.klara.async().applications().recordDecision(APP_ID,
        KlaraRecordDecisionRequest.of(KlaraDecisionType.REFERRED, DECIDED)));

    assertTrue(first.alreadyRecorded());
    assertEquals(Optional.of("Decision already recorded"), first.message());
    assertEquals(Optional.empty(), first.decisionType());
    assertTrue(second.alreadyRecorded(), "a 200 means a duplicate even without the flag");
    List<RecordedRequest> sent = t.takeAll();
    assertEquals("{\"type\":\"application.rejected\",\"timestamp\":\"2026-03-05T14:30:00Z\","
        + "\"application_id\":\"" + APP_ID + "\"}", bodyOf(sent.get(0)));
    assertTrue(bodyOf(sent.get(1)).startsWith("{\"type\":\"application.referred\""), bodyOf(sent.get(1)));
  }

  @Test
  void isRetriedOnServerErrorsBecauseTheServerDeduplicates() {
    t.enqueue(503, "{\"error\":\"Service unavailable\"}");
    t.enqueue(201, "{\"success\":true,\"decision_type\":\"referred\",\"application_id\":\"" + APP_ID + "\"}");

    ApiResponse<KlaraRecordDecisionResponse> r = t.klara.applications().withRawResponse().recordDecision(APP_ID,
        KlaraRecordDecisionRequest.of(KlaraDecisionType.REFERRED, DECIDED));

    assertEquals(2, r.attempts());
    assertEquals(Optional.of(KlaraDecisionType.REFERRED), r.value().decisionType());
    assertEquals(bodyOf(t.take()), bodyOf(t.take()));
  }

  @Test
  void decisionTypesParseWithOrWithoutThePrefix() {
    assertEquals(KlaraDecisionType.APPROVED, KlaraDecisionType.fromWire("application.approved"));
    assertEquals(KlaraDecisionType.REJECTED, KlaraDecisionType.fromWire("REJECTED"));
    assertEquals(KlaraDecisionType.REFERRED, KlaraDecisionType.fromWire("referred"));
    assertEquals(KlaraDecisionType.UNKNOWN, KlaraDecisionType.fromWire("application.escalated"));
    assertEquals(KlaraDecisionType.UNKNOWN, KlaraDecisionType.fromWire(null));
  }

  @Test
  void invalidRequestBodyIsMappedWithItsDetails() {
    t.enqueue(400, "{\"error\":\"Invalid request body\",\"details\":{\"timestamp\":[\"Invalid datetime\"],"
        + "\"type\":[\"Invalid enum value\"]}}");

    BadRequestException e = assertThrows(BadRequestException.class, () -> t.klara.applications()
        .recordDecision(APP_ID, KlaraRecordDecisionRequest.of(KlaraDecisionType.APPROVED, DECIDED)));

    assertEquals(KlaraErrorCode.INVALID_REQUEST_BODY, e.errorCode());
    assertEquals(Map.of("timestamp", List.of("Invalid datetime"), "type", List.of("Invalid enum value")),
        e.fieldErrors());
  }

  @Test
  void typeAndTimestampAreRequiredAndAllProblemsAreReported() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> KlaraRecordDecisionRequest.builder().type(KlaraDecisionType.UNKNOWN).build());
    assertEquals(List.of(
        new ValidationProblem("type", "must be APPROVED, REJECTED or REFERRED"),
        new ValidationProblem("timestamp", "is required")), e.problems());

    InvalidRequestException both = assertThrows(InvalidRequestException.class,
        () -> t.klara.applications().recordDecision(" ", null));
    assertEquals(List.of(
        new ValidationProblem("applicationId", "must not be blank"),
        new ValidationProblem("decision", "is required")), both.problems());
    assertEquals(0, t.server.getRequestCount());
  }

  @Test
  void aNullKeyIsReportedByBuildAndNothingIsSent() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> t.klara.applications()
        .recordDecision(APP_ID, KlaraRecordDecisionRequest.builder().type(KlaraDecisionType.APPROVED).timestamp(DECIDED)
            .putData(null, "x").build()));

    assertEquals(List.of(new ValidationProblem("data", "must not have a null key")), e.problems());
    assertEquals(0, t.server.getRequestCount());
  }

  @Test
  void valuesThatAreNotPlainJsonAreReportedByPathWithEveryOtherProblem() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("ok", List.of(1, "two", true));
    nested.put("thread", Thread.currentThread());
    Map<Object, Object> nullKey = new LinkedHashMap<>();
    nullKey.put(null, 1);
    Map<String, Object> cyclic = new LinkedHashMap<>();
    cyclic.put("self", cyclic);

    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> KlaraRecordDecisionRequest.builder()
        .putData("object", new Object())
        .putData("nested", nested)
        .putData("list", java.util.Arrays.asList("a", null, new StringBuilder("b"), Instant.EPOCH))
        .putData("nullKey", nullKey)
        .putData("cyclic", cyclic)
        .build());

    assertEquals(List.of(
        new ValidationProblem("type", "is required"),
        new ValidationProblem("timestamp", "is required"),
        new ValidationProblem("data.object", "must be a string, number, boolean, list, map or null"),
        new ValidationProblem("data.nested.thread", "must be a string, number, boolean, list, map or null"),
        new ValidationProblem("data.list[2]", "must be a string, number, boolean, list, map or null"),
        new ValidationProblem("data.list[3]", "must be a string, number, boolean, list, map or null"),
        new ValidationProblem("data.nullKey", "must not have a null key"),
        new ValidationProblem("data.cyclic.self", "contains itself")), e.problems());
  }

  @Test
  void nullMapsAndEntriesNeverThrowANullPointer() {
    KlaraRecordDecisionRequest cleared = KlaraRecordDecisionRequest.builder().type(KlaraDecisionType.REFERRED).timestamp(DECIDED)
        .putData("a", 1).data(null).build();
    assertEquals(Map.of(), cleared.data());

    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> KlaraRecordDecisionRequest.builder()
        .type(KlaraDecisionType.REFERRED).timestamp(DECIDED).putAllData(null).putData((Map.Entry<String, Object>) null)
        .build());
    assertEquals(List.of(
        new ValidationProblem("data", "was given a map that is null"),
        new ValidationProblem("data", "was given an entry that is null")), e.problems());

    InvalidRequestException from = assertThrows(InvalidRequestException.class,
        () -> KlaraRecordDecisionRequest.builder().from(null));
    assertEquals(List.of(new ValidationProblem("instance", "must not be null")), from.problems());
  }

  @Test
  void fromCopiesEveryValueAndDataIsSentInOrderWithNulls() {
    t.enqueue(201, "{\"success\":true}");
    KlaraRecordDecisionRequest original = KlaraRecordDecisionRequest.builder().type(KlaraDecisionType.REJECTED).timestamp(DECIDED)
        .putData(Map.entry("reason", "sanctions")).putData("extra", null).build();

    KlaraRecordDecisionRequest copy = KlaraRecordDecisionRequest.builder().from(original).putData("more", List.of()).build();
    t.klara.applications().recordDecision(APP_ID, copy);

    assertEquals(KlaraDecisionType.REJECTED, copy.type());
    assertEquals(DECIDED, copy.timestamp());
    assertEquals("{\"type\":\"application.rejected\",\"timestamp\":\"2026-03-05T14:30:00Z\","
        + "\"application_id\":\"" + APP_ID + "\","
        + "\"data\":{\"reason\":\"sanctions\",\"extra\":null,\"more\":[]}}", bodyOf(t.take()));
    assertEquals(original, KlaraRecordDecisionRequest.builder().from(original).build());
    assertFalse(original.toString().isEmpty());
  }
}
