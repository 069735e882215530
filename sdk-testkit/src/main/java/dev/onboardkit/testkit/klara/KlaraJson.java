package dev.onboardkit.testkit.klara;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The Klara fake's JSON: reading request bodies, and the error bodies Klara answers with. */
final class KlaraJson {
  private KlaraJson() {}

  /** Returns the body if it is a JSON object, else null. */
  static @Nullable JsonNode parseObject(FakeRequest r) {
    JsonNode node = Json.parse(r.bodyText());
    return node != null && node.isObject() ? node : null;
  }

  /**
   * Reads an optional boolean member; a present non-boolean value is recorded in {@code details} the way the
   * server's schema validation reports it.
   */
  static boolean optionalBoolean(JsonNode body, String name, ObjectNode details) {
    JsonNode node = body.get(name);
    if (node != null && !node.isNull() && !node.isBoolean()) {
      details.set(name, Json.array().add("Expected boolean, received " + type(node)));
    }
    return node != null && node.asBoolean(false);
  }

  /** Returns the JSON type's name as the schema validation reports it: string, number, boolean, ... */
  static String type(JsonNode node) {
    if (node.isTextual()) {
      return "string";
    }
    if (node.isNumber()) {
      return "number";
    }
    if (node.isBoolean()) {
      return "boolean";
    }
    if (node.isArray()) {
      return "array";
    }
    return node.isObject() ? "object" : "null";
  }

  /** Returns an ISO-8601 member value, or JSON null for a null instant. */
  static @Nullable String isoMillisOrNull(@Nullable Instant instant) {
    return instant == null ? null : Json.isoMillis(instant);
  }

  /** {@code {"error": message}}. */
  static FakeResponse error(int status, String message) {
    ObjectNode body = Json.object();
    body.put("error", message);
    return FakeResponse.json(status, body);
  }

  /** 400 {@code {"error":"Missing required fields","required":[...]}}. */
  static FakeResponse missingFields(List<String> required) {
    ObjectNode body = Json.object();
    body.put("error", "Missing required fields");
    body.set("required", Json.strings(required));
    return FakeResponse.json(400, body);
  }

  /** 400 {@code {"error":"Invalid request body","details":{...}}}. */
  static FakeResponse invalidBody(ObjectNode details) {
    ObjectNode body = Json.object();
    body.put("error", "Invalid request body");
    body.set("details", details);
    return FakeResponse.json(400, body);
  }

  /** 405 {@code {"error":"Method not allowed"}} with {@code Allow}. */
  static FakeResponse notAllowed(String allow) {
    ObjectNode body = Json.object();
    body.put("error", "Method not allowed");
    return FakeResponse.json(405, body, Map.of("Allow", allow));
  }
}
