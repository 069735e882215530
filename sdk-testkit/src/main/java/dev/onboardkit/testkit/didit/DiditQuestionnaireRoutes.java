package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditJson.notAllowed;
import static dev.onboardkit.testkit.didit.DiditJson.notFound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire endpoints of the Verification API fake ({@code /questionnaires/...}), called under the store's
 * lock. A questionnaire needs a {@code title} and a non-empty {@code questions}
 * list of objects, each with a {@code type} and a {@code text} (inferred); each question gets a {@code uuid} if it
 * has none.
 */
final class DiditQuestionnaireRoutes {
  private final DiditVerificationStore store;

  DiditQuestionnaireRoutes(DiditVerificationStore store) {
    this.store = store;
  }

  FakeResponse route(FakeRequest r, List<String> s, String m) {
    int n = s.size();
    if (n == 2 && s.get(1).isEmpty()) {
      if (m.equals("GET")) {
        ArrayNode all = Json.array();
        store.questionnaires.all().forEach(q -> all.add(json(q)));
        return FakeResponse.json(200, all);
      }
      return m.equals("POST") ? create(r) : notAllowed(m, "GET, POST");
    }
    if (n != 3 || !s.get(2).isEmpty()) {
      return notFound();
    }
    StoredQuestionnaire q = store.questionnaires.find(s.get(1));
    if (q == null) {
      return notFound();
    }
    switch (m) {
      case "GET":
        return FakeResponse.json(200, json(q));
      case "PATCH":
        return update(r, q);
      case "DELETE":
        store.questionnaires.delete(q);
        return FakeResponse.raw(204, "", Map.of());
      default:
        return notAllowed(m, "GET, PATCH, DELETE");
    }
  }

  private FakeResponse create(FakeRequest r) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    String title = DiditValidation.requiredString(p.body, "title", errors);
    ArrayNode questions = questions(p.body.get("questions"), errors);
    if (!errors.isEmpty()) {
      return FakeResponse.json(400, errors);
    }
    StoredQuestionnaire q = store.questionnaires.create(title, Json.text(p.body, "description"), questions,
        store.clock.instant());
    return FakeResponse.json(201, json(q));
  }

  private FakeResponse update(FakeRequest r, StoredQuestionnaire q) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    String title = p.body.has("title") ? DiditValidation.requiredString(p.body, "title", errors) : null;
    ArrayNode questions = p.body.has("questions") ? questions(p.body.get("questions"), errors) : null;
    if (!errors.isEmpty()) {
      return FakeResponse.json(400, errors);
    }
    if (title != null) {
      q.title = title;
    }
    if (p.body.has("description")) {
      q.description = Json.text(p.body, "description");
    }
    if (questions != null) {
      q.questions = questions;
    }
    q.updatedAt = store.clock.instant();
    return FakeResponse.json(200, json(q));
  }

  /** The questions to keep, each with a uuid; null with an error in {@code errors} when they are not valid. */
  private @Nullable ArrayNode questions(@Nullable JsonNode value, ObjectNode errors) {
    if (value == null || value.isNull()) {
      errors.set("questions", Json.array().add(value == null ? DiditValidation.REQUIRED : DiditValidation.NOT_NULL));
      return null;
    }
    if (!value.isArray() || value.isEmpty()) {
      errors.set("questions", Json.array().add("Provide at least one question."));
      return null;
    }
    ArrayNode itemErrors = Json.array();
    boolean invalid = false;
    ArrayNode out = Json.array();
    for (JsonNode question : value) {
      ObjectNode e = Json.object();
      if (!question.isObject()) {
        e.set("non_field_errors", Json.array().add("Invalid data. Expected a dictionary, but got "
            + DiditValidation.pythonType(question) + "."));
      } else {
        for (String field : List.of("type", "text")) {
          if (Json.text(question, field) == null) {
            e.set(field, Json.array().add(DiditValidation.REQUIRED));
          }
        }
      }
      invalid |= !e.isEmpty();
      itemErrors.add(e);
      if (question.isObject()) {
        ObjectNode copy = question.deepCopy();
        if (Json.text(copy, "uuid") == null) {
          copy.put("uuid", store.questionnaires.questionId());
        }
        out.add(copy);
      }
    }
    if (invalid) {
      errors.set("questions", itemErrors);
      return null;
    }
    return out;
  }

  private static ObjectNode json(StoredQuestionnaire q) {
    ObjectNode o = Json.object();
    o.put("uuid", q.uuid);
    o.put("title", q.title);
    o.put("description", q.description);
    o.set("questions", q.questions.deepCopy());
    o.put("created_at", Json.isoSeconds(q.createdAt));
    o.put("updated_at", Json.isoSeconds(q.updatedAt));
    return o;
  }
}
