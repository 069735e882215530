package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditJson.detail;
import static dev.onboardkit.testkit.didit.DiditJson.notAllowed;
import static dev.onboardkit.testkit.didit.DiditJson.notFound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.testkit.didit.DiditSubjectStore.Kind;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The users and businesses endpoints of the Verification API fake ({@code /users/...}, {@code /businesses/...}),
 * called under the store's lock. Validation errors are Django REST framework's: 400 with every field's messages.
 */
final class DiditSubjectRoutes {
  static final List<String> STATUSES = List.of("ACTIVE", "FLAGGED", "BLOCKED");
  private static final List<String> USER_TEXT = List.of("full_name", "display_name");
  private static final List<String> USER_LISTS = List.of("approved_emails", "approved_phones", "issuing_states");
  private static final List<String> BUSINESS_TEXT = List.of("display_name", "legal_name", "registration_number",
      "country_code");
  private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

  private final DiditVerificationStore store;

  DiditSubjectRoutes(DiditVerificationStore store) {
    this.store = store;
  }

  FakeResponse route(FakeRequest r, List<String> s, String m) {
    Kind kind = s.get(0).equals("users") ? Kind.USER : Kind.BUSINESS;
    int n = s.size();
    if (n == 2 && s.get(1).isEmpty()) {
      return m.equals("GET") ? list(r, kind) : notAllowed(m, "GET");
    }
    if (n == 3 && s.get(2).isEmpty() && s.get(1).equals("create")) {
      return m.equals("POST") ? create(r, kind) : notAllowed(m, "POST");
    }
    if (n == 3 && s.get(2).isEmpty() && s.get(1).equals("delete")) {
      return m.equals("POST") ? delete(r, kind) : notAllowed(m, "POST");
    }
    StoredSubject subject = n >= 3 ? store.subjects.find(kind, s.get(1)) : null;
    if (n == 3 && s.get(2).isEmpty()) {
      if (subject == null) {
        return notFound();
      }
      switch (m) {
        case "GET":
          return FakeResponse.json(200, json(subject));
        case "PATCH":
          return update(r, subject);
        default:
          return notAllowed(m, "GET, PATCH");
      }
    }
    if (n == 4 && s.get(2).equals("update-status") && s.get(3).isEmpty()) {
      if (subject == null) {
        return notFound();
      }
      return m.equals("PATCH") ? updateStatus(r, subject) : notAllowed(m, "PATCH");
    }
    return notFound();
  }

  private FakeResponse list(FakeRequest r, Kind kind) {
    return DiditPages.page(r, store.baseUrl + "/" + kind.path + "/",
        store.subjects.all(kind).stream().map(this::json).collect(java.util.stream.Collectors.toList()));
  }

