package dev.onboardkit.didit.support;

import static dev.onboardkit.didit.support.TestClients.json;

import dev.onboardkit.core.error.ErrorBody;
import dev.onboardkit.core.internal.error.ErrorBodyDecoder;
import dev.onboardkit.core.webhook.WebhookVerificationException;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.DiditVerificationErrorClassifier;
import dev.onboardkit.didit.decisions.DiditChecks;
import dev.onboardkit.didit.sessions.DiditAddReviewRequest;
import dev.onboardkit.didit.sessions.DiditContactDetails;
import dev.onboardkit.didit.sessions.DiditCreateSessionRequest;
import dev.onboardkit.didit.sessions.DiditDeleteSessionRequest;
import dev.onboardkit.didit.sessions.DiditExpectedDetails;
import dev.onboardkit.didit.sessions.DiditListSessionsParams;
import dev.onboardkit.didit.sessions.DiditNodeToResubmit;
import dev.onboardkit.didit.sessions.DiditPoaDataUpdate;
import dev.onboardkit.didit.sessions.DiditSessionDataUpdate;
import dev.onboardkit.didit.sessions.DiditSessionPdf;
import dev.onboardkit.didit.sessions.DiditSessionStatus;
import dev.onboardkit.didit.sessions.DiditUpdateSessionStatusRequest;
import dev.onboardkit.didit.webhooks.DiditCreateWebhookDestinationRequest;
import dev.onboardkit.didit.webhooks.DiditWebhookDestinationUpdate;
import dev.onboardkit.didit.webhooks.DiditWebhookEvent;
import dev.onboardkit.didit.webhooks.DiditWebhookSettingsUpdate;
import dev.onboardkit.didit.webhooks.DiditWebhookSignature;
import dev.onboardkit.didit.webhooks.DiditWebhookVersion;
import dev.onboardkit.didit.webhooks.DiditWebhooks;
import dev.onboardkit.didit.workflows.DiditCreateWorkflowRequest;
import dev.onboardkit.didit.workflows.DiditWorkflowFeature;
import dev.onboardkit.didit.workflows.DiditWorkflowNode;
import dev.onboardkit.didit.workflows.DiditWorkflowUpdate;
import java.lang.reflect.Executable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** The verification API's part of didit-client's null-argument test: receivers, samples and a fake server's answers. */
public final class VerificationNullSupport {
  private VerificationNullSupport() {}

  /** Answers every Verification API path under {@code /v3} with a valid body, or null for other paths. */
  public static MockResponse answer(RecordedRequest r) {
    String path = r.getTarget();
    String m = r.getMethod();
    if (!path.startsWith("/v3/")) {
      return null;
    }
    MockResponse uploadFamilies = UploadFamiliesNullSupport.answer(r);
    if (uploadFamilies != null) {
      return uploadFamilies;
    }
    if (path.contains("/system/healthcheck")) {
      return new MockResponse.Builder().code(200).body("OK").build();
    }
    if (m.equals("DELETE")) {
      return new MockResponse.Builder().code(204).build();
    }
    if (path.contains("/generate-pdf")) {
      return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/pdf").body("%PDF-1.4").build();
    }
    if (path.contains("/decision/")) {
      return json(200, VerificationFixtures.DECISION);
    }
    if (path.startsWith("/v3/sessions/delete/")) {
      return json(200, "{\"results\":[]}");
    }
    if (path.startsWith("/v3/session/") && path.split("/").length == 3) {
      return json(201, VerificationFixtures.CREATED_SESSION);
    }
    if (path.contains("/reviews/")) {
      return json(200, m.equals("GET") ? "[]" : "{\"comment\":\"c\"}");
    }
    if (path.contains("/webhook/") && path.startsWith("/v3/session/")) {
      return json(200, path.endsWith("/resend") ? "{}" : VerificationFixtures.DELIVERY);
    }
    if (path.startsWith("/v3/sessions/") || path.endsWith("/webhooks/") || path.endsWith("/deliveries/")
        || (m.equals("GET") && (path.equals("/v3/workflows/") || path.equals("/v3/webhook/destinations/")))) {
      return json(200, "[]");
    }
    if (path.contains("/deliveries/")) {
      return json(200, VerificationFixtures.DELIVERY);
    }
    if (path.startsWith("/v3/workflows/")) {
      return json(200, VerificationFixtures.WORKFLOW);
    }
    if (path.startsWith("/v3/webhook/destinations/")) {
      return json(200, VerificationFixtures.DESTINATION);
    }
    if (path.equals("/v3/webhook/")) {
      return json(200, VerificationFixtures.SETTINGS);
    }
    return json(200, "{\"session_id\":\"s\"}");
  }

