package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import java.util.List;
import java.util.Map;

/** How the Verification API fake shows its objects, and its error bodies. */
final class DiditVerificationJson {
  static final String NO_PERMISSION = "You do not have permission to perform this action.";

  private DiditVerificationJson() {}

  /** The 201 of {@code POST /session/}: exactly the 10 documented keys. */
  static ObjectNode created(StoredVerificationSession s) {
    ObjectNode o = Json.object();
    o.put("session_id", s.sessionId);
    o.put("session_number", s.sessionNumber);
    o.put("session_token", s.sessionToken);
    o.put("url", s.url());
    o.put("vendor_data", s.vendorData);
    o.set("metadata", s.metadata);
    o.put("status", s.status);
    o.put("workflow_id", s.workflowId);
    o.put("workflow_version", s.workflowVersion);
    o.put("callback", s.callback);
    return o;
  }

  /** A session in a page of {@code GET /sessions/}. */
  static ObjectNode summary(StoredVerificationSession s) {
    ObjectNode o = Json.object();
    o.put("session_id", s.sessionId);
    o.put("session_number", s.sessionNumber);
    o.put("session_kind", DiditDecisions.kind(s));
    o.put("status", s.status);
    o.put("vendor_data", s.vendorData);
    o.put("workflow_id", s.workflowId);
    o.put("created_at", Json.isoSeconds(s.createdAt));
    return o;
  }

  static ObjectNode workflow(StoredWorkflow w) {
    ObjectNode o = Json.object();
    o.put("uuid", w.uuid);
    o.put("workflow_id", w.workflowId);
    o.put("workflow_label", w.label);
    o.put("status", w.status);
    o.put("is_default", w.isDefault);
    o.put("version", w.version);
    o.set("features", w.features.deepCopy());
    o.setAll(w.settings.deepCopy());
    o.put("created_at", Json.isoSeconds(w.createdAt));
    return o;
  }

  static ObjectNode destination(StoredDestination d, boolean withSecret) {
    ObjectNode o = Json.object();
    o.put("uuid", d.uuid);
    o.put("label", d.label);
    o.put("url", d.url);
    o.put("enabled", d.enabled);
    o.put("webhook_version", d.webhookVersion);
    if (withSecret) {
      o.put("secret_shared_key", d.secret);
    }
    o.set("subscribed_events", Json.strings(d.subscribedEvents));
    o.put("created_at", Json.isoSeconds(d.createdAt));
    o.put("updated_at", Json.isoSeconds(d.updatedAt));
    if (withSecret) {
      ObjectNode summary = Json.object();
      summary.put("total_deliveries", d.deliveries.size());
      summary.put("failed_deliveries", d.deliveries.stream().filter(x -> x.url != null
          && (x.responseStatus < 200 || x.responseStatus > 299)).count());
      o.set("summary", summary);
    } else {
      o.put("deliveries_count", d.deliveries.size());
    }
    return o;
  }

  static ObjectNode settings(DiditVerificationStore store) {
    ObjectNode o = Json.object();
    o.put("webhook_url", store.legacyWebhookUrl);
    o.put("webhook_version", store.legacyWebhookVersion);
    o.put("secret_shared_key", store.legacyWebhookSecret);
    o.put("capture_method", store.captureMethod);
    o.put("data_retention_months", store.dataRetentionMonths);
    return o;
  }

  /** A delivery record: its request headers and body as JSON-encoded strings, as Didit sends them. */
  static ObjectNode delivery(StoredDelivery d) {
    ObjectNode o = Json.object();
    o.put("uuid", d.uuid);
    o.put("webhook_type", d.request.type());
    o.put("session_id", d.sessionId);
    o.put("destination_uuid", d.destinationUuid);
    o.put("url", d.url);
    o.put("request_header", Json.write(Json.valueToTree(d.request.headers())));
    o.put("request_body", d.request.body());
    o.put("response_status_code", d.responseStatus == 0 ? null : d.responseStatus);
    o.put("created_at", Json.isoSeconds(d.createdAt));
    return o;
  }

  static ArrayNode array(List<ObjectNode> items) {
    ArrayNode a = Json.array();
    items.forEach(a::add);
    return a;
  }

  /** A DRF field error: {@code {"field": ["message"]}}. */
  static FakeResponse fieldError(String field, String message) {
    ObjectNode body = Json.object();
    body.set(field, Json.array().add(message));
    return FakeResponse.json(400, body);
  }

  /** 422 for a value outside the allowed choices, with {@code allowed}. */
  static FakeResponse invalidChoice(String field, String value, List<String> allowed) {
    ObjectNode body = Json.object();
    body.put("detail", "\"" + value + "\" is not a valid choice for " + field + ".");
    body.set("allowed", Json.strings(allowed));
    return FakeResponse.json(422, body);
  }

  /** A minimal PDF report, text only. */
  static FakeResponse pdf(StoredVerificationSession s) {
    String pdf = "%PDF-1.4\n% Didit verification report (fake)\n1 0 obj\n<< /Title (Session " + s.sessionId
        + ") /Status (" + s.status + ") >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
    return FakeResponse.raw(200, pdf, Map.of("Content-Type", "application/pdf",
        "Content-Disposition", "attachment; filename=\"" + s.sessionId + ".pdf\""));
  }
}