  private FakeResponse create(FakeRequest r, Kind kind) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    String vendorData = kind == Kind.USER
        ? DiditValidation.requiredString(p.body, "vendor_data", errors, false)
        : optionalText(p.body, "vendor_data", errors);
    if (vendorData != null && store.subjects.find(kind, vendorData) != null) {
      errors.set("vendor_data", Json.array().add(kind.noun + " with this vendor data already exists."));
    }
    validate(kind, p.body, errors);
    if (!errors.isEmpty()) {
      return FakeResponse.json(400, errors);
    }
    StoredSubject subject = store.subjects.create(kind, vendorData, store.clock.instant());
    apply(subject, p.body);
    return FakeResponse.json(201, json(subject));
  }

  private FakeResponse update(FakeRequest r, StoredSubject subject) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    validate(subject.kind, p.body, errors);
    if (!errors.isEmpty()) {
      return FakeResponse.json(400, errors);
    }
    apply(subject, p.body);
    return FakeResponse.json(200, json(subject));
  }

  private FakeResponse updateStatus(FakeRequest r, StoredSubject subject) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    String status = DiditValidation.requiredString(p.body, "status", errors);
    if (status != null) {
      checkStatus(p.body, errors);
    }
    if (!errors.isEmpty()) {
      return FakeResponse.json(400, errors);
    }
    subject.status = status;
    subject.updatedAt = store.clock.instant();
    return FakeResponse.json(200, json(subject));
  }

  private FakeResponse delete(FakeRequest r, Kind kind) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    boolean all = p.body.path("delete_all").asBoolean(false);
    Set<String> vendorData = strings(p.body.get("vendor_data_list"));
    Set<String> internalIds = kind == Kind.BUSINESS ? strings(p.body.get("didit_internal_id_list")) : Set.of();
    if (!all && vendorData.isEmpty() && internalIds.isEmpty()) {
      return detail(400, kind == Kind.USER ? "Provide vendor_data_list or set delete_all to true."
          : "Provide vendor_data_list, didit_internal_id_list or set delete_all to true.");
    }
    int deleted = store.subjects.delete(kind, vendorData, internalIds, all);
    return FakeResponse.json(200, Json.object().put("deleted_count", deleted));
  }

  /** Checks every profile member sent; DRF reports them all. */
  private static void validate(Kind kind, JsonNode body, ObjectNode errors) {
    for (String field : kind == Kind.USER ? USER_TEXT : BUSINESS_TEXT) {
      optionalText(body, field, errors);
    }
    checkStatus(body, errors);
    if (body.has("metadata") && !body.get("metadata").isObject() && !body.get("metadata").isNull()) {
      errors.set("metadata", Json.array().add("Value must be valid JSON object."));
    }
    if (kind == Kind.USER) {
      String dob = optionalText(body, "date_of_birth", errors);
      if (dob != null) {
        try {
          LocalDate.parse(dob);
        } catch (DateTimeParseException e) {
          errors.set("date_of_birth", Json.array().add(
              "Date has wrong format. Use one of these formats instead: YYYY-MM-DD."));
        }
      }
      for (String field : USER_LISTS) {
        JsonNode list = body.get(field);
        if (list != null && (!list.isArray() || !allText(list))) {
          errors.set(field, Json.array().add("Expected a list of items but got type \"" + DiditValidation
              .pythonType(list) + "\"."));
        }
      }
    } else {
      String country = Json.text(body, "country_code");
      if (country != null && !ALPHA_2.matcher(country).matches()) {
        errors.set("country_code", Json.array().add("Enter a valid ISO 3166-1 alpha-2 country code."));
      }
    }
  }

  private static void checkStatus(JsonNode body, ObjectNode errors) {
    JsonNode status = body.get("status");
    if (status != null && !(status.isTextual() && STATUSES.contains(status.asText()))) {
      errors.set("status", Json.array().add("\"" + status.asText() + "\" is not a valid choice."));
    }
  }

  private static String optionalText(JsonNode body, String field, ObjectNode errors) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      errors.set(field, Json.array().add(DiditValidation.NOT_STRING));
      return null;
    }
    return v.asText();
  }

  private static boolean allText(JsonNode list) {
    for (JsonNode item : list) {
      if (!item.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> strings(JsonNode list) {
    Set<String> out = new HashSet<>();
    if (list != null && list.isArray()) {
      list.forEach(item -> out.add(item.asText()));
    }
    return out;
  }

  private void apply(StoredSubject subject, JsonNode body) {
    for (Map.Entry<String, JsonNode> e : body.properties()) {
      String field = e.getKey();
      if (field.equals("status") && e.getValue().isTextual()) {
        subject.status = e.getValue().asText();
      } else if (field.equals("metadata")) {
        subject.metadata = e.getValue().isObject() ? e.getValue().deepCopy() : Json.object();
      } else if (USER_TEXT.contains(field) || USER_LISTS.contains(field) || BUSINESS_TEXT.contains(field)
          || field.equals("date_of_birth")) {
        subject.profile.set(field, e.getValue().deepCopy());
      }
    }
    subject.updatedAt = store.clock.instant();
  }

  /** A user or business as the fake shows it: the documented members, its internal id, session count and times. */
  ObjectNode json(StoredSubject s) {
    ObjectNode o = Json.object();
    o.put("vendor_data", s.vendorData);
    o.put("didit_internal_id", s.diditInternalId);
    for (String field : s.kind == Kind.USER ? List.of("full_name", "display_name", "date_of_birth") : BUSINESS_TEXT) {
      o.set(field, s.profile.has(field) ? s.profile.get(field).deepCopy() : NullNode.getInstance());
    }
    o.put("status", s.status);
    o.set("metadata", s.metadata.deepCopy());
    if (s.kind == Kind.USER) {
      for (String field : USER_LISTS) {
        o.set(field, s.profile.has(field) ? s.profile.get(field).deepCopy() : Json.array());
      }
    }
    o.put("session_count", DiditSubjectStore.sessionCount(s, store.sessions()));
    o.put("created_at", Json.isoSeconds(s.createdAt));
    o.put("updated_at", Json.isoSeconds(s.updatedAt));
    return o;
  }
}
