package dev.onboardkit.testkit.klara;

import static dev.onboardkit.testkit.klara.KlaraJson.error;
import static dev.onboardkit.testkit.klara.KlaraJson.invalidBody;
import static dev.onboardkit.testkit.klara.KlaraJson.missingFields;
import static dev.onboardkit.testkit.klara.KlaraJson.optionalBoolean;
import static dev.onboardkit.testkit.klara.KlaraJson.parseObject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The application endpoints: create, refresh pre-auth, retrieve, list and document download. Called by
 * {@link KlaraRoutes} under the store's lock.
 */
final class KlaraApplicationRoutes {
  private final KlaraStore store;
  private final KlaraApplicationJson json;

  KlaraApplicationRoutes(KlaraStore store, KlaraApplicationJson json) {
    this.store = store;
    this.json = json;
  }

  /** {@code POST /applications}. */
  FakeResponse create(FakeRequest r) {
    KlaraAuth auth = KlaraAuth.check(store, r, FakeKlaraServer.SCOPE_APPLICATIONS_CREATE);
    if (auth.error != null) {
      return auth.error;
    }
    JsonNode body = parseObject(r);
    if (body == null) {
      return error(400, "Invalid JSON body");
    }
    String configId = Json.text(body, "config_id");
    KlaraApplicant applicant = new KlaraApplicant(body);
    List<String> required = new ArrayList<>();
    if (configId == null) {
      required.add("config_id");
    }
    applicant.addMissing(required);
    if (!required.isEmpty()) {
      return missingFields(required);
    }
    ObjectNode details = Json.object();
    boolean preAuth = optionalBoolean(body, "pre_auth", details);
    if (details.size() > 0) {
      return invalidBody(details);
    }
    if (!applicant.hasValidEmail()) {
      return error(400, "Invalid email address for primary_contact.email");
    }
    String configOrg = store.configOrganization(configId);
    if (configOrg == null) {
      return error(400, "Invalid config_id");
    }
    if (!configOrg.equals(auth.key.organizationId)) {
      return error(403, "Config not available for this organization");
    }
    StoredApplication a = store.createApplication(auth.key, configId, applicant, preAuth);
    ObjectNode out = Json.object();
    out.put("application_id", a.id);
    out.put("link", preAuth ? json.preAuthLink(a) : json.link(a));
    out.set("participants", Json.array().add(json.participant(a)));
    if (preAuth) {
      out.put("pre_auth_code", a.preAuthCode);
    }
    if (!a.inviteEmailSent) {
      out.put("warning", FakeKlaraServer.INVITE_EMAIL_WARNING);
    }
    return FakeResponse.json(201, out);
  }

  /** {@code POST /applications/{id}/pre-auth}. */
  FakeResponse refreshPreAuth(FakeRequest r, String id) {
    KlaraAuth auth = KlaraAuth.check(store, r, FakeKlaraServer.SCOPE_APPLICATIONS_CREATE);
    if (auth.error != null) {
      return auth.error;
    }
    StoredApplication a = store.visible(auth.key, id);
    if (a == null) {
      return error(404, "Application not found");
    }
    if (a.isTerminal()) {
      return error(400, "Application is in a terminal status and pre-auth is no longer applicable");
    }
    store.mintPreAuth(a);
    ObjectNode out = Json.object();
    out.put("pre_auth_code", a.preAuthCode);
    out.put("link", json.preAuthLink(a));
    out.put("expires_at", Json.isoMillis(a.preAuthExpiresAt));
    out.put("participant_id", a.participantId);
    out.put("already_verified", a.emailVerified);
    return FakeResponse.json(201, out);
  }

  /** {@code GET /applications/{id}}. */
  FakeResponse retrieve(FakeRequest r, String id) {
    KlaraAuth auth = KlaraAuth.check(store, r, FakeKlaraServer.SCOPE_APPLICATIONS_READ);
    if (auth.error != null) {
      return auth.error;
    }
    StoredApplication a = store.visible(auth.key, id);
    if (a == null) {
      return error(404, "Application not found");
    }
    return FakeResponse.json(200, json.detail(a));
  }

  /** {@code GET /applications}: newest first, filtered by status, paged by an opaque cursor. */
  FakeResponse list(FakeRequest r) {
    KlaraAuth auth = KlaraAuth.check(store, r, FakeKlaraServer.SCOPE_APPLICATIONS_READ);
    if (auth.error != null) {
      return auth.error;
    }
    String status = r.query("status");
    if (r.hasQuery("status") && (status == null || !KlaraStore.STATUSES.contains(status))) {
      return error(400, "Invalid status");
    }
    int limit = 50;
    if (r.hasQuery("limit")) {
      String raw = r.query("limit");
      try {
        limit = Integer.parseInt(raw == null ? "" : raw.trim());
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > 100) {
        return error(400, "Invalid limit: must be an integer between 1 and 100");
      }
    }
    long before = Long.MAX_VALUE;
    if (r.hasQuery("cursor")) {
      Long decoded = KlaraCursor.decode(r.query("cursor"));
      if (decoded == null) {
        return error(400, "Invalid cursor");
      }
      before = decoded;
    }
    ArrayNode page = Json.array();
    StoredApplication last = null;
    boolean hasMore = false;
    for (StoredApplication a : store.newestFirst()) {
      if (!a.organizationId.equals(auth.key.organizationId) || a.seq >= before
          || (status != null && !a.status.equals(status))) {
        continue;
      }
      if (page.size() == limit) {
        hasMore = true;
        break;
      }
      page.add(json.listItem(a));
      last = a;
    }
    ObjectNode out = Json.object();
    out.set("applications", page);
    out.put("has_more", hasMore);
    out.put("next_cursor", hasMore && last != null ? KlaraCursor.encode(last.seq) : null);
    return FakeResponse.json(200, out);
  }

  /** {@code GET /applications/{id}/documents/{docId}}: a presigned URL valid one hour. */
  FakeResponse document(FakeRequest r, String id, String documentId) {
    KlaraAuth auth = KlaraAuth.check(store, r, FakeKlaraServer.SCOPE_APPLICATIONS_READ);
    if (auth.error != null) {
      return auth.error;
    }
    StoredApplication a = store.visible(auth.key, id);
    if (a == null) {
      return error(404, "Application not found");
    }
    for (StoredDocument d : a.documents) {
      if (d.id.equals(documentId)) {
        ObjectNode out = Json.object();
        out.put("url", json.downloadUrl(a, d, 3600));
        out.put("file_name", d.fileName);
        out.put("file_type", d.fileType);
        return FakeResponse.json(200, out);
      }
    }
    return error(404, "Document not found");
  }
}
