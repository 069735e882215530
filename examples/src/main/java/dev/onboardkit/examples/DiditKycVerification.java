package dev.onboardkit.examples;

import dev.onboardkit.core.webhook.WebhookVerificationException;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.applications.DiditApplication;
import dev.onboardkit.didit.decisions.DiditAmlScreening;
import dev.onboardkit.didit.decisions.DiditDecision;
import dev.onboardkit.didit.decisions.DiditFaceMatch;
import dev.onboardkit.didit.decisions.DiditIdVerification;
import dev.onboardkit.didit.sessions.DiditContactDetails;
import dev.onboardkit.didit.sessions.DiditCreateSessionRequest;
import dev.onboardkit.didit.sessions.DiditSession;
import dev.onboardkit.didit.webhooks.DiditCreateWebhookDestinationRequest;
import dev.onboardkit.didit.webhooks.DiditVerifiedWebhook;
import dev.onboardkit.didit.webhooks.DiditWebhookDestination;
import dev.onboardkit.didit.webhooks.DiditWebhookEvent;
import dev.onboardkit.didit.webhooks.DiditWebhookEventType;
import dev.onboardkit.didit.webhooks.DiditWebhookVersion;
import dev.onboardkit.didit.webhooks.DiditWebhooks;
import dev.onboardkit.didit.workflows.DiditCreateWorkflowRequest;
import dev.onboardkit.didit.workflows.DiditWorkflow;
import dev.onboardkit.didit.workflows.DiditWorkflowFeature;
import dev.onboardkit.didit.workflows.DiditWorkflowNode;
import dev.onboardkit.testkit.WebhookDelivery;
import dev.onboardkit.testkit.didit.DiditOutcome;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Example 7, KYC end to end with the Didit Verification API: the application's API key from the Auth API, a workflow,
 * a webhook destination, a session for a user, (the fake completes it), the signed webhook verified, the decision.
 */
public final class DiditKycVerification implements Example {
  static final String EMAIL = "reseller@acme-reseller.io";
  static final String PASSWORD = "Sup3r-Secret!pass";

  @Override
  public String title() {
    return "7. Didit KYC: API key from the Auth API, workflow, session, signed webhook, decision";
  }

  @Override
  public void run(ExampleContext ctx) {
    if (ctx.realDidit() && !ctx.realDiditVerification()) {
      ctx.report().note("the Auth API is real but DIDIT_API_KEY is not set: skipped");
      return;
    }
    List<WebhookDelivery> received = new CopyOnWriteArrayList<>();
    ctx.verificationFakeIfUsed().ifPresent(fake -> fake.onWebhook(received::add));
    try (DiditClient didit = ctx.realDiditVerification() ? ctx.diditVerificationFromEnv().build()
        : verificationClient(applicationFromAuthApi(ctx), ctx.verificationUrl())) {
      DiditWorkflow workflow = didit.workflows().create(DiditCreateWorkflowRequest.builder()
          .workflowLabel("KYC with liveness")
          .features(DiditWorkflowNode.of(DiditWorkflowFeature.OCR),
              DiditWorkflowNode.of(DiditWorkflowFeature.LIVENESS, Map.of("face_liveness_method", "PASSIVE")),
              DiditWorkflowNode.of(DiditWorkflowFeature.FACE_MATCH),
              DiditWorkflowNode.of(DiditWorkflowFeature.AML))
          .build());
      ctx.report().call("POST /workflows/", "workflow " + workflow.id() + " with " + workflow.features());

      DiditWebhookDestination destination = didit.webhooks().destinations().create(
          DiditCreateWebhookDestinationRequest.builder().label("Onboarding backend")
              .url("https://app.example.com/webhooks/didit").webhookVersion(DiditWebhookVersion.V3)
              .subscribedEvents(List.of(DiditWebhookEventType.STATUS_UPDATED.wireValue())).build());
      DiditWebhooks webhooks = DiditWebhooks.builder().secret(destination.secretSharedKey().orElseThrow()).build();
      ctx.report().call("POST /webhook/destinations/", "destination " + destination.uuid() + " for "
          + destination.subscribedEvents() + ", signing secret received");

      String userId = "user-42";
      String email = "ana.garcia@example.com";
      DiditSession session = didit.sessions().create(DiditCreateSessionRequest.builder()
          .workflowId(workflow.id())
          .vendorData(userId)                      // an unfinished session of this user is returned again
          .contactDetails(DiditContactDetails.builder().email(email).build())
          .callback("https://app.example.com/verified")
          .build());
      // send the user to session.url()
      ctx.report().call("POST /session/", "session " + session.sessionId() + " (" + session.status().wireValue()
          + "), verification link issued");

      if (ctx.verificationFakeIfUsed().isEmpty()) {
        ctx.report().note("real API: the user now verifies at the link; the webhook arrives at your endpoint");
        return;
      }
      FakeDiditVerificationServer fake = ctx.verificationFakeIfUsed().get();
      fake.userStarted(session.sessionId());                     // in real life: the user opens the link
      fake.complete(session.sessionId(), DiditOutcome.APPROVED);  // ... and finishes the flow
      for (WebhookDelivery delivery : received) {
        int status = onDiditWebhook(webhooks, delivery.bodyBytes(), delivery.headers(), ctx.report());
        ctx.report().call("webhook " + delivery.type(), "answered " + status);
      }

      DiditDecision decision = didit.sessions().decision(session.sessionId());
      DiditIdVerification id = decision.idVerifications().first().orElseThrow();
      DiditFaceMatch face = decision.faceMatches().first().orElseThrow();
      DiditAmlScreening aml = decision.amlScreenings().first().orElseThrow();
      ctx.report().call("GET /session/" + session.sessionId() + "/decision/", decision.status().wireValue() + ": "
          + id.fullName().orElse("?") + ", document " + id.documentType().orElse("?") + " ("
          + id.issuingState().orElse("?") + "), face match " + face.score().orElse(0.0) + ", AML hits "
          + aml.totalHits().orElse(0) + ", NFC " + (decision.nfcVerifications().hasRun() ? "ran" : "not run"));
    }
  }

