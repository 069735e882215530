package dev.onboardkit.examples;

import dev.onboardkit.core.Secret;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.decisions.DiditDecision;
import dev.onboardkit.didit.decisions.DiditFaceMatch;
import dev.onboardkit.didit.sessions.DiditCreateSessionRequest;
import dev.onboardkit.didit.sessions.DiditListSessionsParams;
import dev.onboardkit.didit.sessions.DiditNodeToResubmit;
import dev.onboardkit.didit.sessions.DiditSession;
import dev.onboardkit.didit.sessions.DiditSessionPdf;
import dev.onboardkit.didit.sessions.DiditSessionStatus;
import dev.onboardkit.didit.sessions.DiditSessionSummary;
import dev.onboardkit.didit.sessions.DiditUpdateSessionStatusRequest;
import dev.onboardkit.didit.webhooks.DiditWebhookDestination;
import dev.onboardkit.didit.webhooks.DiditWebhookEvent;
import dev.onboardkit.didit.webhooks.DiditWebhooks;
import dev.onboardkit.testkit.WebhookDelivery;
import dev.onboardkit.testkit.didit.DiditOutcome;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Example 8, day-to-day Didit session operations: list sessions with auto-paging, export a PDF report, and send a
 * declined session back to the user to redo the failed step.
 */
public final class DiditSessionOperations implements Example {
  @Override
  public String title() {
    return "8. Didit operations: list sessions (auto-paging), export a PDF, re-verify a declined session";
  }

  @Override
  public void run(ExampleContext ctx) {
    if (ctx.verificationFakeIfUsed().isEmpty()) {
      ctx.report().note("needs sessions to complete, which only the fake can do here: skipped against the real API");
      return;
    }
    FakeDiditVerificationServer fake = ctx.verificationFakeIfUsed().get();
    List<WebhookDelivery> received = new CopyOnWriteArrayList<>();
    fake.onWebhook(received::add);
    try (DiditClient didit = DiditClient.builder().apiKey(fake.issueApiKey()).baseUrl(fake.baseUrl()).build()) {
      for (int i = 0; i < 12; i++) {
        DiditSession s = didit.sessions().create(DiditCreateSessionRequest.builder()
            .workflowId(fake.defaultWorkflowId()).vendorData("batch-user-" + i).build());
        fake.complete(s.sessionId(), i % 4 == 0 ? DiditOutcome.DECLINED : DiditOutcome.APPROVED);
      }

      int approved = 0;
      for (DiditSessionSummary s : didit.sessions().list(DiditListSessionsParams.builder()
          .status(DiditSessionStatus.APPROVED).limit(5).build()).autoPager()) {   // follows next, page by page
        approved++;
      }
      ctx.report().call("GET /sessions/?status=Approved&limit=5 (auto-paging)", approved + " approved sessions");

      DiditSessionSummary declined = didit.sessions().list(DiditListSessionsParams.builder()
          .status(DiditSessionStatus.DECLINED).build()).items().get(0);

      DiditSessionPdf report = didit.sessions().generatePdf(declined.sessionId());
      // Files.write(Path.of(declined.sessionId() + ".pdf"), report.bytes());
      ctx.report().call("GET /session/" + declined.sessionId() + "/generate-pdf", report.contentType() + ", "
          + report.size() + " bytes" + (report.isPdf() ? ", a PDF" : ""));

      DiditDecision decision = didit.sessions().decision(declined.sessionId());
      DiditFaceMatch failed = decision.faceMatches().first().orElseThrow();
      didit.sessions().updateStatus(declined.sessionId(), DiditUpdateSessionStatusRequest.builder()
          .newStatus(DiditSessionStatus.RESUBMITTED)
          .nodesToResubmit(List.of(DiditNodeToResubmit.of(failed.nodeId().orElseThrow(), "FACE_MATCH")))
          .comment("Please retake the selfie in better light")
          .build());
      ctx.report().call("PATCH /session/" + declined.sessionId() + "/update-status/",
          "Resubmitted: the user redoes " + failed.nodeId().orElseThrow() + " (face match score "
              + failed.score().orElse(0.0) + ")");

      DiditWebhooks webhooks = DiditWebhooks.builder().secret(signingSecret(didit)).build();
      WebhookDelivery last = received.get(received.size() - 1);
      DiditWebhookEvent event = webhooks.verifyAndParse(last.bodyBytes(), last.headers()).event();
      ctx.report().call("webhook " + last.type(), event.status().wireValue() + ", nodes to redo "
          + event.resubmitInfo().orElseThrow().nodeIds());
      ctx.report().note("session " + declined.sessionId() + " is now " + fake.sessionStatus(declined.sessionId())
          .orElse("?"));
    }
  }

  /** The secret deliveries are signed with: the first destination's, or the legacy settings' when there is none. */
  private static Secret signingSecret(DiditClient didit) {
    List<DiditWebhookDestination> destinations = didit.webhooks().destinations().list().items();
    return destinations.isEmpty() ? didit.webhooks().settings().secretSharedKey().orElseThrow()
        : didit.webhooks().destinations().retrieve(destinations.get(0).uuid()).secretSharedKey().orElseThrow();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    Example.runAlone(new DiditSessionOperations());
  }
}
