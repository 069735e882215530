package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditJson.notAllowed;
import static dev.onboardkit.testkit.didit.DiditJson.notFound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Ids;
import dev.onboardkit.testkit.internal.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The standalone JSON checks of the Verification API fake ({@code /database-validation/}, {@code /aml/},
 * {@code /kyb/search/}, {@code /kyb/select/}), called under the store's lock; the one-time codes are in
 * {@link DiditOtpRoutes}. Paid checks charge the ledger first and answer 402 when it is too low.
 */
final class DiditScreeningRoutes {
  private static final List<String> DOCUMENT_TYPES = List.of("P", "DL", "ID", "RP", "SSC", "HIC", "WP", "TC", "VISA",
      "PSC", "BC", "OTHER");
  static final String NO_CREDITS = "Insufficient credits. Top up your balance to continue.";

  private final DiditVerificationStore store;
  private final DiditStandaloneState state;
  private final Ids ids = new Ids();

  DiditScreeningRoutes(DiditVerificationStore store) {
    this.store = store;
    this.state = store.standalone;
  }

  /** Routes {@code /database-validation/}, {@code /aml/} and {@code /kyb/...}; null when the path is not one. */
  @Nullable FakeResponse route(FakeRequest r, List<String> s, String m) {
    String first = s.get(0);
    boolean kyb = first.equals("kyb") && s.size() == 3 && s.get(2).isEmpty()
        && (s.get(1).equals("search") || s.get(1).equals("select"));
    boolean single = (first.equals("aml") || first.equals("database-validation")) && s.size() == 2
        && s.get(1).isEmpty();
    if (!kyb && !single) {
      return null;
    }
    if (!m.equals("POST")) {
      return notAllowed(m, "POST");
    }
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    switch (kyb ? s.get(1) : first) {
      case "aml":
        return aml(p.body);
      case "database-validation":
        return database(p.body);
      case "search":
        return kybSearch(p.body);
      default:
        return kybSelect(p.body);
    }
  }

  private FakeResponse aml(JsonNode body) {
    ObjectNode errors = Json.object();
    String name = DiditValidation.requiredString(body, "full_name", errors);
    choice(body, "entity_type", List.of("person", "company"), errors);
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    if (!state.ledger.charge(DiditScreeningTestData.AML_PRICE)) {
      return DiditJson.detail(402, NO_CREDITS);
    }
    String folded = DiditRegistries.fold(name);
    boolean sanctioned = folded.equals(DiditRegistries.fold(DiditScreeningTestData.SANCTIONED_NAME));
    boolean pep = folded.equals(DiditRegistries.fold(DiditScreeningTestData.PEP_NAME));
    ObjectNode aml = Json.object();
    aml.put("status", sanctioned ? "Declined" : pep ? "In Review" : "Approved");
    aml.put("total_hits", sanctioned || pep ? 1 : 0);
    aml.put("entity_type", body.path("entity_type").asText("person"));
    aml.put("score", sanctioned ? 100 : pep ? 60 : 0);
    aml.set("hits", sanctioned || pep ? Json.array().add(hit(name, sanctioned)) : Json.array());
    ObjectNode screened = Json.object();
    for (String f : List.of("full_name", "date_of_birth", "nationality", "document_number")) {
      screened.set(f, body.has(f) ? body.get(f).deepCopy() : Json.MAPPER.nullNode());
    }
    aml.set("screened_data", screened);
    aml.set("warnings", sanctioned || pep ? Json.array().add(Json.object().put("feature", "AML")
        .put("risk", sanctioned ? "POSSIBLE_MATCH_FOUND" : "PEP_MATCH_FOUND")
        .put("log_type", sanctioned ? "error" : "warning")
        .put("short_description", sanctioned ? "Sanctions match" : "PEP match")) : Json.array());
    aml.put("ongoing_monitoring", body.path("include_ongoing_monitoring").asBoolean(false));
    return FakeResponse.json(200, envelope("aml", aml, body));
  }

