package dev.onboardkit.reliability;

import dev.onboardkit.core.paging.CursorPage;
import dev.onboardkit.didit.sessions.DiditAddReviewRequest;
import dev.onboardkit.didit.sessions.DiditCreateSessionRequest;
import dev.onboardkit.didit.sessions.DiditDeleteSessionRequest;
import dev.onboardkit.didit.sessions.DiditListSessionsParams;
import dev.onboardkit.didit.sessions.DiditPoaDataUpdate;
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
import dev.onboardkit.reliability.HostileEndpoints.Endpoint;
import java.util.List;
import java.util.Map;

/**
 * The Didit Verification API's endpoints for the hostile-response tests: every response decoder of
 * {@code DiditClient}, named {@code "didit verification ..."}. A list drains its auto-pager (blocking) so that the
 * paging decoder and the next-link rules meet every generated body.
 */
final class VerificationEndpoints {
  static final String SESSION = "s-1";
  static final String PREFIX = "didit verification ";

  private VerificationEndpoints() {}

  static void addTo(Map<String, Endpoint> all) {
    DiditCreateSessionRequest create = DiditCreateSessionRequest.builder().workflowId("w-1").vendorData("user-1")
        .build();
    DiditUpdateSessionStatusRequest status = DiditUpdateSessionStatusRequest.of(DiditSessionStatus.APPROVED);
    DiditCreateWorkflowRequest workflow = DiditCreateWorkflowRequest.builder().workflowLabel("KYC")
        .features(DiditWorkflowNode.of(DiditWorkflowFeature.OCR)).build();
    DiditCreateWebhookDestinationRequest destination = DiditCreateWebhookDestinationRequest.builder().label("l")
        .url("https://hooks.example.com/didit").subscribedEvents(List.of("status.updated")).build();
    all.put(PREFIX + "create session", (k, d, v, a) -> a ? v.async().sessions().create(create)
        : v.sessions().create(create));
    all.put(PREFIX + "decision", (k, d, v, a) -> a ? v.async().sessions().decision(SESSION, true)
        : v.sessions().decision(SESSION, true));
    all.put(PREFIX + "list sessions", (k, d, v, a) -> a
        ? v.async().sessions().list(DiditListSessionsParams.builder().limit(1).build())
        : drained(v.sessions().list(DiditListSessionsParams.builder().limit(1).build())));
    all.put(PREFIX + "update status", (k, d, v, a) -> a ? v.async().sessions().updateStatus(SESSION, status)
        : v.sessions().updateStatus(SESSION, status));
    all.put(PREFIX + "delete session", (k, d, v, a) -> a
        ? v.async().sessions().delete(SESSION, DiditDeleteSessionRequest.builder().retainFaceEmbeddings(true).build())
        : v.sessions().delete(SESSION, DiditDeleteSessionRequest.builder().retainFaceEmbeddings(true).build()));
    all.put(PREFIX + "delete many", (k, d, v, a) -> a ? v.async().sessions().deleteMany(List.of(1L))
        : v.sessions().deleteMany(List.of(1L)));
    all.put(PREFIX + "generate pdf", (k, d, v, a) -> a ? v.async().sessions().generatePdf(SESSION)
        : v.sessions().generatePdf(SESSION));
    all.put(PREFIX + "update data", (k, d, v, a) -> a
        ? v.async().sessions().updateData(SESSION, DiditSessionDataUpdate.builder().firstName("Ana").build())
        : v.sessions().updateData(SESSION, DiditSessionDataUpdate.builder().firstName("Ana").build()));
    all.put(PREFIX + "update poa data", (k, d, v, a) -> a
        ? v.async().sessions().updatePoaData(SESSION, DiditPoaDataUpdate.builder().issuer("Utility").build())
        : v.sessions().updatePoaData(SESSION, DiditPoaDataUpdate.builder().issuer("Utility").build()));
    all.put(PREFIX + "reviews", (k, d, v, a) -> a ? v.async().sessions().reviews(SESSION)
        : v.sessions().reviews(SESSION));
    all.put(PREFIX + "add review", (k, d, v, a) -> a
        ? v.async().sessions().addReview(SESSION, DiditAddReviewRequest.comment("note"))
        : v.sessions().addReview(SESSION, DiditAddReviewRequest.comment("note")));
    all.put(PREFIX + "session webhooks", (k, d, v, a) -> a ? v.async().sessions().webhooks().list(SESSION)
        : drained(v.sessions().webhooks().list(SESSION)));
    all.put(PREFIX + "session webhook", (k, d, v, a) -> a ? v.async().sessions().webhooks().retrieve(SESSION, "w-1")
        : v.sessions().webhooks().retrieve(SESSION, "w-1"));
    all.put(PREFIX + "resend webhook", (k, d, v, a) -> a ? v.async().sessions().webhooks().resend(SESSION, "w-1")
        : v.sessions().webhooks().resend(SESSION, "w-1"));
    all.put(PREFIX + "list workflows", (k, d, v, a) -> a ? v.async().workflows().list()
        : drained(v.workflows().list()));
    all.put(PREFIX + "create workflow", (k, d, v, a) -> a ? v.async().workflows().create(workflow)
        : v.workflows().create(workflow));
    all.put(PREFIX + "retrieve workflow", (k, d, v, a) -> a ? v.async().workflows().retrieve("w-1")
        : v.workflows().retrieve("w-1"));
    all.put(PREFIX + "update workflow", (k, d, v, a) -> a
        ? v.async().workflows().update("w-1", DiditWorkflowUpdate.builder().workflowLabel("KYC 2").build())
        : v.workflows().update("w-1", DiditWorkflowUpdate.builder().workflowLabel("KYC 2").build()));
    all.put(PREFIX + "delete workflow", (k, d, v, a) -> a ? v.async().workflows().delete("w-1")
        : v.workflows().delete("w-1"));
    all.put(PREFIX + "list destinations", (k, d, v, a) -> a ? v.async().webhooks().destinations().list()
        : drained(v.webhooks().destinations().list()));
    all.put(PREFIX + "create destination", (k, d, v, a) -> a ? v.async().webhooks().destinations().create(destination)
        : v.webhooks().destinations().create(destination));
    all.put(PREFIX + "retrieve destination", (k, d, v, a) -> a ? v.async().webhooks().destinations().retrieve("h-1")
        : v.webhooks().destinations().retrieve("h-1"));
    all.put(PREFIX + "update destination", (k, d, v, a) -> a
        ? v.async().webhooks().destinations().update("h-1", DiditWebhookDestinationUpdate.builder().enabled(false)
            .build())
        : v.webhooks().destinations().update("h-1", DiditWebhookDestinationUpdate.builder().enabled(false).build()));
    all.put(PREFIX + "delete destination", (k, d, v, a) -> a ? v.async().webhooks().destinations().delete("h-1")
        : v.webhooks().destinations().delete("h-1"));
    all.put(PREFIX + "destination deliveries", (k, d, v, a) -> a
        ? v.async().webhooks().destinations().deliveries("h-1")
        : drained(v.webhooks().destinations().deliveries("h-1")));
    all.put(PREFIX + "destination delivery", (k, d, v, a) -> a
        ? v.async().webhooks().destinations().delivery("h-1", "x-1")
        : v.webhooks().destinations().delivery("h-1", "x-1"));
    all.put(PREFIX + "webhook settings", (k, d, v, a) -> a ? v.async().webhooks().settings()
        : v.webhooks().settings());
    all.put(PREFIX + "update webhook settings", (k, d, v, a) -> a
        ? v.async().webhooks().updateSettings(DiditWebhookSettingsUpdate.builder().captureMethod("both").build())
        : v.webhooks().updateSettings(DiditWebhookSettingsUpdate.builder().captureMethod("both").build()));
    all.put(PREFIX + "health check", (k, d, v, a) -> a ? v.async().system().healthCheck()
        : v.system().healthCheck());
    UploadFamilyEndpoints.addTo(all);
  }

  private static Object drained(CursorPage<?> page) {
    HostileEndpoints.drainAutoPager(page);
    return page;
  }
}
