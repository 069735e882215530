package dev.onboardkit.testkit.klara;

import static dev.onboardkit.testkit.klara.KlaraJson.error;
import static dev.onboardkit.testkit.klara.KlaraJson.invalidBody;
import static dev.onboardkit.testkit.klara.KlaraJson.parseObject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /applications/{id}/decision}: validates the body, refuses applications not yet submitted, records a new
 * decision type (201) and acknowledges a repeated one (200). Called by {@link KlaraRoutes} under the store's lock.
 */
final class KlaraDecisionRoute {
  static final List<String> DECISION_TYPES =
      List.of("application.approved", "application.rejected", "application.referred");

  private final KlaraStore store;

  KlaraDecisionRoute(KlaraStore store) {
    this.store = store;
  }

  FakeResponse decide(FakeRequest r, String id) {
    KlaraAuth auth = KlaraAuth.check(store, r, FakeKlaraServer.SCOPE_APPLICATIONS_WRITE);
    if (auth.error != null) {
      return auth.error;
    }
    JsonNode body = parseObject(r);
    if (body == null) {
      return error(400, "Invalid JSON body");
    }
    StoredApplication a = store.visible(auth.key, id);
    if (a == null) {
      return error(404, "Application not found");
    }
    ObjectNode details = Json.object();
    JsonNode type = body.get("type");
    if (type == null || type.isNull()) {
      details.set("type", Json.array().add("Required"));
    } else if (!type.isTextual() || !DECISION_TYPES.contains(type.asText())) {
      details.set("type", Json.array().add("Invalid enum value. Expected 'application.approved' | "
          + "'application.rejected' | 'application.referred'"));
    }
    JsonNode timestamp = body.get("timestamp");
    if (timestamp == null || timestamp.isNull()) {
      details.set("timestamp", Json.array().add("Required"));
    } else if (!timestamp.isTextual() || !isIsoTimestamp(timestamp.asText())) {
      details.set("timestamp", Json.array().add("Invalid datetime"));
    }
    JsonNode bodyId = body.get("application_id");
    if (bodyId == null || bodyId.isNull()) {
      details.set("application_id", Json.array().add("Required"));
    } else if (!bodyId.isTextual()) {
      details.set("application_id", Json.array().add("Expected string, received " + KlaraJson.type(bodyId)));
    }
    JsonNode data = body.get("data");
    if (data != null && !data.isNull() && !data.isObject()) {
      details.set("data", Json.array().add("Expected object, received " + KlaraJson.type(data)));
    }
    if (details.size() > 0) {
      return invalidBody(details);
    }
    if (!bodyId.asText().equals(id)) {
      return error(400, "application_id in body does not match URL parameter");
    }
    if (a.status.equals("created") || a.status.equals("sent") || a.status.equals("in_progress")) {
      return error(400, "Application has not been submitted");
    }
    String decisionType = type.asText();
    if (store.hasDecision(a, decisionType)) {
      ObjectNode out = Json.object();
      out.put("success", true);
      out.put("already_recorded", true);
      out.put("message", "Decision already recorded for this application");
      return FakeResponse.json(200, out);
    }
    Map<String, Object> dataMap = data == null || data.isNull() ? Map.of() : Json.toMap(data);
    KlaraRecordedDecision decision = store.recordDecision(a, decisionType, timestamp.asText(), dataMap);
    ObjectNode out = Json.object();
    out.put("success", true);
    out.put("decision_type", decision.decisionType());
    out.put("application_id", a.id);
    return FakeResponse.json(201, out);
  }

  private static boolean isIsoTimestamp(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