  private ObjectNode hit(String name, boolean sanctioned) {
    ObjectNode h = Json.object();
    h.put("id", "NK-" + ids.lowerAlnum(12));
    h.put("url", "https://www.opensanctions.org/entities/NK-fake/");
    h.put("match", true);
    h.put("match_score", 97);
    h.put("risk_score", sanctioned ? 100 : 60);
    h.put("target", true);
    h.put("caption", sanctioned ? DiditScreeningTestData.SANCTIONED_NAME : DiditScreeningTestData.PEP_NAME);
    h.set("datasets", Json.strings(sanctioned ? List.of("us_ofac_sdn", "eu_fsf") : List.of("every_politician")));
    h.set("properties", Json.object().<ObjectNode>set("name", Json.strings(List.of(name)))
        .set("topics", Json.strings(List.of(sanctioned ? "sanction" : "role.pep"))));
    h.put("review_status", "Unreviewed");
    h.set("pep_matches", sanctioned ? Json.array() : Json.array().add(Json.object().put("position",
        "Member of Parliament").put("country", "XX")));
    h.set("sanction_matches", sanctioned ? Json.array().add(Json.object().put("list", "OFAC SDN")
        .put("program", "FAKE-PROGRAM")) : Json.array());
    h.set("warning_matches", Json.array());
    h.set("adverse_media_matches", Json.array());
    h.put("first_seen", "2022-03-01T00:00:00");
    h.put("last_seen", "2026-01-01T00:00:00");
    return h;
  }

  private FakeResponse database(JsonNode body) {
    ObjectNode errors = Json.object();
    String state = DiditValidation.requiredString(body, "issuing_state", errors);
    if (state != null && DiditRegistries.country(state) == null) {
      errors.set("issuing_state", Json.array().add("\"" + state + "\" is not a valid ISO 3166-1 country code."));
    }
    choice(body, "document_type", DOCUMENT_TYPES, errors);
    choice(body, "gender", List.of("M", "F", "X"), errors);
    choice(body, "partial_match_action", List.of("DECLINE", "NO_ACTION"), errors);
    choice(body, "no_match_action", List.of("DECLINE", "NO_ACTION"), errors);
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    String number = firstText(body, "document_number", "id_number", "personal_number");
    if (number == null) {
      return DiditJson.bare(400, "Insufficient data: the sources of " + state + " need a document number.");
    }
    if (!this.state.ledger.charge(DiditScreeningTestData.DATABASE_VALIDATION_PRICE)) {
      return DiditJson.detail(402, NO_CREDITS);
    }
    DiditRegistries.Identity id = this.state.registries.identity(state, number);
    ObjectNode validations = Json.object();
    validations.set("document_number", outcome(id != null ? "MATCH" : "DOCUMENT_NOT_FOUND"));
    int compared = 0;
    int matched = 0;
    if (id != null) {
      for (Map.Entry<String, String> f : Map.of("first_name", id.firstName, "last_name", id.lastName,
          "date_of_birth", id.dateOfBirth.toString()).entrySet()) {
        String given = Json.text(body, f.getKey());
        if (given != null) {
          boolean same = DiditRegistries.fold(given).equals(DiditRegistries.fold(f.getValue()));
          validations.set(f.getKey(), outcome(same ? "MATCH" : "NO_MATCH"));
          compared++;
          matched += same ? 1 : 0;
        }
      }
    }
    String matchType = id == null ? "no_match" : matched == compared ? "full_match" : "partial_match";
    String action = Json.text(body, matchType.equals("partial_match") ? "partial_match_action" : "no_match_action");
    ObjectNode v = Json.object();
    v.put("status", matchType.equals("full_match") ? "Approved" : "DECLINE".equals(action) ? "Declined"
        : "In Review");
    v.put("match_type", matchType);
    v.put("issuing_state", DiditRegistries.country(state));
    v.put("validation_type", "1x1");
    ObjectNode screened = Json.object();
    body.properties().forEach(e -> {
      if (!List.of("vendor_data", "metadata", "services", "partial_match_action", "no_match_action")
          .contains(e.getKey())) {
        screened.set(e.getKey(), e.getValue().deepCopy());
      }
    });
    v.set("screened_data", screened);
    v.set("validations", validations);
    v.set("warnings", matchType.equals("full_match") ? Json.array() : Json.array().add(Json.object()
        .put("feature", "DATABASE_VALIDATION").put("risk", matchType.equals("no_match") ? "NO_MATCH_FOUND"
            : "PARTIAL_MATCH_FOUND").put("log_type", "DECLINE".equals(action) ? "error" : "warning")));
    return FakeResponse.json(200, envelope("database_validation", v, body));
  }

