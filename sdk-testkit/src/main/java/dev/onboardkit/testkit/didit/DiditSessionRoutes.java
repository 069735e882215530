package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditJson.detail;
import static dev.onboardkit.testkit.didit.DiditJson.notAllowed;
import static dev.onboardkit.testkit.didit.DiditJson.notFound;
import static dev.onboardkit.testkit.didit.DiditVerificationJson.fieldError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import dev.onboardkit.testkit.internal.UrlQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The session endpoints of the Verification API fake, called under the store's lock. */
final class DiditSessionRoutes {
  private static final List<String> NEW_STATUSES = List.of("Approved", "Declined", "Resubmitted");
  private static final int DEFAULT_LIMIT = 20;

  private final DiditVerificationStore store;

  DiditSessionRoutes(DiditVerificationStore store) {
    this.store = store;
  }

  FakeResponse route(FakeRequest r, List<String> s, String m) {
    int n = s.size();
    if (s.get(0).equals("sessions")) {
      if (n == 2 && s.get(1).isEmpty()) {
        return m.equals("GET") ? list(r) : notAllowed(m, "GET");
      }
      if (n == 3 && s.get(1).equals("delete") && s.get(2).isEmpty()) {
        return m.equals("POST") ? deleteMany(r) : notAllowed(m, "POST");
      }
      if (n == 4 && s.get(2).equals("reviews") && s.get(3).isEmpty()) {
        StoredVerificationSession session = store.session(s.get(1));
        if (session == null) {
          return notFound();
        }
        if (m.equals("GET")) {
          return FakeResponse.json(200, session.reviews.deepCopy());
        }
        return m.equals("POST") ? addReview(r, session) : notAllowed(m, "GET, POST");
      }
      return notFound();
    }
    if (n == 2 && s.get(1).isEmpty()) {
      return m.equals("POST") ? create(r) : notAllowed(m, "POST");
    }
    if (n < 3) {
      return notFound();
    }
    StoredVerificationSession session = store.session(s.get(1));
    String action = s.get(2);
    boolean slash = n == 4 && s.get(3).isEmpty();
    if (session == null) {
      return notFound();
    }
    if (action.equals("generate-pdf") && (n == 3 || slash)) {
      return m.equals("GET") ? DiditVerificationJson.pdf(session) : notAllowed(m, "GET");
    }
    if (action.equals("webhook") && n >= 4) {
      return webhook(session, s, m);
    }
    if (!slash) {
      return notFound();
    }
    switch (action) {
      case "decision":
        return m.equals("GET") ? FakeResponse.json(200,
            DiditDecisions.decision(session, "events".equals(r.query("include")))) : notAllowed(m, "GET");
      case "update-status":
        return m.equals("PATCH") ? updateStatus(r, session) : notAllowed(m, "PATCH");
      case "delete":
        return m.equals("DELETE") ? delete(r, session) : notAllowed(m, "DELETE");
      case "update-data":
      case "update-poa-data":
        return m.equals("PATCH") ? updateData(r, session, action.equals("update-data")) : notAllowed(m, "PATCH");
      case "webhooks":
        if (!m.equals("GET")) {
          return notAllowed(m, "GET");
        }
        List<ObjectNode> all = new ArrayList<>();
        session.deliveries.forEach(d -> all.add(DiditVerificationJson.delivery(d)));
        return FakeResponse.json(200, DiditVerificationJson.array(all));
      default:
        return notFound();
    }
  }