  /** A fresh receiver for each public verification type with instance methods that take arguments. */
  public static void receivers(Map<Class<?>, Supplier<Object>> r, DiditClient c, Supplier<DiditClient.Builder> b) {
    r.put(DiditClient.class, () -> c);
    r.put(DiditClient.Builder.class, b::get);
    r.put(DiditVerificationErrorClassifier.class, () -> DiditVerificationErrorClassifier.INSTANCE);
    services(r, dev.onboardkit.didit.sessions.DiditSessionService.class, c.sessions(), c.sessions().withRawResponse(),
        c.async().sessions(), c.async().sessions().withRawResponse());
    services(r, dev.onboardkit.didit.sessions.DiditSessionWebhookService.class, c.sessions().webhooks(),
        c.sessions().webhooks().withRawResponse(), c.async().sessions().webhooks(),
        c.async().sessions().webhooks().withRawResponse());
    services(r, dev.onboardkit.didit.workflows.DiditWorkflowService.class, c.workflows(),
        c.workflows().withRawResponse(), c.async().workflows(), c.async().workflows().withRawResponse());
    services(r, dev.onboardkit.didit.webhooks.DiditWebhookService.class, c.webhooks(), c.webhooks().withRawResponse(),
        c.async().webhooks(), c.async().webhooks().withRawResponse());
    services(r, dev.onboardkit.didit.webhooks.DiditWebhookDestinationService.class, c.webhooks().destinations(),
        c.webhooks().destinations().withRawResponse(), c.async().webhooks().destinations(),
        c.async().webhooks().destinations().withRawResponse());
    services(r, dev.onboardkit.didit.system.DiditSystemService.class, c.system(), c.system().withRawResponse(),
        c.async().system(), c.async().system().withRawResponse());
    r.put(DiditCreateSessionRequest.class, () -> createSession());
    r.put(DiditCreateSessionRequest.Builder.class, () -> DiditCreateSessionRequest.builder().workflowId("w"));
    r.put(DiditContactDetails.class, () -> DiditContactDetails.builder().email("a@b.co").build());
    r.put(DiditContactDetails.Builder.class, DiditContactDetails::builder);
    r.put(DiditExpectedDetails.class, () -> DiditExpectedDetails.builder().firstName("A").build());
    r.put(DiditExpectedDetails.Builder.class, DiditExpectedDetails::builder);
    r.put(DiditListSessionsParams.class, DiditListSessionsParams::none);
    r.put(DiditListSessionsParams.Builder.class, DiditListSessionsParams::builder);
    r.put(DiditUpdateSessionStatusRequest.class, () -> DiditUpdateSessionStatusRequest.of(DiditSessionStatus.APPROVED));
    r.put(DiditUpdateSessionStatusRequest.Builder.class,
        () -> DiditUpdateSessionStatusRequest.builder().newStatus(DiditSessionStatus.RESUBMITTED));
    r.put(DiditDeleteSessionRequest.class, () -> DiditDeleteSessionRequest.builder().build());
    r.put(DiditDeleteSessionRequest.Builder.class, DiditDeleteSessionRequest::builder);
    r.put(DiditSessionDataUpdate.class, () -> DiditSessionDataUpdate.builder().firstName("A").build());
    r.put(DiditSessionDataUpdate.Builder.class, DiditSessionDataUpdate::builder);
    r.put(DiditPoaDataUpdate.class, () -> DiditPoaDataUpdate.builder().issuer("I").build());
    r.put(DiditPoaDataUpdate.Builder.class, DiditPoaDataUpdate::builder);
    r.put(DiditAddReviewRequest.class, () -> DiditAddReviewRequest.comment("c"));
    r.put(DiditAddReviewRequest.Builder.class, DiditAddReviewRequest::builder);
    r.put(DiditNodeToResubmit.class, () -> DiditNodeToResubmit.of("n"));
    r.put(DiditSessionPdf.class, () -> DiditSessionPdf.of(new byte[] {1}, "application/pdf"));
    r.put(DiditCreateWorkflowRequest.class, () -> createWorkflow());
    r.put(DiditCreateWorkflowRequest.Builder.class,
        () -> DiditCreateWorkflowRequest.builder().features(List.of(DiditWorkflowNode.of(DiditWorkflowFeature.OCR))));
    r.put(DiditWorkflowUpdate.class, () -> DiditWorkflowUpdate.builder().workflowLabel("l").build());
    r.put(DiditWorkflowUpdate.Builder.class, DiditWorkflowUpdate::builder);
    r.put(DiditWorkflowNode.class, () -> DiditWorkflowNode.of(DiditWorkflowFeature.OCR));
    r.put(DiditCreateWebhookDestinationRequest.class, () -> createDestination());
    r.put(DiditCreateWebhookDestinationRequest.Builder.class,
        () -> DiditCreateWebhookDestinationRequest.builder().label("l").url("https://a.example/h"));
    r.put(DiditWebhookDestinationUpdate.class, () -> DiditWebhookDestinationUpdate.builder().enabled(true).build());
    r.put(DiditWebhookDestinationUpdate.Builder.class, DiditWebhookDestinationUpdate::builder);
    r.put(DiditWebhookSettingsUpdate.class, () -> DiditWebhookSettingsUpdate.builder().dataRetentionMonths(1).build());
    r.put(DiditWebhookSettingsUpdate.Builder.class, DiditWebhookSettingsUpdate::builder);
    r.put(DiditWebhooks.class, () -> DiditWebhooks.builder().secret("s3cret").build());
    r.put(DiditWebhooks.Builder.class, () -> DiditWebhooks.builder().secret("s3cret"));
    r.put(DiditChecks.class, () -> new dev.onboardkit.didit.decisions.DiditDecisionAccess().checks());
    UploadFamiliesNullSupport.receivers(r, c);
  }