  /** In the fake: the reseller account of example 5 (created here if missing), and its default application. */
  private static DiditApplication applicationFromAuthApi(ExampleContext ctx) {
    FakeDiditServer auth = ctx.diditFakeIfUsed().orElseThrow();
    if (!auth.isVerified(EMAIL)) {
      auth.createVerifiedAccount(EMAIL, PASSWORD);
    }
    try (DiditAuthClient accounts = ctx.diditBuilder().credentials(EMAIL, PASSWORD).build()) {
      String org = accounts.organizations().list().get(0).uuid();
      String appId = accounts.applications(org).list().get(0).uuid();
      DiditApplication app = accounts.applications(org).retrieve(appId);
      ctx.report().call("GET /organizations/me/" + org + "/applications/" + appId + "/", "the application's API key");
      return app;
    }
  }

  /**
   * The application's API key from the Auth API flows into the verification client in one line.
   *
   * @param app the application, from {@code verifyEmail(...).application()} or {@code applications(org).retrieve}
   * @param verificationUrl the Verification API's base URL
   * @return the client
   */
  static DiditClient verificationClient(DiditApplication app, URI verificationUrl) {
    DiditClient didit = DiditClient.builder()
        .apiKey(app.apiKey().orElseThrow())   // the application's key, from the Auth API
        .baseUrl(verificationUrl)             // omit for production: https://verification.didit.me/v3
        .build();
    return didit;
  }

  /**
   * What your webhook endpoint does with a delivery: verify it with the destination's secret, then act on the event.
   *
   * @param webhooks the verifier
   * @param rawBody the request body exactly as received
   * @param headers the request headers
   * @param report where to report
   * @return the HTTP status to answer with
   */
  static int onDiditWebhook(DiditWebhooks webhooks, byte[] rawBody, Map<String, String> headers, Report report) {
    try {
      DiditVerifiedWebhook verified = webhooks.verifyAndParse(rawBody, headers);
      DiditWebhookEvent event = verified.event();
      report.note("event " + event.eventId().orElse("?") + ": session " + event.sessionId().orElse("?") + " is "
          + event.status().wireValue() + " (verified by " + verified.signature().headerName() + ")");
      return 200;
    } catch (WebhookVerificationException e) {
      report.note("rejected: " + e.reason());
      return 401;
    }
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    Example.runAlone(new DiditKycVerification());
  }
}
