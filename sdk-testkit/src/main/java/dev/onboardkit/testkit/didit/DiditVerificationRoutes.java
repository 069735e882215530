package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditJson.detail;
import static dev.onboardkit.testkit.didit.DiditJson.notAllowed;
import static dev.onboardkit.testkit.didit.DiditJson.notFound;
import static dev.onboardkit.testkit.didit.DiditVerificationJson.fieldError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.FakeHandler;
import dev.onboardkit.testkit.internal.FakeHttpServer;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Verification API's HTTP surface: matches each request to its endpoint by path and method (404 and 405
 * otherwise, 413 for bodies over 1 MiB, or over {@link FakeDiditVerificationServer#MAX_UPLOAD_BODY_BYTES} for the
 * endpoints that take files), checks {@code x-api-key} (403 {@code "You do not have permission to perform
 * this action."} when missing or unknown, as Didit answers), all under the store's lock. Session, workflow and
 * webhook endpoints are in {@link DiditSessionRoutes} and {@link DiditWebhookRoutes}; the standalone checks, one-time
 * codes, transactions and billing in {@link DiditScreeningRoutes}, {@link DiditOtpRoutes},
 * {@link DiditTransactionRoutes} and {@link DiditBillingRoutes}; users and businesses, questionnaires, and sharing and
 * imports in {@link DiditSubjectRoutes}, {@link DiditQuestionnaireRoutes} and {@link DiditSessionImportRoutes}.
 * webhook endpoints are in {@link DiditSessionRoutes} and {@link DiditWebhookRoutes}; lists, the standalone image
 * checks and customization in {@link DiditListRoutes}, {@link DiditCheckRoutes} and
 * {@link DiditCustomizationRoutes}.
 */
final class DiditVerificationRoutes implements FakeHandler {
  private final DiditVerificationStore store;
  private final DiditSessionRoutes sessions;
  private final DiditWebhookRoutes webhooks;
  private final DiditScreeningRoutes screening;
  private final DiditOtpRoutes otp;
  private final DiditTransactionRoutes transactions;
  private final DiditBillingRoutes billing;
  private final DiditSubjectRoutes subjects;
  private final DiditQuestionnaireRoutes questionnaires;
  private final DiditSessionImportRoutes imports;
  private final DiditListRoutes lists;
  private final DiditCheckRoutes checks;
  private final DiditCustomizationRoutes customization;
  private final Runnable afterRequest;

  DiditVerificationRoutes(DiditVerificationStore store, Runnable afterRequest) {
    this.store = store;
    this.sessions = new DiditSessionRoutes(store);
    this.webhooks = new DiditWebhookRoutes(store);
    this.screening = new DiditScreeningRoutes(store);
    this.otp = new DiditOtpRoutes(store);
    this.transactions = new DiditTransactionRoutes(store);
    this.billing = new DiditBillingRoutes(store);
    this.subjects = new DiditSubjectRoutes(store);
    this.questionnaires = new DiditQuestionnaireRoutes(store);
    this.imports = new DiditSessionImportRoutes(store);
    this.lists = new DiditListRoutes(store);
    this.checks = new DiditCheckRoutes(store);
    this.customization = new DiditCustomizationRoutes(store);
    this.afterRequest = afterRequest;
  }

  @Override
  public FakeResponse handle(FakeRequest r) {
    FakeResponse response;
    synchronized (store) {
      response = route(r);
    }
    afterRequest.run();
    return response;
  }

  private FakeResponse route(FakeRequest r) {
    if (r.bodyTooLarge()) {
      return detail(413, "Request body too large.");
    }
    List<String> s = r.segments();
    String m = r.method();
    if (s.size() >= 2 && s.get(0).equals("system") && s.get(1).equals("healthcheck")
        && (s.size() == 2 || (s.size() == 3 && s.get(2).isEmpty()))) {
      return m.equals("GET") ? FakeResponse.json(200, Json.object().put("status", "ok")) : notAllowed(m, "GET");
    }
    if (!store.acceptsKey(r.header("x-api-key"))) {
      return detail(403, DiditVerificationJson.NO_PERMISSION);
    }
    if (s.isEmpty()) {
      return notFound();
    }
    boolean takesFiles = s.get(0).equals("lists") || s.get(0).equals("customization")
        || DiditCheckRoutes.PATHS.contains(s.get(0));
    if (!takesFiles && r.bodySize() > FakeHttpServer.MAX_BODY_BYTES) {
      return detail(413, "Request body too large.");
    }
    if (DiditCheckRoutes.PATHS.contains(s.get(0))) {
      return checks.route(r, s, m);
    }
    switch (s.get(0)) {
      case "session":
      case "sessions":
        return DiditSessionImportRoutes.handles(s) ? imports.route(r, s, m) : sessions.route(r, s, m);
      case "users":
      case "businesses":
        return subjects.route(r, s, m);
      case "questionnaires":
        return questionnaires.route(r, s, m);
      case "workflows":
        return workflows(r, s, m);
      case "webhook":
        return webhooks.route(r, s, m);
      case "aml":
      case "database-validation":
      case "kyb":
        return orNotFound(screening.route(r, s, m));
      case "email":
      case "phone":
        return orNotFound(otp.route(r, s, m));
      case "transactions":
      case "wallet-screening":
        return orNotFound(transactions.route(r, s, m));
      case "billing":
        return orNotFound(billing.route(r, s, m));
      case "lists":
        return lists.route(r, s, m);
      case "customization":
        return customization.route(r, s, m);
      default:
        return notFound();
    }
  }

  private static FakeResponse orNotFound(@Nullable FakeResponse response) {
    return response == null ? notFound() : response;
  }

  private FakeResponse workflows(FakeRequest r, List<String> s, String m) {
    if (s.size() == 2 && s.get(1).isEmpty()) {
      if (m.equals("GET")) {
        List<ObjectNode> all = new ArrayList<>();
        store.workflows().forEach(w -> all.add(DiditVerificationJson.workflow(w)));
        return FakeResponse.json(200, DiditVerificationJson.array(all));
      }
      return m.equals("POST") ? createWorkflow(r) : notAllowed(m, "GET, POST");
    }
    if (s.size() != 3 || !s.get(2).isEmpty()) {
      return notFound();
    }
    StoredWorkflow w = store.workflow(s.get(1));
    if (w == null) {
      return notFound();
    }
    switch (m) {
      case "GET":
        return FakeResponse.json(200, DiditVerificationJson.workflow(w));
      case "PATCH":
        return updateWorkflow(r, w);
      case "DELETE":
        store.deleteWorkflow(w);
        return FakeResponse.raw(204, "", java.util.Map.of());
      default:
        return notAllowed(m, "GET, PATCH, DELETE");
    }
  }

  private FakeResponse createWorkflow(FakeRequest r) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    for (String flat : List.of("workflow_type", "is_liveness_enabled", "is_ocr_enabled", "is_face_match_enabled")) {
      if (p.body.has(flat)) {
        return fieldError(flat, "Unknown field. Send features instead.");
      }
    }
    FakeResponse invalid = checkFeatures(p.body.get("features"), true);
    if (invalid != null) {
      return invalid;
    }
    String label = Json.text(p.body, "workflow_label");
    StoredWorkflow w = store.newWorkflow(label == null ? "Workflow" : label, (ArrayNode) p.body.get("features"));
    applyWorkflowSettings(w, p.body);
    return FakeResponse.json(201, DiditVerificationJson.workflow(w));
  }

  private FakeResponse updateWorkflow(FakeRequest r, StoredWorkflow w) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    if (p.body.has("features")) {
      FakeResponse invalid = checkFeatures(p.body.get("features"), true);
      if (invalid != null) {
        return invalid;
      }
      w.features = (ArrayNode) p.body.get("features");
      w.version++;
    }
    String label = Json.text(p.body, "workflow_label");
    if (label != null) {
      w.label = label;
    }
    applyWorkflowSettings(w, p.body);
    return FakeResponse.json(200, DiditVerificationJson.workflow(w));
  }

  private static void applyWorkflowSettings(StoredWorkflow w, JsonNode body) {
    if (body.path("is_default").isBoolean()) {
      w.isDefault = body.get("is_default").asBoolean();
    }
    String status = Json.text(body, "status");
    if (status != null) {
      w.status = status;
    }
    for (String setting : List.of("is_white_label_enabled", "is_desktop_allowed", "max_retry_attempts",
        "retry_window_days", "session_expiration_time")) {
      if (body.has(setting)) {
        w.settings.set(setting, body.get(setting));
      }
    }
  }

  /** {@code features}: a non-empty list of {@code {"feature": <known>, "config": {}?, "label": ""?}}. */
  private static FakeResponse checkFeatures(JsonNode features, boolean required) {
    if (features == null) {
      return required ? fieldError("features", "This field is required.") : null;
    }
    if (!features.isArray() || features.isEmpty()) {
      return fieldError("features", "Provide at least one feature.");
    }
    Set<String> known = new HashSet<>(List.of("OCR", "NFC", "LIVENESS", "FACE_MATCH", "AGE_ESTIMATION",
        "PHONE_VERIFICATION", "EMAIL_VERIFICATION", "DATABASE_VALIDATION", "AML", "IP_ANALYSIS", "PROOF_OF_ADDRESS",
        "QUESTIONNAIRE", "KYB_REGISTRY", "KYB_DOCUMENTS", "KYB_KEY_PEOPLE"));
    for (JsonNode f : features) {
      String name = Json.text(f, "feature");
      if (name == null || !known.contains(name)) {
        return FakeResponse.json(400, Json.object().set("features", Json.array().add(
            Json.array().add("\"" + (name == null ? f : name) + "\" is not a valid choice."))));
      }
    }
    return null;
  }
}
