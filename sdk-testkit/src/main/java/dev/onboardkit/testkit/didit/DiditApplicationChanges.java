package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditValidation.BAD_URL;
import static dev.onboardkit.testkit.didit.DiditValidation.NOT_BLANK;
import static dev.onboardkit.testkit.didit.DiditValidation.NOT_NULL;
import static dev.onboardkit.testkit.didit.DiditValidation.NOT_STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.testkit.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The members an application create or update sent, validated the DRF way: {@code name}, the URL fields (JSON null
 * clears them), {@code redirect_uris} (errors keyed by index) and {@code description}. Members not sent are not
 * changed; {@code uuid}, {@code client_id} and {@code api_key} never are.
 */
final class DiditApplicationChanges {
  /** Field errors, empty when the body is valid. */
  final ObjectNode errors = Json.object();
  private final Map<String, Object> changes = new LinkedHashMap<>();

  private DiditApplicationChanges() {}

  /** Reads and validates the members a create or update sent. */
  static DiditApplicationChanges read(JsonNode body) {
    DiditApplicationChanges c = new DiditApplicationChanges();
    ObjectNode errors = c.errors;
    Map<String, Object> changes = c.changes;
    JsonNode name = body.get("name");
    if (name != null) {
      if (name.isNull()) {
        errors.set("name", Json.array().add(NOT_NULL));
      } else if (!name.isTextual()) {
        errors.set("name", Json.array().add(NOT_STRING));
      } else if (name.asText().isBlank()) {
        errors.set("name", Json.array().add(NOT_BLANK));
      } else if (name.asText().trim().length() > 255) {
        errors.set("name", Json.array().add("Ensure this field has no more than 255 characters."));
      } else {
        changes.put("name", name.asText().trim());
      }
    }
    for (String field : List.of("website_url", "terms_url", "privacy_url")) {
      JsonNode v = body.get(field);
      if (v == null) {
        continue;
      }
      if (v.isNull()) {
        changes.put(field, null);
      } else if (!v.isTextual()) {
        errors.set(field, Json.array().add(NOT_STRING));
      } else if (v.asText().isBlank()) {
        errors.set(field, Json.array().add(NOT_BLANK));
      } else if (!DiditValidation.validUrl(v.asText().trim())) {
        errors.set(field, Json.array().add(BAD_URL));
      } else {
        changes.put(field, v.asText().trim());
      }
    }
    JsonNode uris = body.get("redirect_uris");
    if (uris != null) {
      if (uris.isNull()) {
        errors.set("redirect_uris", Json.array().add(NOT_NULL));
      } else if (!uris.isArray()) {
        errors.set("redirect_uris", Json.array().add(
            "Expected a list of items but got type \"" + DiditValidation.pythonType(uris) + "\"."));
      } else {
        ObjectNode itemErrors = Json.object();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < uris.size(); i++) {
          JsonNode item = uris.get(i);
          String message = null;
          if (item.isNull()) {
            message = NOT_NULL;
          } else if (!item.isTextual()) {
            message = NOT_STRING;
          } else if (item.asText().isBlank()) {
            message = NOT_BLANK;
          } else if (!DiditValidation.validRedirectUri(item.asText().trim())) {
            message = BAD_URL;
          }
          if (message != null) {
            itemErrors.set(Integer.toString(i), Json.array().add(message));
          } else {
            values.add(item.asText().trim());
          }
        }
        if (itemErrors.size() > 0) {
          errors.set("redirect_uris", itemErrors);
        } else {
          changes.put("redirect_uris", values);
        }
      }
    }
    JsonNode description = body.get("description");
    if (description != null) {
      if (description.isNull()) {
        changes.put("description", null);
      } else if (!description.isTextual()) {
        errors.set("description", Json.array().add(NOT_STRING));
      } else {
        changes.put("description", description.asText());
      }
    }
    return c;
  }

  /** Applies the validated changes, in the order they were read. */
  @SuppressWarnings("unchecked")
  void applyTo(StoredApp app) {
    for (Map.Entry<String, Object> c : changes.entrySet()) {
      Object v = c.getValue();
      switch (c.getKey()) {
        case "name":
          app.name = (String) v;
          break;
        case "website_url":
          app.websiteUrl = (String) v;
          break;
        case "terms_url":
          app.termsUrl = (String) v;
          break;
        case "privacy_url":
          app.privacyUrl = (String) v;
          break;
        case "redirect_uris":
          app.redirectUris = new ArrayList<>((List<String>) v);
          break;
        case "description":
          app.description = (String) v;
          break;
        default:
          throw new IllegalStateException(c.getKey());
      }
    }
  }
}