  private static ObjectNode outcome(String code) {
    return Json.object().put("outcome_code", code);
  }

  private FakeResponse kybSearch(JsonNode body) {
    ObjectNode errors = Json.object();
    String country = DiditValidation.requiredString(body, "country_code", errors);
    choice(body, "search_type", List.of("contains", "start_with", "fuzzy"), errors);
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    String name = Json.text(body, "name");
    String number = Json.text(body, "registration_number");
    if ((name == null || name.isBlank()) && (number == null || number.isBlank())) {
      return DiditJson.bare(400, "Provide a name or a registration_number.");
    }
    Map<String, DiditRegistries.Company> found = state.registries.search(country, name, number,
        body.path("search_type").asText("contains"));
    com.fasterxml.jackson.databind.node.ArrayNode companies = Json.array();
    found.forEach((handle, c) -> companies.add(Json.object().put("kyb_response_id", handle).put("name", c.name)
        .put("registration_number", c.registrationNumber).put("status", "active").put("type", c.type)
        .putNull("risk_level").put("fetch_status", "resolved")));
    ObjectNode registry = Json.object();
    registry.set("companies", companies);
    registry.set("pagination", Json.object().put("total", found.size()).put("page", 1).put("per_page", 25));
    registry.put("search_status", "resolved");
    registry.put("search_resolved", true);
    return FakeResponse.json(200, envelope("kyb_registry", registry, body));
  }

  private FakeResponse kybSelect(JsonNode body) {
    ObjectNode errors = Json.object();
    String handle = DiditValidation.requiredString(body, "kyb_response_id", errors);
    if (body.path("save_api_request").isBoolean() && !body.get("save_api_request").asBoolean()) {
      errors.set("save_api_request", Json.array().add("Must be true."));
    }
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    DiditRegistries.Company c = state.registries.candidate(handle);
    if (c == null) {
      return notFound();
    }
    if (!state.ledger.charge(DiditScreeningTestData.KYB_SELECT_PRICE)) {
      return DiditJson.detail(402, NO_CREDITS);
    }
    ObjectNode p = Json.object();
    p.put("uuid", c.uuid);
    p.put("registry_status", "active");
    p.put("data_resolved", true);
    p.put("company_name", c.name);
    p.put("registration_number", c.registrationNumber);
    p.put("country_code", c.countryCode);
    p.put("company_type", c.type);
    p.put("incorporation_date", c.incorporated.toString());
    p.put("registered_address", c.address);
    p.putNull("tax_number");
    p.put("is_from_registry", true);
    p.put("fetch_status", "resolved");
    com.fasterxml.jackson.databind.node.ArrayNode officers = Json.array();
    c.officers.forEach(o -> officers.add(Json.object().put("name", o).put("role", "director")));
    p.set("officers", officers);
    p.set("beneficial_owners", Json.array());
    p.set("registry_data", Json.object().put("source", "companies-house-fake"));
    return FakeResponse.json(200, envelope("kyb_registry", p, body));
  }

  /** {@code {request_id, <name>: result, vendor_data, metadata, created_at}}. */
  private ObjectNode envelope(String name, ObjectNode result, JsonNode body) {
    ObjectNode o = Json.object();
    o.put("request_id", ids.uuid());
    o.set(name, result);
    o.put("vendor_data", Json.text(body, "vendor_data"));
    o.set("metadata", body.path("metadata").isObject() ? body.get("metadata").deepCopy() : Json.MAPPER.nullNode());
    o.put("created_at", Json.isoMillis(now()));
    return o;
  }

  private Instant now() {
    return store.clock.instant();
  }

  static void choice(JsonNode body, String field, List<String> allowed, ObjectNode errors) {
    JsonNode v = body.get(field);
    if (v != null && !v.isNull() && !allowed.contains(v.asText())) {
      errors.set(field, Json.array().add("\"" + v.asText() + "\" is not a valid choice."));
    }
  }

  private static @Nullable String firstText(JsonNode body, String... fields) {
    for (String f : fields) {
      String v = Json.text(body, f);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
