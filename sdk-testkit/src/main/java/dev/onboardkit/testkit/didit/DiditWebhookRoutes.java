package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditJson.notAllowed;
import static dev.onboardkit.testkit.didit.DiditJson.notFound;
import static dev.onboardkit.testkit.didit.DiditVerificationJson.fieldError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The webhook configuration endpoints of the Verification API fake, called under the store's lock. */
final class DiditWebhookRoutes {
  private static final List<String> VERSIONS = List.of("v1", "v2", "v3");
  private static final List<String> EVENTS = List.of("status.updated", "data.updated", "user.status.updated",
      "user.data.updated", "business.status.updated", "business.data.updated", "activity.created",
      "transaction.created", "transaction.status.updated");

  private final DiditVerificationStore store;

  DiditWebhookRoutes(DiditVerificationStore store) {
    this.store = store;
  }

  FakeResponse route(FakeRequest r, List<String> s, String m) {
    int n = s.size();
    if (n == 2 && s.get(1).isEmpty()) {
      if (m.equals("GET")) {
        return FakeResponse.json(200, DiditVerificationJson.settings(store));
      }
      return m.equals("PATCH") ? updateSettings(r) : notAllowed(m, "GET, PATCH");
    }
    if (n < 3 || !s.get(1).equals("destinations")) {
      return notFound();
    }
    if (n == 3 && s.get(2).isEmpty()) {
      if (m.equals("GET")) {
        List<ObjectNode> all = new ArrayList<>();
        store.destinations().forEach(d -> all.add(DiditVerificationJson.destination(d, false)));
        return FakeResponse.json(200, DiditVerificationJson.array(all));
      }
      return m.equals("POST") ? create(r) : notAllowed(m, "GET, POST");
    }
    StoredDestination d = store.destination(s.get(2));
    if (d == null) {
      return notFound();
    }
    if (n == 4 && s.get(3).isEmpty()) {
      switch (m) {
        case "GET":
          return FakeResponse.json(200, DiditVerificationJson.destination(d, true));
        case "PATCH":
          return update(r, d);
        case "DELETE":
          store.deleteDestination(d);
          return FakeResponse.raw(204, "", Map.of());
        default:
          return notAllowed(m, "GET, PATCH, DELETE");
      }
    }
    if (s.get(3).equals("deliveries") && (n == 5 && s.get(4).isEmpty() || n == 6 && s.get(5).isEmpty())) {
      if (!m.equals("GET")) {
        return notAllowed(m, "GET");
      }
      if (n == 5) {
        List<ObjectNode> all = new ArrayList<>();
        d.deliveries.forEach(x -> all.add(DiditVerificationJson.delivery(x)));
        ObjectNode page = Json.object();
        page.put("count", all.size());
        page.putNull("next");
        page.putNull("previous");
        page.set("results", DiditVerificationJson.array(all));
        return FakeResponse.json(200, page);
      }
      return d.deliveries.stream().filter(x -> x.uuid.equals(s.get(4))).findFirst()
          .map(x -> FakeResponse.json(200, DiditVerificationJson.delivery(x))).orElseGet(DiditJson::notFound);
    }
    return notFound();
  }

  private FakeResponse create(FakeRequest r) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    String label = Json.text(p.body, "label");
    String url = Json.text(p.body, "url");
    if (label == null) {
      return fieldError("label", "This field is required.");
    }
    if (url == null) {
      return fieldError("url", "This field is required.");
    }
    if (!url.startsWith("https://") && !url.startsWith("http://127.0.0.1") && !url.startsWith("http://localhost")) {
      return fieldError("url", "Enter a valid HTTPS URL.");
    }
    for (StoredDestination existing : store.destinations()) {
      if (existing.url.equals(url)) {
        return fieldError("url", "A webhook destination with this URL already exists.");
      }
    }
    FakeResponse invalid = validate(p.body);
    if (invalid != null) {
      return invalid;
    }
    StoredDestination d = store.newDestination(label, url);
    apply(d, p.body);
    return FakeResponse.json(201, DiditVerificationJson.destination(d, true));
  }

  private FakeResponse update(FakeRequest r, StoredDestination d) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    FakeResponse invalid = validate(p.body);
    if (invalid != null) {
      return invalid;
    }
    if (Json.text(p.body, "label") != null) {
      d.label = Json.text(p.body, "label");
    }
    if (Json.text(p.body, "url") != null) {
      d.url = Json.text(p.body, "url");
    }
    apply(d, p.body);
    d.updatedAt = store.clock.instant();
    return FakeResponse.json(200, DiditVerificationJson.destination(d, true));
  }

  private static FakeResponse validate(JsonNode body) {
    String version = Json.text(body, "webhook_version");
    if (version != null && !VERSIONS.contains(version)) {
      return DiditVerificationJson.invalidChoice("webhook_version", version, VERSIONS);
    }
    JsonNode events = body.get("subscribed_events");
    if (events != null) {
      if (!events.isArray() || events.isEmpty()) {
        return fieldError("subscribed_events", "Provide at least one event.");
      }
      for (JsonNode e : events) {
        if (!EVENTS.contains(e.asText())) {
          return DiditVerificationJson.invalidChoice("subscribed_events", e.asText(), EVENTS);
        }
      }
    }
    return null;
  }

  private static void apply(StoredDestination d, JsonNode body) {
    if (body.path("enabled").isBoolean()) {
      d.enabled = body.get("enabled").asBoolean();
    }
    if (Json.text(body, "webhook_version") != null) {
      d.webhookVersion = Json.text(body, "webhook_version");
    }
    if (body.path("subscribed_events").isArray()) {
      List<String> events = new ArrayList<>();
      body.get("subscribed_events").forEach(e -> events.add(e.asText()));
      d.subscribedEvents = events;
    }
  }

  private FakeResponse updateSettings(FakeRequest r) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    String capture = Json.text(p.body, "capture_method");
    if (capture != null && !List.of("mobile", "desktop", "both").contains(capture)) {
      return DiditVerificationJson.invalidChoice("capture_method", capture, List.of("mobile", "desktop", "both"));
    }
    if (p.body.has("webhook_url")) {
      store.legacyWebhookUrl = Json.text(p.body, "webhook_url");
    }
    if (Json.text(p.body, "webhook_version") != null) {
      store.legacyWebhookVersion = Json.text(p.body, "webhook_version");
    }
    if (Json.text(p.body, "secret_shared_key") != null) {
      store.legacyWebhookSecret = Json.text(p.body, "secret_shared_key");
      store.secrets.add(store.legacyWebhookSecret);
    }
    if (p.body.path("rotate_secret_key").asBoolean(false)) {
      store.rotateLegacySecret();
    }
    if (capture != null) {
      store.captureMethod = capture;
    }
    if (p.body.has("data_retention_months")) {
      JsonNode months = p.body.get("data_retention_months");
      store.dataRetentionMonths = months.isInt() ? months.asInt() : null;
    }
    return FakeResponse.json(200, DiditVerificationJson.settings(store));
  }
}