  private FakeResponse create(FakeRequest r) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    if (store.outOfCredits) {
      return detail(402, "Insufficient credits. Please top up your balance to create sessions.");
    }
    String workflowId = Json.text(p.body, "workflow_id");
    if (workflowId == null) {
      return fieldError("workflow_id", "This field is required.");
    }
    StoredWorkflow workflow = store.workflow(workflowId);
    if (workflow == null) {
      return fieldError("workflow_id", "Workflow not found.");
    }
    String method = Json.text(p.body, "callback_method");
    if (method != null && !List.of("initiator", "completer", "both").contains(method)) {
      return DiditVerificationJson.invalidChoice("callback_method", method, List.of("initiator", "completer", "both"));
    }
    String vendorData = Json.text(p.body, "vendor_data");
    StoredVerificationSession existing = store.unfinished(workflow.workflowId, vendorData);
    if (existing != null) {
      return FakeResponse.json(201, DiditVerificationJson.created(existing));
    }
    StoredVerificationSession created = store.createSession(workflow, vendorData, Json.text(p.body, "callback"),
        object(p.body.get("metadata")), object(p.body.get("contact_details")),
        object(p.body.get("expected_details")));
    return FakeResponse.json(201, DiditVerificationJson.created(created));
  }

  private static JsonNode object(JsonNode node) {
    return node != null && node.isObject() ? node.deepCopy() : Json.object();
  }

  private FakeResponse list(FakeRequest r) {
    int limit = DEFAULT_LIMIT;
    int offset = 0;
    try {
      if (r.query("limit") != null) {
        limit = Math.max(1, Math.min(100, Integer.parseInt(r.query("limit"))));
      }
      if (r.query("offset") != null) {
        offset = Math.max(0, Integer.parseInt(r.query("offset")));
      }
    } catch (NumberFormatException e) {
      return detail(400, "Invalid limit or offset.");
    }
    String status = r.query("status");
    String vendorData = r.query("vendor_data");
    String workflowId = r.query("workflow_id");
    String kind = r.query("session_kind");
    List<StoredVerificationSession> matching = new ArrayList<>();
    for (StoredVerificationSession s : store.sessions()) {
      if ((status == null || status.equals(s.status)) && (vendorData == null || vendorData.equals(s.vendorData))
          && (workflowId == null || workflowId.equals(s.workflowId))
          && (kind == null || kind.equals("all") || kind.equals(DiditDecisions.kind(s)))) {
        matching.add(s);
      }
    }
    ArrayNode results = Json.array();
    for (int i = offset; i < Math.min(matching.size(), offset + limit); i++) {
      results.add(DiditVerificationJson.summary(matching.get(i)));
    }
    ObjectNode page = Json.object();
    page.put("count", matching.size());
    page.put("next", offset + limit < matching.size() ? link(r, limit, offset + limit) : null);
    page.put("previous", offset > 0 ? link(r, limit, Math.max(0, offset - limit)) : null);
    page.set("results", results);
    return FakeResponse.json(200, page);
  }

  /** An absolute link to another page, keeping the filters, as Django REST framework writes it. */
  private String link(FakeRequest r, int limit, int offset) {
    UrlQuery query = new UrlQuery();
    for (String name : List.of("status", "session_kind", "vendor_data", "workflow_id", "country", "search",
        "date_from", "date_to")) {
      query.add(name, r.query(name));
    }
    query.add("limit", Integer.toString(limit)).add("offset", Integer.toString(offset));
    return store.baseUrl + "/sessions/?" + query;
  }

  private FakeResponse updateStatus(FakeRequest r, StoredVerificationSession session) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    String status = Json.text(p.body, "new_status");
    if (status == null) {
      return fieldError("new_status", "This field is required.");
    }
    if (!NEW_STATUSES.contains(status)) {
      return DiditVerificationJson.invalidChoice("new_status", status, NEW_STATUSES);
    }
    if (status.equals("Resubmitted")) {
      JsonNode nodes = p.body.get("nodes_to_resubmit");
      if (nodes == null || !nodes.isArray() || nodes.isEmpty()) {
        return fieldError("nodes_to_resubmit", "Provide the nodes to resubmit.");
      }
      store.resubmit(session, (ArrayNode) nodes.deepCopy());
    } else {
      store.setStatus(session, status);
    }
    ObjectNode review = Json.object();
    review.put("new_status", status);
    review.put("comment", Json.text(p.body, "comment"));
    review.put("created_at", Json.isoSeconds(store.clock.instant()));
    store.addReview(session, review);
    return FakeResponse.json(200, Json.object().put("session_id", session.sessionId));
  }

  /** 204 without a body; 200 with the retention outcome when a body asks for one. */
  private FakeResponse delete(FakeRequest r, StoredVerificationSession session) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    store.deleteSession(session);
    if (p.body.isEmpty()) {
      return FakeResponse.raw(204, "", Map.of());
    }
    ObjectNode out = Json.object();
    out.put("session_id", session.sessionId);
    out.put("session_number", session.sessionNumber);
    boolean retain = p.body.path("retain_face_embeddings").asBoolean(false);
    out.put("face_retention_outcome", retain ? "retained" : "deleted");
    out.put("biometric_template_uuid", retain ? "tmpl-" + session.sessionNumber : null);
    return FakeResponse.json(200, out);
  }

  private FakeResponse deleteMany(FakeRequest r) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    boolean all = p.body.path("delete_all").asBoolean(false);
    Set<Long> numbers = new HashSet<>();
    for (JsonNode number : p.body.path("session_numbers")) {
      numbers.add(number.asLong());
    }
    if (!all && numbers.isEmpty()) {
      return fieldError("session_numbers", "Provide session_numbers or delete_all.");
    }
    ArrayNode results = Json.array();
    for (long number : store.deleteSessions(numbers, all)) {
      results.add(Json.object().put("session_number", number).put("deleted", true));
    }
    return FakeResponse.json(200, Json.object().set("results", results));
  }

  private FakeResponse updateData(FakeRequest r, StoredVerificationSession session, boolean identity) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    String key = identity ? "id_verifications" : "poa_verifications";
    JsonNode items = session.checks.get(key);
    if (items == null || items.isEmpty()) {
      return detail(400, "This session has no " + (identity ? "ID verification" : "proof of address") + " data.");
    }
    ((ObjectNode) items.get(0)).setAll((ObjectNode) p.body.deepCopy());
    return FakeResponse.json(200, Json.object().put("session_id", session.sessionId));
  }

  private FakeResponse addReview(FakeRequest r, StoredVerificationSession session) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode review = Json.object();
    review.put("comment", Json.text(p.body, "comment"));
    String status = Json.text(p.body, "new_status");
    review.put("new_status", status);
    review.put("created_at", Json.isoSeconds(store.clock.instant()));
    store.addReview(session, review);
    if (status != null && !status.equals(session.status)) {
      store.setStatus(session, status);
    }
    return FakeResponse.json(201, review);
  }

  private FakeResponse webhook(StoredVerificationSession session, List<String> s, String m) {
    StoredDelivery delivery = session.deliveries.stream().filter(d -> d.uuid.equals(s.get(3))).findFirst()
        .orElse(null);
    if (delivery == null) {
      return notFound();
    }
    if (s.size() == 4) {
      return m.equals("GET") ? FakeResponse.json(200, DiditVerificationJson.delivery(delivery)) : notAllowed(m, "GET");
    }
    if (s.size() == 5 && s.get(4).equals("resend")) {
      if (!m.equals("POST")) {
        return notAllowed(m, "POST");
      }
      StoredDelivery again = store.resend(session, delivery);
      return FakeResponse.json(200, Json.object().put("detail", "Webhook resent.").put("uuid", again.uuid));
    }
    return notFound();
  }
}
