package dev.onboardkit.didit.decisions;

import static dev.onboardkit.didit.support.TestClients.json;
import static dev.onboardkit.didit.support.VerificationFixtures.DECISION;
import static dev.onboardkit.didit.support.VerificationFixtures.SESSION_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.sessions.DiditSessionKind;
import dev.onboardkit.didit.sessions.DiditSessionStatus;
import dev.onboardkit.didit.support.VerificationClients;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The decision's documented example, the null-until-run check arrays, and tolerance of what the API adds. */
class DecisionDecodingTest {
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

  private DiditDecision decode(String body) {
    server.enqueue(json(200, body));
    return client.sessions().decision(SESSION_ID);
  }

  @Test
  void theDocumentedDecisionDecodesWithEveryTopLevelField() {
    DiditDecision d = decode(DECISION);
    assertEquals(SESSION_ID, d.sessionId());
    assertEquals(DiditSessionKind.USER, d.sessionKind());
    assertEquals(43762L, d.sessionNumber().orElseThrow());
    assertEquals(DiditSessionStatus.IN_REVIEW, d.status());
    assertEquals("In Review", d.statusRaw().orElseThrow());
    assertEquals(DiditEnvironment.LIVE, d.environment());
    assertEquals(List.of("ID_VERIFICATION", "LIVENESS", "FACE_MATCH", "AML"), d.features());
    assertEquals("user-42", d.vendorData().orElseThrow());
    assertEquals(Map.of("user_type", "premium", "account_id", "ABC123"), d.metadata());
    assertEquals("Española Española", d.expectedDetails().get("last_name"));
    assertTrue(d.contactDetails().containsKey("phone"));
    assertEquals(null, d.contactDetails().get("phone"));
    assertEquals(Instant.parse("2025-06-12T10:00:00.123456Z"), d.createdAt().orElseThrow());
    assertEquals(Instant.parse("2025-06-19T10:00:00Z"), d.expiresAt().orElseThrow());
    assertEquals("Check the face", d.reviews().get(0).comment().orElseThrow());
    assertEquals(DiditSessionStatus.IN_REVIEW, d.reviews().get(0).newStatus());
    assertEquals("compliance@example.com", d.reviews().get(0).additionalProperties().get("user"));
  }

  @Test
  void eachCheckArrayTellsNotYetRunFromRanWithoutItems() {
    DiditDecision d = decode(DECISION);
    assertTrue(d.idVerifications().hasRun());
    assertFalse(d.nfcVerifications().hasRun(), "null means not yet run");
    assertTrue(d.nfcVerifications().isEmpty());
    assertTrue(d.ipAnalyses().hasRun(), "[] means ran with no items");
    assertTrue(d.ipAnalyses().isEmpty());
    assertFalse(d.registryChecks().hasRun(), "absent means not part of the answer");
    assertEquals("not run", d.registryChecks().toString());
    for (DiditChecks<?> unrun : List.of(d.phoneVerifications(), d.emailVerifications(), d.poaVerifications(),
        d.documentAiDocuments(), d.questionnaireResponses(), d.databaseValidations(), d.keyPeopleChecks(),
        d.documentVerifications())) {
      assertFalse(unrun.hasRun());
      assertEquals(List.of(), unrun.items());
    }
  }

  @Test
  void checkItemsCarryTheirTypedFieldsWarningsAndTheRest() {
    DiditDecision d = decode(DECISION);
    DiditIdVerification id = d.idVerifications().first().orElseThrow();
    assertEquals(DiditCheckStatus.APPROVED, id.status());
    assertEquals("feature_ocr", id.nodeId().orElseThrow());
    assertEquals("Carmen Española Española", id.fullName().orElseThrow());
    assertEquals(45, id.age().orElseThrow());
    assertEquals("ESP", id.issuingState().orElseThrow());
    assertEquals("1980-01-01", id.dateOfBirth().orElseThrow());
    assertEquals(Map.of("line1", "IDESP"), id.additionalProperties().get("mrz"));
    assertTrue(id.portraitImage().orElseThrow().startsWith("https://example.com/portrait.jpg"));
    assertFalse(id.toString().contains("example.com/portrait"), "media URLs are masked: " + id);

    DiditLivenessCheck liveness = d.livenessChecks().first().orElseThrow();
    assertEquals("PASSIVE", liveness.method().orElseThrow());
    assertEquals(89.92, liveness.score().orElseThrow());
    assertEquals(24.3, liveness.ageEstimation().orElseThrow());

    DiditFaceMatch face = d.faceMatches().first().orElseThrow();
    assertEquals(DiditCheckStatus.IN_REVIEW, face.status());
    assertTrue(face.sourceImageSessionId().isEmpty());
    DiditWarning warning = face.warnings().get(0);
    assertEquals("LOW_FACE_MATCH_SIMILARITY", warning.risk().orElseThrow());
    assertEquals("warning", warning.logType().orElseThrow());
    assertEquals("feature_face", warning.nodeId().orElseThrow());

    DiditAmlScreening aml = d.amlScreenings().first().orElseThrow();
    assertEquals(0, aml.totalHits().orElseThrow());
    assertEquals("person", aml.entityType().orElseThrow());
    assertEquals(0.0, aml.score().orElseThrow());
    assertEquals("Carmen Española", aml.screenedData().get("full_name"));

    List<DiditCheck> all = List.of(id, liveness, face, aml);
    assertTrue(all.stream().allMatch(c -> c.nodeId().isPresent()));
  }

  @Test
  void unknownStatusesFeaturesAndMembersAreKept() {
    DiditDecision d = decode("{\"session_id\":\"s\",\"status\":\"Escalated\",\"session_kind\":\"robot\","
        + "\"environment\":\"staging\",\"brand_new_array\":[1],\"id_verifications\":[{\"status\":\"Paused\","
        + "\"hologram\":{\"ok\":true}}],\"kyc_passport_chip\":null}");
    assertEquals(DiditSessionStatus.UNKNOWN, d.status());
    assertEquals("Escalated", d.statusRaw().orElseThrow());
    assertEquals(DiditSessionKind.UNKNOWN, d.sessionKind());
    assertEquals(DiditEnvironment.UNKNOWN, d.environment());
    assertEquals(List.of(1), d.additionalProperties().get("brand_new_array"));
    assertTrue(d.additionalProperties().containsKey("kyc_passport_chip"));
    DiditIdVerification id = d.idVerifications().first().orElseThrow();
    assertEquals(DiditCheckStatus.UNKNOWN, id.status());
    assertEquals("Paused", id.statusRaw().orElseThrow());
    assertEquals(Map.of("ok", true), id.additionalProperties().get("hologram"));
  }

  @Test
  void aDecisionWithoutItsSessionIdIsADecodingFailureNotANullPointer() {
    ResponseDecodingException e = assertThrows(ResponseDecodingException.class, () -> decode("{\"status\":\"Approved\"}"));
    assertTrue(e.getMessage().contains("session_id") || e.getMessage().contains("sessionId"), e.getMessage());
    assertInstanceOf(ResponseDecodingException.class,
        assertThrows(ResponseDecodingException.class, () -> decode("{\"session_id\":\"s\",\"id_verifications\":7}")));
  }
}