  private static void services(Map<Class<?>, Supplier<Object>> r, Class<?> plain, Object sync, Object raw,
      Object async, Object asyncRaw) {
    String name = plain.getName();
    try {
      r.put(plain, () -> sync);
      r.put(Class.forName(name + "$WithRawResponse"), () -> raw);
      r.put(Class.forName(name + "Async"), () -> async);
      r.put(Class.forName(name + "Async$WithRawResponse"), () -> asyncRaw);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** Valid arguments of the verification types. */
  public static Map<Class<?>, Object> samples() {
    Map<Class<?>, Object> s = new HashMap<>();
    s.put(byte[].class, "{}".getBytes());
    s.put(Boolean.class, Boolean.TRUE);
    s.put(Integer.class, 1);
    s.put(Long.class, 1L);
    s.put(LocalDate.class, LocalDate.of(2026, 1, 1));
    s.put(ErrorBody.class, ErrorBodyDecoder.empty());
    s.put(DiditCreateSessionRequest.class, createSession());
    s.put(DiditContactDetails.class, DiditContactDetails.builder().email("a@b.co").build());
    s.put(DiditExpectedDetails.class, DiditExpectedDetails.builder().firstName("A").build());
    s.put(DiditListSessionsParams.class, DiditListSessionsParams.none());
    s.put(DiditUpdateSessionStatusRequest.class, DiditUpdateSessionStatusRequest.of(DiditSessionStatus.APPROVED));
    s.put(DiditDeleteSessionRequest.class, DiditDeleteSessionRequest.builder().faceRetentionDays(1).build());
    s.put(DiditSessionDataUpdate.class, DiditSessionDataUpdate.builder().firstName("A").build());
    s.put(DiditPoaDataUpdate.class, DiditPoaDataUpdate.builder().issuer("I").build());
    s.put(DiditAddReviewRequest.class, DiditAddReviewRequest.comment("c"));
    s.put(DiditSessionStatus.class, DiditSessionStatus.APPROVED);
    s.put(DiditCreateWorkflowRequest.class, createWorkflow());
    s.put(DiditWorkflowUpdate.class, DiditWorkflowUpdate.builder().workflowLabel("l").build());
    s.put(DiditWorkflowNode.class, DiditWorkflowNode.of(DiditWorkflowFeature.OCR));
    s.put(DiditWorkflowNode[].class, new DiditWorkflowNode[] {DiditWorkflowNode.of(DiditWorkflowFeature.OCR)});
    s.put(DiditWorkflowFeature.class, DiditWorkflowFeature.OCR);
    s.put(DiditCreateWebhookDestinationRequest.class, createDestination());
    s.put(DiditWebhookDestinationUpdate.class, DiditWebhookDestinationUpdate.builder().enabled(true).build());
    s.put(DiditWebhookSettingsUpdate.class, DiditWebhookSettingsUpdate.builder().dataRetentionMonths(1).build());
    s.put(DiditWebhookVersion.class, DiditWebhookVersion.V3);
    s.put(DiditWebhookSignature.class, DiditWebhookSignature.X_SIGNATURE);
    s.put(DiditWebhookEvent.class, new dev.onboardkit.didit.webhooks.DiditWebhookEventAccess().event());
    s.putAll(UploadFamiliesNullSupport.samples());
    return s;
  }

  /** Deliveries that fail verification are documented to throw {@link WebhookVerificationException}. */
  public static Optional<Class<? extends Throwable>> documented(Executable e) {
    return e.getDeclaringClass() == DiditWebhooks.class
        ? Optional.of(WebhookVerificationException.class) : Optional.empty();
  }

  static DiditCreateSessionRequest createSession() {
    return DiditCreateSessionRequest.builder().workflowId("w").vendorData("v").build();
  }

  static DiditCreateWorkflowRequest createWorkflow() {
    return DiditCreateWorkflowRequest.builder().features(List.of(DiditWorkflowNode.of(DiditWorkflowFeature.OCR)))
        .build();
  }

  static DiditCreateWebhookDestinationRequest createDestination() {
    return DiditCreateWebhookDestinationRequest.builder().label("l").url("https://a.example/h").build();
  }
}
