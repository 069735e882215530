package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import java.util.Map;

/** The Didit fake's JSON: reading request bodies the DRF way, its error bodies, and how it shows tokens and apps. */
final class DiditJson {
  private DiditJson() {}

  /** A request body read as a JSON object, or the 400 to answer instead. */
  static final class Parsed {
    final @Nullable JsonNode body;
    final @Nullable FakeResponse error;

    private Parsed(@Nullable JsonNode body, @Nullable FakeResponse error) {
      this.body = body;
      this.error = error;
    }
  }

  /** Reads the body: empty is {@code {}}, malformed JSON and non-objects are 400s as DRF words them. */
  static Parsed parse(FakeRequest r) {
    if (!r.hasBody() || r.bodyText().isBlank()) {
      return new Parsed(Json.object(), null);
    }
    JsonNode node = Json.parse(r.bodyText());
    if (node == null) {
      return new Parsed(null, detail(400, "JSON parse error - invalid JSON."));
    }
    if (!node.isObject()) {
      ObjectNode body = Json.object();
      body.set("non_field_errors", Json.array().add(
          "Invalid data. Expected a dictionary, but got " + DiditValidation.pythonType(node) + "."));
      return new Parsed(null, FakeResponse.json(400, body));
    }
    return new Parsed(node, null);
  }

  /** {@code {"detail": message}}. */
  static FakeResponse detail(int status, String message) {
    ObjectNode body = Json.object();
    body.put("detail", message);
    return FakeResponse.json(status, body);
  }

  /** 404 {@code {"detail":"Not found."}}. */
  static FakeResponse notFound() {
    return detail(404, "Not found.");
  }

  /** A bare array holding one message, as DRF answers a non-field validation error. */
  static FakeResponse bare(int status, String message) {
    return FakeResponse.json(status, Json.array().add(message));
  }

  /** 405 {@code {"detail":"Method \"PUT\" not allowed."}} with {@code Allow}. */
  static FakeResponse notAllowed(String method, String allow) {
    ObjectNode body = Json.object();
    body.put("detail", "Method \"" + method + "\" not allowed.");
    return FakeResponse.json(405, body, Map.of("Allow", allow));
  }

  /** 429 {@code {"detail": message, "wait": seconds}} with {@code Retry-After}. */
  static FakeResponse tooMany(String message, long waitSeconds) {
    ObjectNode body = Json.object();
    body.put("detail", message);
    body.put("wait", waitSeconds);
    return FakeResponse.json(429, body, Map.of("Retry-After", Long.toString(waitSeconds)));
  }

  /** {@code {access_token, refresh_token, expires_in}}. */
  static ObjectNode tokens(DiditTokens tokens) {
    ObjectNode out = Json.object();
    out.put("access_token", tokens.accessToken);
    out.put("refresh_token", tokens.refreshToken);
    out.put("expires_in", tokens.expiresInSeconds);
    return out;
  }

  /** An organization as {@code GET /organizations/me/} lists it. */
  static ObjectNode organization(StoredOrganization org) {
    ObjectNode o = Json.object();
    o.put("uuid", org.uuid);
    o.put("name", org.name);
    o.put("contact_email", org.contactEmail);
    o.put("created_at", Json.isoSeconds(org.createdAt));
    return o;
  }

  /** An application as the application endpoints show it. */
  static ObjectNode app(StoredApp app) {
    ObjectNode o = Json.object();
    o.put("uuid", app.uuid);
    o.put("name", app.name);
    o.put("client_id", app.clientId);
    o.put("api_key", app.apiKey);
    o.put("website_url", app.websiteUrl);
    o.set("redirect_uris", Json.strings(app.redirectUris));
    o.put("terms_url", app.termsUrl);
    o.put("privacy_url", app.privacyUrl);
    o.put("description", app.description);
    o.put("created_at", Json.isoSeconds(app.createdAt));
    return o;
  }
}
