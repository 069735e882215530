package dev.onboardkit.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.sessions.DiditAddReviewRequest;
import dev.onboardkit.didit.sessions.DiditCreateSessionRequest;
import dev.onboardkit.didit.sessions.DiditDeleteSessionRequest;
import dev.onboardkit.didit.sessions.DiditListSessionsParams;
import dev.onboardkit.didit.sessions.DiditPoaDataUpdate;
import dev.onboardkit.didit.sessions.DiditSession;
import dev.onboardkit.didit.sessions.DiditSessionDataUpdate;
import dev.onboardkit.didit.sessions.DiditSessionStatus;
import dev.onboardkit.didit.sessions.DiditUpdateSessionStatusRequest;
import dev.onboardkit.didit.webhooks.DiditCreateWebhookDestinationRequest;
import dev.onboardkit.didit.webhooks.DiditWebhookDestinationUpdate;
import dev.onboardkit.didit.webhooks.DiditWebhookSettingsUpdate;
import dev.onboardkit.didit.workflows.DiditCreateWorkflowRequest;
import dev.onboardkit.didit.workflows.DiditWorkflowFeature;
import dev.onboardkit.didit.workflows.DiditWorkflowNode;
import dev.onboardkit.didit.workflows.DiditWorkflowUpdate;
import dev.onboardkit.reliability.DocumentedBodies.Documented;
import dev.onboardkit.testkit.didit.DiditOutcome;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import java.util.List;
import java.util.Map;

/** The documented success bodies of {@link VerificationEndpoints}, captured from the Verification API fake. */
final class VerificationBodies {
  private static final String P = VerificationEndpoints.PREFIX;

  private VerificationBodies() {}

  static void capture(Map<String, Documented> out) throws Exception {
    try (FakeDiditVerificationServer fake = FakeDiditVerificationServer.start();
        RecordingTransport recording = new RecordingTransport();
        DiditClient v = DiditClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).transport(recording)
            .build()) {
      String workflowId = v.workflows().create(DiditCreateWorkflowRequest.builder().workflowLabel("KYC with PoA")
          .features(DiditWorkflowNode.of(DiditWorkflowFeature.OCR), DiditWorkflowNode.of(DiditWorkflowFeature.LIVENESS),
              DiditWorkflowNode.of(DiditWorkflowFeature.FACE_MATCH), DiditWorkflowNode.of(DiditWorkflowFeature.AML),
              DiditWorkflowNode.of(DiditWorkflowFeature.PROOF_OF_ADDRESS)).build()).id();
      keep(out, "create workflow", recording);
      String destination = v.webhooks().destinations().create(DiditCreateWebhookDestinationRequest.builder()
          .label("Backend").url("https://hooks.example.com/didit").subscribedEvents(List.of("status.updated"))
          .build()).uuid();
      keep(out, "create destination", recording);
      DiditSession session = v.sessions().create(DiditCreateSessionRequest.builder().workflowId(workflowId)
          .vendorData("user-1").metadata(Map.of("plan", "premium", "score", 1.5)).build());
      keep(out, "create session", recording);
      String id = session.sessionId();
      fake.complete(id, DiditOutcome.IN_REVIEW);
      v.sessions().decision(id, true);
      keep(out, "decision", recording);
      v.sessions().create(DiditCreateSessionRequest.builder().workflowId(workflowId).vendorData("user-2").build());
      v.sessions().list(DiditListSessionsParams.builder().limit(1).build());
      keep(out, "list sessions", recording);
      v.sessions().updateData(id, DiditSessionDataUpdate.builder().firstName("Ana").build());
      keep(out, "update data", recording);
      v.sessions().updatePoaData(id, DiditPoaDataUpdate.builder().issuer("Utility").build());
      keep(out, "update poa data", recording);
      v.sessions().updateStatus(id, DiditUpdateSessionStatusRequest.of(DiditSessionStatus.APPROVED));
      keep(out, "update status", recording);
      v.sessions().addReview(id, DiditAddReviewRequest.comment("Checked by hand"));
      keep(out, "add review", recording);
      v.sessions().reviews(id);
      keep(out, "reviews", recording);
      v.sessions().generatePdf(id);
      keep(out, "generate pdf", recording);
      String delivery = v.sessions().webhooks().list(id).items().get(0).uuid().orElseThrow();
      keep(out, "session webhooks", recording);
      v.sessions().webhooks().retrieve(id, delivery);
      keep(out, "session webhook", recording);
      v.sessions().webhooks().resend(id, delivery);
      keep(out, "resend webhook", recording);
      v.workflows().list();
      keep(out, "list workflows", recording);
      v.workflows().retrieve(workflowId);
      keep(out, "retrieve workflow", recording);
      v.workflows().update(workflowId, DiditWorkflowUpdate.builder().workflowLabel("KYC with PoA, v2").build());
      keep(out, "update workflow", recording);
      v.webhooks().destinations().list();
      keep(out, "list destinations", recording);
      v.webhooks().destinations().retrieve(destination);
      keep(out, "retrieve destination", recording);
      v.webhooks().destinations().update(destination, DiditWebhookDestinationUpdate.builder().enabled(true).build());
      keep(out, "update destination", recording);
      String destinationDelivery = v.webhooks().destinations().deliveries(destination).items().get(0).uuid()
          .orElseThrow();
      keep(out, "destination deliveries", recording);
      v.webhooks().destinations().delivery(destination, destinationDelivery);
      keep(out, "destination delivery", recording);
      v.webhooks().settings();
      keep(out, "webhook settings", recording);
      v.webhooks().updateSettings(DiditWebhookSettingsUpdate.builder().captureMethod("mobile").build());
      keep(out, "update webhook settings", recording);
      v.system().healthCheck();
      keep(out, "health check", recording);
      v.sessions().deleteMany(List.of(1_000_000L));
      keep(out, "delete many", recording);
      v.sessions().delete(id, DiditDeleteSessionRequest.builder().retainFaceEmbeddings(true).build());
      keep(out, "delete session", recording);
      v.webhooks().destinations().delete(destination);
      keep(out, "delete destination", recording);
      v.workflows().delete(workflowId);
      keep(out, "delete workflow", recording);
      UploadFamilyBodies.capture(out, fake, recording, v);
      SuiteSecrets.addAll(fake.issuedSecrets());
    }
  }

  private static void keep(Map<String, Documented> out, String name, RecordingTransport recording) {
    HttpResponse r = recording.last;
    assertTrue(r.isSuccessful(), name + " " + r);
    out.put(P + name, Documented.of(r));
  }
}
