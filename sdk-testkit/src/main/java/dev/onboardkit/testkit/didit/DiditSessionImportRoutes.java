package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditJson.detail;
import static dev.onboardkit.testkit.didit.DiditJson.notAllowed;
import static dev.onboardkit.testkit.didit.DiditJson.notFound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import java.util.List;
import java.util.Map;

/**
 * Session sharing (Reusable KYC) and bulk imports of the Verification API fake, called under the store's lock:
 * {@code POST /session/{id}/share/}, {@code POST /session/import-shared/} and {@code /session/imports/...}.
 */
final class DiditSessionImportRoutes {
  static final List<String> IMPORT_TYPES = List.of("user_verification", "business_verification", "status_rules",
      "transactions");
  static final List<String> FORMATS = List.of("csv", "ndjson");

  private final DiditVerificationStore store;
  private final DiditImportProcessor processor;

  DiditSessionImportRoutes(DiditVerificationStore store) {
    this.store = store;
    this.processor = new DiditImportProcessor(store);
  }

  /** Whether these segments (under {@code /session/}) are sharing or imports. */
  static boolean handles(List<String> s) {
    int n = s.size();
    return s.get(0).equals("session") && n >= 3
        && (s.get(1).equals("import-shared") || s.get(1).equals("imports") || (n == 4 && s.get(2).equals("share")));
  }

  FakeResponse route(FakeRequest r, List<String> s, String m) {
    int n = s.size();
    if (n == 4 && s.get(2).equals("share") && s.get(3).isEmpty()) {
      return m.equals("POST") ? share(r, s.get(1)) : notAllowed(m, "POST");
    }
    if (n == 3 && s.get(1).equals("import-shared") && s.get(2).isEmpty()) {
      return m.equals("POST") ? importShared(r) : notAllowed(m, "POST");
    }
    if (!s.get(1).equals("imports") || !s.get(n - 1).isEmpty()) {
      return notFound();
    }
    if (n == 3) {
      return m.equals("POST") ? createImport(r) : notAllowed(m, "POST");
    }
    if (n == 4 && s.get(2).equals("template")) {
      return m.equals("GET") ? FakeResponse.raw(200, DiditImportProcessor.template(),
          Map.of("Content-Type", "text/csv; charset=utf-8",
              "Content-Disposition", "attachment; filename=\"didit-import-template.csv\""))
          : notAllowed(m, "GET");
    }
    StoredImport job = store.imports.job(s.get(2));
    if (job == null || n > 5 || (n == 5 && !s.get(3).equals("errors"))) {
      return notFound();
    }
    if (!m.equals("GET")) {
      return notAllowed(m, "GET");
    }
    return n == 4 ? FakeResponse.json(200, json(job))
        : DiditPages.page(r, store.baseUrl + "/session/imports/" + job.id + "/errors/", job.errors);
  }

  private FakeResponse share(FakeRequest r, String sessionId) {
    StoredVerificationSession session = store.session(sessionId);
    if (session == null) {
      return notFound();
    }
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    String partner = DiditValidation.requiredString(p.body, "partner_client_id", errors);
    if (!errors.isEmpty()) {
      return FakeResponse.json(400, errors);
    }
    if (!session.status.equals("Approved")) {
      return detail(400, "Only approved sessions can be shared.");
    }
    StoredShare share = store.imports.share(session, partner, store.clock.instant());
    store.secrets.add(share.token);
    ObjectNode o = Json.object();
    o.put("share_token", share.token);
    o.put("session_id", session.sessionId);
    o.put("partner_client_id", partner);
    o.put("expires_at", Json.isoSeconds(share.expiresAt));
    return FakeResponse.json(201, o);
  }

  private FakeResponse importShared(FakeRequest r) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    String token = DiditValidation.requiredString(p.body, "share_token", errors);
    if (!errors.isEmpty()) {
      return FakeResponse.json(400, errors);
    }
    StoredShare share = store.imports.share(token);
    StoredVerificationSession original = share == null ? null : store.session(share.sessionId);
    if (share == null || original == null || store.clock.instant().isAfter(share.expiresAt)) {
      return detail(400, "Invalid or expired share token.");
    }
    if (share.used) {
      return detail(400, "This share token has already been used.");
    }
    share.used = true;
    StoredVerificationSession copy = store.importSession(original);
    ObjectNode o = Json.object();
    o.put("session_id", copy.sessionId);
    o.put("session_number", copy.sessionNumber);
    o.put("status", copy.status);
    o.put("vendor_data", copy.vendorData);
    o.put("workflow_id", copy.workflowId);
    o.put("shared_from_session_id", original.sessionId);
    return FakeResponse.json(201, o);
  }

  private FakeResponse createImport(FakeRequest r) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    String url = DiditValidation.requiredString(p.body, "source_file_url", errors);
    if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
      errors.set("source_file_url", Json.array().add(DiditValidation.BAD_URL));
    }
    String type = choice(p.body.get("import_type"), "import_type", "user_verification", IMPORT_TYPES, errors);
    String format = choice(p.body.get("source_format"), "source_format", "csv", FORMATS, errors);
    String workflowId = Json.text(p.body, "workflow_id");
    if (workflowId != null && store.workflow(workflowId) == null) {
      errors.set("workflow_id", Json.array().add("Workflow not found."));
    }
    if (!errors.isEmpty()) {
      return FakeResponse.json(400, errors);
    }
    StoredImport job = store.imports.newImport(type, format, url, workflowId, store.clock.instant());
    processor.run(job);
    return FakeResponse.json(201, json(job));
  }

  private static String choice(@Nullable JsonNode value, String field, String fallback,
      List<String> allowed, ObjectNode errors) {
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isTextual() || !allowed.contains(value.asText())) {
      errors.set(field, Json.array().add("\"" + value.asText() + "\" is not a valid choice."));
      return fallback;
    }
    return value.asText();
  }

  private static ObjectNode json(StoredImport job) {
    ObjectNode o = Json.object();
    o.put("import_id", job.id);
    o.put("status", job.status);
    o.put("import_type", job.importType);
    o.put("source_format", job.sourceFormat);
    o.put("source_file_url", job.sourceFileUrl);
    o.put("workflow_id", job.workflowId);
    ObjectNode summary = Json.object();
    summary.put("total_rows", job.totalRows);
    summary.put("imported_rows", job.importedRows);
    summary.put("failed_rows", job.totalRows - job.importedRows);
    o.set("summary", summary);
    if (job.failure != null) {
      o.put("error", job.failure);
    }
    o.put("created_at", Json.isoSeconds(job.createdAt));
    o.put("completed_at", job.completedAt == null ? null : Json.isoSeconds(job.completedAt));
    return o;
  }
}
