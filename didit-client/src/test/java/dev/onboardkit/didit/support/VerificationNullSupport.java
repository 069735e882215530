package dev.onboardkit.didit.support;

import static dev.onboardkit.didit.support.TestClients.json;

import dev.onboardkit.core.error.ErrorBody;
import dev.onboardkit.core.internal.error.ErrorBodyDecoder;
import dev.onboardkit.core.webhook.WebhookVerificationException;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.DiditVerificationErrorClassifier;
import dev.onboardkit.didit.businesses.DiditBusinessUpdate;
import dev.onboardkit.didit.businesses.DiditCreateBusinessRequest;
import dev.onboardkit.didit.businesses.DiditDeleteBusinessesRequest;
import dev.onboardkit.didit.businesses.DiditListBusinessesParams;
import dev.onboardkit.didit.decisions.DiditChecks;
import dev.onboardkit.didit.questionnaires.DiditCreateQuestionnaireRequest;
import dev.onboardkit.didit.questionnaires.DiditQuestionnaireUpdate;
import dev.onboardkit.didit.sessions.DiditAddReviewRequest;
import dev.onboardkit.didit.sessions.DiditContactDetails;
import dev.onboardkit.didit.sessions.DiditCreateImportRequest;
import dev.onboardkit.didit.sessions.DiditCreateSessionRequest;
import dev.onboardkit.didit.sessions.DiditDeleteSessionRequest;
import dev.onboardkit.didit.sessions.DiditExpectedDetails;
import dev.onboardkit.didit.sessions.DiditImportFormat;
import dev.onboardkit.didit.sessions.DiditImportTemplate;
import dev.onboardkit.didit.sessions.DiditImportType;
import dev.onboardkit.didit.sessions.DiditListSessionsParams;
import dev.onboardkit.didit.sessions.DiditNodeToResubmit;
import dev.onboardkit.didit.sessions.DiditPoaDataUpdate;
import dev.onboardkit.didit.sessions.DiditSessionDataUpdate;
import dev.onboardkit.didit.sessions.DiditSessionPdf;
import dev.onboardkit.didit.sessions.DiditSessionStatus;
import dev.onboardkit.didit.sessions.DiditUpdateSessionStatusRequest;
import dev.onboardkit.didit.users.DiditCreateUserRequest;
import dev.onboardkit.didit.users.DiditEntityStatus;
import dev.onboardkit.didit.users.DiditListUsersParams;
import dev.onboardkit.didit.users.DiditUserUpdate;
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
    String bare = path.split("\\?", 2)[0];
    if (m.equals("GET") && (bare.equals("/v3/users/") || bare.equals("/v3/businesses/")
        || bare.equals("/v3/questionnaires/") || bare.endsWith("/errors/"))) {
      return json(200, "[]");
    }
    if (path.equals("/v3/session/imports/template/")) {
      return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/csv").body("vendor_data\n").build();
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
    services(r, dev.onboardkit.didit.sessions.DiditSessionImportService.class, c.sessions().imports(),
        c.sessions().imports().withRawResponse(), c.async().sessions().imports(),
        c.async().sessions().imports().withRawResponse());
    services(r, dev.onboardkit.didit.users.DiditUserService.class, c.users(), c.users().withRawResponse(),
        c.async().users(), c.async().users().withRawResponse());
    services(r, dev.onboardkit.didit.businesses.DiditBusinessService.class, c.businesses(),
        c.businesses().withRawResponse(), c.async().businesses(), c.async().businesses().withRawResponse());
    services(r, dev.onboardkit.didit.questionnaires.DiditQuestionnaireService.class, c.questionnaires(),
        c.questionnaires().withRawResponse(), c.async().questionnaires(),
        c.async().questionnaires().withRawResponse());
    r.put(DiditCreateUserRequest.class, () -> DiditCreateUserRequest.of("user-1"));
    r.put(DiditCreateUserRequest.Builder.class, () -> DiditCreateUserRequest.builder().vendorData("user-1"));
    r.put(DiditUserUpdate.class, () -> DiditUserUpdate.builder().displayName("d").build());
    r.put(DiditUserUpdate.Builder.class, DiditUserUpdate::builder);
    r.put(DiditListUsersParams.class, DiditListUsersParams::none);
    r.put(DiditListUsersParams.Builder.class, DiditListUsersParams::builder);
    r.put(DiditCreateBusinessRequest.class, () -> DiditCreateBusinessRequest.builder().vendorData("b").build());
    r.put(DiditCreateBusinessRequest.Builder.class, DiditCreateBusinessRequest::builder);
    r.put(DiditBusinessUpdate.class, () -> DiditBusinessUpdate.builder().legalName("l").build());
    r.put(DiditBusinessUpdate.Builder.class, DiditBusinessUpdate::builder);
    r.put(DiditListBusinessesParams.class, DiditListBusinessesParams::none);
    r.put(DiditListBusinessesParams.Builder.class, DiditListBusinessesParams::builder);
    r.put(DiditDeleteBusinessesRequest.class, () -> DiditDeleteBusinessesRequest.ofVendorData(List.of("b")));
    r.put(DiditDeleteBusinessesRequest.Builder.class,
        () -> DiditDeleteBusinessesRequest.builder().vendorDataList(List.of("b")));
    r.put(DiditCreateQuestionnaireRequest.class, () -> createQuestionnaire());
    r.put(DiditCreateQuestionnaireRequest.Builder.class,
        () -> DiditCreateQuestionnaireRequest.builder().title("t").questions(List.of(Map.of("type", "text"))));
    r.put(DiditQuestionnaireUpdate.class, () -> DiditQuestionnaireUpdate.builder().title("t").build());
    r.put(DiditQuestionnaireUpdate.Builder.class, DiditQuestionnaireUpdate::builder);
    r.put(DiditCreateImportRequest.class, () -> DiditCreateImportRequest.of("https://a.example/f.csv"));
    r.put(DiditCreateImportRequest.Builder.class,
        () -> DiditCreateImportRequest.builder().sourceFileUrl("https://a.example/f.csv"));
    r.put(DiditImportTemplate.class, () -> DiditImportTemplate.of("text/csv", "vendor_data", Map.of()));
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
    s.put(DiditCreateUserRequest.class, DiditCreateUserRequest.of("user-1"));
    s.put(DiditUserUpdate.class, DiditUserUpdate.builder().displayName("d").build());
    s.put(DiditListUsersParams.class, DiditListUsersParams.builder().limit(10).build());
    s.put(DiditEntityStatus.class, DiditEntityStatus.BLOCKED);
    s.put(DiditCreateBusinessRequest.class, DiditCreateBusinessRequest.builder().vendorData("b").build());
    s.put(DiditBusinessUpdate.class, DiditBusinessUpdate.builder().legalName("l").build());
    s.put(DiditListBusinessesParams.class, DiditListBusinessesParams.builder().offset(0).build());
    s.put(DiditDeleteBusinessesRequest.class, DiditDeleteBusinessesRequest.ofVendorData(List.of("b")));
    s.put(DiditCreateQuestionnaireRequest.class, createQuestionnaire());
    s.put(DiditQuestionnaireUpdate.class, DiditQuestionnaireUpdate.builder().title("t").build());
    s.put(DiditCreateImportRequest.class, DiditCreateImportRequest.of("https://a.example/f.csv"));
    s.put(DiditImportType.class, DiditImportType.USER_VERIFICATION);
    s.put(DiditImportFormat.class, DiditImportFormat.CSV);
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

  static DiditCreateQuestionnaireRequest createQuestionnaire() {
    return DiditCreateQuestionnaireRequest.builder().title("t").questions(List.of(Map.of("type", "text"))).build();
  }

  static DiditCreateWorkflowRequest createWorkflow() {
    return DiditCreateWorkflowRequest.builder().features(List.of(DiditWorkflowNode.of(DiditWorkflowFeature.OCR)))
        .build();
  }

  static DiditCreateWebhookDestinationRequest createDestination() {
    return DiditCreateWebhookDestinationRequest.builder().label("l").url("https://a.example/h").build();
  }
}
