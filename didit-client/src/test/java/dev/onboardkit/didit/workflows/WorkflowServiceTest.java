package dev.onboardkit.didit.workflows;

import static dev.onboardkit.didit.support.TestClients.json;
import static dev.onboardkit.didit.support.VerificationClients.body;
import static dev.onboardkit.didit.support.VerificationFixtures.WORKFLOW;
import static dev.onboardkit.didit.support.VerificationFixtures.WORKFLOW_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.support.VerificationClients;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkflowServiceTest {
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
  void createSendsTheLabelAndOrderedFeaturesWithTheirConfig() throws Exception {
    server.enqueue(json(201, WORKFLOW));
    DiditWorkflow created = client.workflows().create(DiditCreateWorkflowRequest.builder()
        .workflowLabel("KYC standard")
        .features(DiditWorkflowNode.of(DiditWorkflowFeature.OCR),
            DiditWorkflowNode.of(DiditWorkflowFeature.LIVENESS, Map.of("face_liveness_method", "PASSIVE")),
            DiditWorkflowNode.of(DiditWorkflowFeature.FACE_MATCH).withLabel("selfie vs document"),
            DiditWorkflowNode.ofRaw("HOLOGRAM_CHECK", Map.of()))
        .isDefault(false).status("draft").maxRetryAttempts(3)
        .build());
    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/workflows/", r.getTarget());
    assertEquals("{\"workflow_label\":\"KYC standard\",\"features\":[{\"feature\":\"OCR\"},{\"feature\":\"LIVENESS\","
        + "\"config\":{\"face_liveness_method\":\"PASSIVE\"}},{\"feature\":\"FACE_MATCH\",\"label\":\"selfie vs document\"},"
        + "{\"feature\":\"HOLOGRAM_CHECK\"}],\"is_default\":false,\"status\":\"draft\",\"max_retry_attempts\":3}", body(r));
    assertEquals(WORKFLOW_ID, created.id());
    assertEquals(WORKFLOW_ID, created.workflowId().orElseThrow());
    assertEquals("33333333-4444-5555-6666-777777777777", created.uuid().orElseThrow());
    assertEquals("KYC standard", created.workflowLabel().orElseThrow());
    assertEquals(List.of(DiditWorkflowFeature.OCR, DiditWorkflowFeature.LIVENESS, DiditWorkflowFeature.FACE_MATCH,
        DiditWorkflowFeature.UNKNOWN), created.features());
  }

  @Test
  void createIsNotRetriedOnceItReachedTheServer() {
    server.enqueue(json(500, "{\"detail\":\"boom\"}").newBuilder().setHeader("X-Should-Retry", "true").build());
    server.enqueue(json(201, WORKFLOW));
    assertThrows(InternalServerException.class, () -> client.workflows().create(DiditCreateWorkflowRequest.builder()
        .features(DiditWorkflowNode.of(DiditWorkflowFeature.OCR)).build()));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void createValidatesTheDocumentedRules() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> DiditCreateWorkflowRequest
        .builder().workflowLabel("x".repeat(51)).status("live").build());
    assertEquals(List.of("workflowLabel", "status", "features"),
        e.problems().stream().map(p -> p.field()).collect(Collectors.toList()));
    assertThrows(InvalidRequestException.class,
        () -> DiditCreateWorkflowRequest.builder().features(List.of()).build());
    assertThrows(InvalidRequestException.class, () -> DiditWorkflowNode.of(DiditWorkflowFeature.UNKNOWN));
    assertThrows(InvalidRequestException.class,
        () -> DiditCreateWorkflowRequest.builder().features((DiditWorkflowNode) null).build());
  }

  @Test
  void listAcceptsABareArrayOrALimitOffsetEnvelope() throws Exception {
    server.enqueue(json(200, "[" + WORKFLOW + "]"));
    assertEquals(1, client.workflows().list().items().size());
    assertEquals("/v3/workflows/", take().getTarget());

    String base = server.url("/v3").toString();
    server.enqueue(json(200, "{\"count\":2,\"next\":\"" + base + "/workflows/?offset=1\",\"previous\":null,"
        + "\"results\":[{\"uuid\":\"w1\"}]}"));
    server.enqueue(json(200, "{\"count\":2,\"next\":null,\"previous\":null,\"results\":[{\"workflow_id\":\"w2\"}]}"));
    assertEquals(List.of("w1", "w2"), client.workflows().list().stream().map(DiditWorkflow::id)
        .collect(Collectors.toList()));
    take();
    assertEquals("/v3/workflows/?offset=1", take().getTarget());

    server.enqueue(json(200, "[{\"workflow_label\":\"no id\"}]"));
    assertThrows(ResponseDecodingException.class, () -> client.workflows().list());
  }

  @Test
  void retrieveUpdateAndDeleteUseTheWorkflowPath() throws Exception {
    server.enqueue(json(200, WORKFLOW));
    client.workflows().retrieve(WORKFLOW_ID);
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/workflows/" + WORKFLOW_ID + "/", r.getTarget());

    server.enqueue(json(200, WORKFLOW));
    client.workflows().update(WORKFLOW_ID, DiditWorkflowUpdate.builder().workflowLabel("KYC v2")
        .features(List.of(DiditWorkflowNode.of(DiditWorkflowFeature.OCR))).isDesktopAllowed(true).build());
    r = take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/v3/workflows/" + WORKFLOW_ID + "/", r.getTarget());
    assertEquals("{\"workflow_label\":\"KYC v2\",\"features\":[{\"feature\":\"OCR\"}],\"is_desktop_allowed\":true}",
        body(r));

    server.enqueue(new MockResponse.Builder().code(204).build());
    assertEquals(Map.of(), client.workflows().delete(WORKFLOW_ID));
    r = take();
    assertEquals("DELETE", r.getMethod());
    assertEquals("/v3/workflows/" + WORKFLOW_ID + "/", r.getTarget());
  }

  @Test
  void everyDocumentedFeatureIsKnown() {
    List<String> documented = List.of("OCR", "NFC", "LIVENESS", "FACE_MATCH", "AGE_ESTIMATION", "PHONE_VERIFICATION",
        "EMAIL_VERIFICATION", "DATABASE_VALIDATION", "AML", "IP_ANALYSIS", "PROOF_OF_ADDRESS", "QUESTIONNAIRE",
        "KYB_REGISTRY", "KYB_DOCUMENTS", "KYB_KEY_PEOPLE");
    for (String feature : documented) {
      assertEquals(feature, DiditWorkflowFeature.fromWire(feature).wireValue());
    }
    assertEquals(documented.size() + 1, DiditWorkflowFeature.values().length);
  }
}
