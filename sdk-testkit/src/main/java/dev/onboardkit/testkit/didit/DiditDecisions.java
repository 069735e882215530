package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.testkit.internal.Json;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The decisions of the Verification API fake: the decision body of a session, and the check items a completed session
 * gets, one array per feature of its workflow (each {@code null} until the session is completed).
 */
final class DiditDecisions {
  /** The decision key of each workflow feature's check array. */
  static final Map<String, String> ARRAYS = new LinkedHashMap<>();

  static {
    ARRAYS.put("OCR", "id_verifications");
    ARRAYS.put("NFC", "nfc_verifications");
    ARRAYS.put("LIVENESS", "liveness_checks");
    ARRAYS.put("FACE_MATCH", "face_matches");
    ARRAYS.put("PHONE_VERIFICATION", "phone_verifications");
    ARRAYS.put("EMAIL_VERIFICATION", "email_verifications");
    ARRAYS.put("PROOF_OF_ADDRESS", "poa_verifications");
    ARRAYS.put("DOCUMENT_AI", "document_ai_documents");
    ARRAYS.put("QUESTIONNAIRE", "questionnaire_responses");
    ARRAYS.put("AML", "aml_screenings");
    ARRAYS.put("IP_ANALYSIS", "ip_analyses");
    ARRAYS.put("DATABASE_VALIDATION", "database_validations");
    ARRAYS.put("KYB_REGISTRY", "registry_checks");
    ARRAYS.put("KYB_KEY_PEOPLE", "key_people_checks");
    ARRAYS.put("KYB_DOCUMENTS", "document_verifications");
  }

  private DiditDecisions() {}

  /** {@code user}, or {@code business} for a workflow with a KYB feature. */
  static String kind(StoredVerificationSession s) {
    return s.features.stream().anyMatch(f -> f.startsWith("KYB_")) ? "business" : "user";
  }

  /** The body of {@code GET /session/{id}/decision/}, and the {@code decision} of webhook events. */
  static ObjectNode decision(StoredVerificationSession s, boolean includeEvents) {
    ObjectNode d = Json.object();
    d.put("session_id", s.sessionId);
    d.put("session_kind", kind(s));
    d.put("session_number", s.sessionNumber);
    d.put("session_url", s.url());
    d.put("status", s.status);
    d.put("environment", "sandbox");
    d.put("workflow_id", s.workflowId);
    d.set("features", Json.strings(s.features));
    d.put("vendor_data", s.vendorData);
    d.set("metadata", s.metadata);
    d.set("expected_details", s.expectedDetails);
    d.set("contact_details", s.contactDetails);
    d.put("callback", s.callback);
    d.put("created_at", Json.isoSeconds(s.createdAt));
    d.put("expires_at", Json.isoSeconds(s.expiresAt));
    d.set("reviews", s.reviews.deepCopy());
    for (String key : ARRAYS.values()) {
      JsonNode items = s.checks.get(key);
      d.set(key, items == null ? null : items.deepCopy());
    }
    if (includeEvents) {
      d.set("events", s.events.deepCopy());
    }
    return d;
  }

  /** Fills the check arrays of the session's features as the outcome says. */
  static void complete(StoredVerificationSession s, DiditOutcome outcome) {
    s.checks.removeAll();
    for (String feature : s.features) {
      String key = ARRAYS.get(feature);
      if (key != null) {
        s.checks.set(key, Json.array().add(item(s, feature, outcome)));
      }
    }
  }

  private static ObjectNode item(StoredVerificationSession s, String feature, DiditOutcome outcome) {
    String nodeId = "feature_" + feature.toLowerCase(Locale.ROOT);
    ObjectNode item = Json.object();
    item.put("node_id", nodeId);
    item.put("status", "Approved");
    ArrayNode warnings = Json.array();
    String first = textOr(s.expectedDetails, "first_name", "Zoë");
    String last = textOr(s.expectedDetails, "last_name", "García Núñez");
    String media = "https://media.fake-didit.test/" + s.sessionId + "/";
    switch (feature) {
      case "OCR":
        item.put("document_type", "Identity Card");
        item.put("document_number", "CAA" + String.format(Locale.ROOT, "%06d", s.sessionNumber % 1_000_000));
        item.put("first_name", first);
        item.put("last_name", last);
        item.put("full_name", first + " " + last);
        item.put("date_of_birth", textOr(s.expectedDetails, "date_of_birth", "1990-05-15"));
        item.put("age", 35);
        item.put("gender", "F");
        item.put("nationality", "ESP");
        item.put("issuing_state", "ESP");
        item.put("issuing_state_name", "Spain");
        item.put("expiration_date", "2031-06-02");
        item.put("portrait_image", media + "portrait.jpg");
        item.put("front_image", media + "front.jpg");
        item.put("back_image", media + "back.jpg");
        break;
      case "LIVENESS":
        item.put("method", "PASSIVE");
        item.put("score", outcome == DiditOutcome.IN_REVIEW ? 48.5 : 92.5);
        item.put("reference_image", media + "selfie.jpg");
        item.put("age_estimation", 34.0);
        item.set("matches", Json.array());
        if (outcome == DiditOutcome.IN_REVIEW) {
          item.put("status", "In Review");
          warnings.add(warning(feature, "LOW_LIVENESS_SCORE", "warning", nodeId, "Low liveness score"));
        }
        break;
      case "FACE_MATCH":
        item.put("score", outcome == DiditOutcome.DECLINED ? 12.5 : 97.0);
        item.putNull("source_image_session_id");
        item.put("source_image", media + "portrait.jpg");
        item.put("target_image", media + "selfie.jpg");
        if (outcome == DiditOutcome.DECLINED) {
          item.put("status", "Declined");
          warnings.add(warning(feature, "LOW_FACE_MATCH_SIMILARITY", "error", nodeId, "Low face match similarity"));
        }
        break;
      case "AML":
        item.put("total_hits", 0);
        item.put("entity_type", "person");
        item.put("score", 0.0);
        item.set("hits", Json.array());
        ObjectNode screened = Json.object();
        screened.put("full_name", first + " " + last);
        item.set("screened_data", screened);
        break;
      default:
        break;
    }
    item.set("warnings", warnings);
    return item;
  }

  private static ObjectNode warning(String feature, String risk, String logType, String nodeId, String text) {
    ObjectNode w = Json.object();
    w.put("feature", feature);
    w.put("risk", risk);
    w.putNull("additional_data");
    w.put("log_type", logType);
    w.put("short_description", text);
    w.put("long_description", text + " (fake).");
    w.put("node_id", nodeId);
    return w;
  }

  private static String textOr(JsonNode node, String field, String fallback) {
    String value = Json.text(node, field);
    return value != null ? value : fallback;
  }
}
