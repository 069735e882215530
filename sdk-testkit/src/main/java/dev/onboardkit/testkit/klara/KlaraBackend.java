package dev.onboardkit.testkit.klara;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.webhook.HmacSignatures;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.WebhookDelivery;
import dev.onboardkit.testkit.internal.FakeHandler;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Ids;
import dev.onboardkit.testkit.internal.Json;
import dev.onboardkit.testkit.internal.SecretLedger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Klara fake's state and request handling. Every request and every test-side call runs under this object's
 * monitor, so the state is consistent under any number of concurrent clients.
 */
final class KlaraBackend implements FakeHandler {
  static final String PORTAL = "https://app.klara-ai.com";
  static final Duration PRE_AUTH_TTL = Duration.ofHours(72);
  static final Duration RFI_TTL = Duration.ofDays(14);
  static final Duration RFI_PRE_AUTH_TTL = Duration.ofMinutes(10);
  static final List<String> STATUSES =
      List.of("created", "sent", "in_progress", "submitted", "review", "approved", "rejected");
  static final List<String> DECISION_TYPES =
      List.of("application.approved", "application.rejected", "application.referred");

  private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
  private static final Pattern UUID_TEXT =
      Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private final FakeClock clock;
  private final Ids ids = new Ids();
  final String organizationId;
  final String foreignOrganizationId;
  private final Map<String, String> orgSlugs = new LinkedHashMap<>();
  private final Map<String, StoredKey> keys = new LinkedHashMap<>();
  private final Map<String, String> configs = new LinkedHashMap<>();
  private final Map<String, StoredApplication> applications = new LinkedHashMap<>();
  private final List<KlaraRfiRequestSnapshot> rfiRequests = new ArrayList<>();
  private long sequence;
  private boolean failInviteEmails;
  private KlaraParticipantIdentifier participantIdentifier = KlaraParticipantIdentifier.LINK_SLUG;
  private KlaraUnauthorizedShape unauthorizedShape = KlaraUnauthorizedShape.INVALID_API_KEY;
  private String webhookSecret;
  final SecretLedger secrets = new SecretLedger();

  KlaraBackend(FakeClock clock) {
    this.clock = clock;
    this.organizationId = ids.uuid();
    this.foreignOrganizationId = ids.uuid();
    orgSlugs.put(organizationId, FakeKlaraServer.ORGANIZATION_SLUG);
    orgSlugs.put(foreignOrganizationId, "other-org");
    configs.put(FakeKlaraServer.DEFAULT_CONFIG_ID, organizationId);
    this.webhookSecret = "whsec_" + ids.hex(40);
    secrets.add(webhookSecret);
  }

  // ---------------------------------------------------------------- test-side operations

  synchronized String issueKey(String orgId, String... scopes) {
    Set<String> set = new LinkedHashSet<>();
    if (scopes.length == 0) {
      set.addAll(FakeKlaraServer.ALL_SCOPES);
    } else {
      for (String s : scopes) {
        if (!FakeKlaraServer.ALL_SCOPES.contains(s)) {
          throw new IllegalArgumentException("unknown scope: " + s + " (known: " + FakeKlaraServer.ALL_SCOPES + ")");
        }
        set.add(s);
      }
    }
    String secretHalf = ids.base64Url(24);
    String key = "klara_" + ids.hex(24) + "." + secretHalf;
    keys.put(key, new StoredKey(orgId, set));
    secrets.add(key);
    secrets.add(secretHalf);
    return key;
  }

  synchronized boolean revokeKey(String key) {
    StoredKey k = keys.get(key);
    if (k == null || k.revoked) {
      return false;
    }
    k.revoked = true;
    return true;
  }

  synchronized void addConfig(String id, String orgId) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("config id must not be blank");
    }
    configs.put(id, orgId);
  }

  synchronized void failInviteEmails(boolean fail) {
    this.failInviteEmails = fail;
  }

  synchronized void participantIdentifier(KlaraParticipantIdentifier identifier) {
    this.participantIdentifier = identifier;
  }

  synchronized void unauthorizedShape(KlaraUnauthorizedShape shape) {
    this.unauthorizedShape = shape;
  }

  synchronized String webhookSecret() {
    return webhookSecret;
  }

  synchronized void setWebhookSecret(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("secret must not be empty");
    }
    this.webhookSecret = secret;
    secrets.add(secret);
  }

  synchronized void setStatus(String applicationId, String status) {
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("unknown status: " + status + " (known: " + STATUSES + ")");
    }
    StoredApplication a = require(applicationId);
    a.status = status;
    Instant now = clock.instant();
    boolean pastSubmission = status.equals("submitted") || status.equals("review") || status.equals("approved")
        || status.equals("rejected");
    if (pastSubmission && a.submittedAt == null) {
      a.submittedAt = now;
    }
    if (!pastSubmission) {
      a.submittedAt = null;
    }
    if (status.equals("approved") || status.equals("rejected")) {
      a.completedAt = now;
    } else {
      a.completedAt = null;
    }
    if (!status.equals("created") && !status.equals("sent")) {
      a.emailVerified = true;
    }
  }

  synchronized void markEmailVerified(String applicationId) {
    require(applicationId).emailVerified = true;
  }

  synchronized String addDocument(String applicationId, String fieldId, String fileName, String fileType,
      String status) {
    StoredApplication a = require(applicationId);
    String id = ids.uuid();
    a.documents.add(new StoredDocument(id, fieldId, fileName, fileType, status));
    return id;
  }

  synchronized void putField(String applicationId, String name, @Nullable Object value) {
    require(applicationId).fields.put(name, value);
  }

  synchronized void addPerson(String applicationId, Map<String, Object> person) {
    require(applicationId).people.add(new LinkedHashMap<>(person));
  }

  synchronized void addEntity(String applicationId, Map<String, Object> entity) {
    require(applicationId).entities.add(new LinkedHashMap<>(entity));
  }

  synchronized List<KlaraApplicationSnapshot> snapshots() {
    List<KlaraApplicationSnapshot> out = new ArrayList<>();
    for (StoredApplication a : applications.values()) {
      out.add(new KlaraApplicationSnapshot(a));
    }
    return out;
  }

  synchronized int createdCount() {
    return applications.size();
  }

  synchronized @Nullable KlaraApplicationSnapshot snapshot(String applicationId) {
    StoredApplication a = applications.get(applicationId);
    return a == null ? null : new KlaraApplicationSnapshot(a);
  }

  synchronized List<KlaraRecordedDecision> decisions(String applicationId) {
    return new ArrayList<>(require(applicationId).decisions);
  }

  synchronized List<KlaraRfiRequestSnapshot> rfiRequests() {
    return new ArrayList<>(rfiRequests);
  }

  synchronized boolean preAuthCodeValid(String applicationId, String code) {
    StoredApplication a = applications.get(applicationId);
    return a != null && a.preAuthCode != null && a.preAuthCode.equals(code) && a.preAuthExpiresAt != null
        && clock.instant().isBefore(a.preAuthExpiresAt) && !isTerminal(a.status);
  }

  synchronized WebhookDelivery signedEvent(String type, @Nullable String applicationId, Map<String, Object> data) {
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("type must not be blank");
    }
    Instant now = clock.instant();
    String eventId = "evt_" + ids.hex(24);
    ObjectNode envelope = Json.object();
    envelope.put("id", eventId);
    envelope.put("type", type);
    envelope.put("timestamp", Json.isoMillis(now));
    envelope.put("applicationId", applicationId);
    envelope.put("organizationId", organizationId);
    envelope.set("data", Json.valueToTree(data));
    String body = Json.write(envelope);
    String timestamp = Long.toString(now.getEpochSecond());
    String signature = "sha256=" + HmacSignatures.hex(HmacSignatures.hmacSha256(
        webhookSecret.getBytes(StandardCharsets.UTF_8),
        (timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("X-Klara-Signature", signature);
    headers.put("X-Klara-Timestamp", timestamp);
    return new WebhookDelivery(eventId, type, body, headers);
  }

  private StoredApplication require(String applicationId) {
    StoredApplication a = applications.get(applicationId);
    if (a == null) {
      throw new IllegalArgumentException("no application with id " + applicationId);
    }
    return a;
  }

  // ---------------------------------------------------------------- HTTP

  @Override
  public synchronized FakeResponse handle(FakeRequest r) {
    if (r.bodyTooLarge()) {
      return error(413, "Request body too large");
    }
    List<String> s = r.segments();
    String m = r.method();
    int n = s.size();
    boolean apps = n >= 1 && s.get(0).equals("applications");
    if (n == 1 && apps) {
      if (m.equals("POST")) {
        return create(r);
      }
      return m.equals("GET") ? list(r) : notAllowed("GET, POST");
    }
    if (n == 2 && apps && !s.get(1).isEmpty()) {
      return m.equals("GET") ? retrieve(r, s.get(1)) : notAllowed("GET");
    }
    if (n == 3 && apps && !s.get(1).isEmpty() && s.get(2).equals("pre-auth")) {
      return m.equals("POST") ? refreshPreAuth(r, s.get(1)) : notAllowed("POST");
    }
    if (n == 3 && apps && !s.get(1).isEmpty() && s.get(2).equals("decision")) {
      return m.equals("POST") ? decide(r, s.get(1)) : notAllowed("POST");
    }
    if (n == 4 && apps && !s.get(1).isEmpty() && s.get(2).equals("documents") && !s.get(3).isEmpty()) {
      return m.equals("GET") ? document(r, s.get(1), s.get(3)) : notAllowed("GET");
    }
    if (n == 1 && s.get(0).equals("rfi-requests")) {
      return m.equals("POST") ? createRfi(r) : notAllowed("POST");
    }
    return error(404, "Not found");
  }

  private FakeResponse create(FakeRequest r) {
    Auth auth = authenticate(r, FakeKlaraServer.SCOPE_APPLICATIONS_CREATE);
    if (auth.error != null) {
      return auth.error;
    }
    JsonNode body = parseObject(r);
    if (body == null) {
      return error(400, "Invalid JSON body");
    }
    String configId = Json.text(body, "config_id");
    Applicant applicant = new Applicant(body);
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
    if (!EMAIL.matcher(applicant.contactEmail).matches()) {
      return error(400, "Invalid email address for primary_contact.email");
    }
    String configOrg = configs.get(configId);
    if (configOrg == null) {
      return error(400, "Invalid config_id");
    }
    if (!configOrg.equals(auth.key.organizationId)) {
      return error(403, "Config not available for this organization");
    }
    Instant now = clock.instant();
    boolean emailSent = !failInviteEmails;
    StoredApplication a = new StoredApplication(++sequence, ids.uuid(), auth.key.organizationId, configId,
        applicant.companyName, applicant.companyNumber, applicant.country, applicant.contactEmail,
        applicant.contactName, applicant.contactRole, ids.uuid(),
        ids.lowerAlnum(16), ids.upperAlnum(6), emailSent, now);
    if (preAuth) {
      mintPreAuth(a, now);
    }
    applications.put(a.id, a);

    ObjectNode out = Json.object();
    out.put("application_id", a.id);
    out.put("link", preAuth ? preAuthLink(a) : PORTAL + "/external/" + orgSlugs.get(a.organizationId)
        + "/application/" + a.linkCode);
    out.set("participants", Json.array().add(participant(a)));
    if (preAuth) {
      out.put("pre_auth_code", a.preAuthCode);
    }
    if (!emailSent) {
      out.put("warning", FakeKlaraServer.INVITE_EMAIL_WARNING);
    }
    return FakeResponse.json(201, out);
  }

  private FakeResponse refreshPreAuth(FakeRequest r, String id) {
    Auth auth = authenticate(r, FakeKlaraServer.SCOPE_APPLICATIONS_CREATE);
    if (auth.error != null) {
      return auth.error;
    }
    StoredApplication a = visible(auth.key, id);
    if (a == null) {
      return error(404, "Application not found");
    }
    if (isTerminal(a.status)) {
      return error(400, "Application is in a terminal status and pre-auth is no longer applicable");
    }
    mintPreAuth(a, clock.instant());
    ObjectNode out = Json.object();
    out.put("pre_auth_code", a.preAuthCode);
    out.put("link", preAuthLink(a));
    out.put("expires_at", Json.isoMillis(a.preAuthExpiresAt));
    out.put("participant_id", a.participantId);
    out.put("already_verified", a.emailVerified);
    return FakeResponse.json(201, out);
  }

  private FakeResponse retrieve(FakeRequest r, String id) {
    Auth auth = authenticate(r, FakeKlaraServer.SCOPE_APPLICATIONS_READ);
    if (auth.error != null) {
      return auth.error;
    }
    StoredApplication a = visible(auth.key, id);
    if (a == null) {
      return error(404, "Application not found");
    }
    ObjectNode out = Json.object();
    out.put("id", a.id);
    out.put("config_id", a.configId);
    out.put("status", a.status);
    ObjectNode data = Json.object();
    data.set("fields", Json.valueToTree(a.fields));
    data.set("people", Json.valueToTree(a.people));
    data.set("entities", Json.valueToTree(a.entities));
    out.set("data", data);
    out.set("participants", Json.array().add(participant(a)));
    out.set("documents", acceptedDocuments(a));
    out.put("created_at", Json.isoMillis(a.createdAt));
    out.put("submitted_at", a.submittedAt == null ? null : Json.isoMillis(a.submittedAt));
    out.put("completed_at", a.completedAt == null ? null : Json.isoMillis(a.completedAt));
    return FakeResponse.json(200, out);
  }

  private FakeResponse list(FakeRequest r) {
    Auth auth = authenticate(r, FakeKlaraServer.SCOPE_APPLICATIONS_READ);
    if (auth.error != null) {
      return auth.error;
    }
    String status = r.query("status");
    if (r.hasQuery("status") && (status == null || !STATUSES.contains(status))) {
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
      Long decoded = decodeCursor(r.query("cursor"));
      if (decoded == null) {
        return error(400, "Invalid cursor");
      }
      before = decoded;
    }
    List<StoredApplication> newestFirst = new ArrayList<>(applications.values());
    java.util.Collections.reverse(newestFirst);
    ArrayNode page = Json.array();
    StoredApplication last = null;
    boolean hasMore = false;
    for (StoredApplication a : newestFirst) {
      if (!a.organizationId.equals(auth.key.organizationId) || a.seq >= before
          || (status != null && !a.status.equals(status))) {
        continue;
      }
      if (page.size() == limit) {
        hasMore = true;
        break;
      }
      page.add(listItem(a));
      last = a;
    }
    ObjectNode out = Json.object();
    out.set("applications", page);
    out.put("has_more", hasMore);
    out.put("next_cursor", hasMore && last != null ? encodeCursor(last.seq) : null);
    return FakeResponse.json(200, out);
  }

  private FakeResponse document(FakeRequest r, String id, String documentId) {
    Auth auth = authenticate(r, FakeKlaraServer.SCOPE_APPLICATIONS_READ);
    if (auth.error != null) {
      return auth.error;
    }
    StoredApplication a = visible(auth.key, id);
    if (a == null) {
      return error(404, "Application not found");
    }
    for (StoredDocument d : a.documents) {
      if (d.id.equals(documentId)) {
        ObjectNode out = Json.object();
        out.put("url", downloadUrl(a, d, 3600));
        out.put("file_name", d.fileName);
        out.put("file_type", d.fileType);
        return FakeResponse.json(200, out);
      }
    }
    return error(404, "Document not found");
  }

  private FakeResponse decide(FakeRequest r, String id) {
    Auth auth = authenticate(r, FakeKlaraServer.SCOPE_APPLICATIONS_WRITE);
    if (auth.error != null) {
      return auth.error;
    }
    JsonNode body = parseObject(r);
    if (body == null) {
      return error(400, "Invalid JSON body");
    }
    StoredApplication a = visible(auth.key, id);
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
      details.set("application_id", Json.array().add("Expected string, received " + jsonType(bodyId)));
    }
    JsonNode data = body.get("data");
    if (data != null && !data.isNull() && !data.isObject()) {
      details.set("data", Json.array().add("Expected object, received " + jsonType(data)));
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
    for (KlaraRecordedDecision d : a.decisions) {
      if (d.type().equals(decisionType)) {
        ObjectNode out = Json.object();
        out.put("success", true);
        out.put("already_recorded", true);
        out.put("message", "Decision already recorded for this application");
        return FakeResponse.json(200, out);
      }
    }
    Instant now = clock.instant();
    Map<String, Object> dataMap = data == null || data.isNull() ? Map.of() : Json.toMap(data);
    KlaraRecordedDecision decision = new KlaraRecordedDecision(decisionType, timestamp.asText(), dataMap, now);
    a.decisions.add(decision);
    if (decisionType.equals("application.approved") || decisionType.equals("application.rejected")) {
      a.status = decision.decisionType();
      a.completedAt = now;
    } else if (a.status.equals("submitted")) {
      a.status = "review";
    }
    ObjectNode out = Json.object();
    out.put("success", true);
    out.put("decision_type", decision.decisionType());
    out.put("application_id", a.id);
    return FakeResponse.json(201, out);
  }

  private FakeResponse createRfi(FakeRequest r) {
    Auth auth = authenticate(r, FakeKlaraServer.SCOPE_RFI_CREATE);
    if (auth.error != null) {
      return auth.error;
    }
    JsonNode body = parseObject(r);
    if (body == null) {
      return error(400, "Invalid JSON body");
    }
    Applicant applicant = new Applicant(body);
    List<String> required = new ArrayList<>();
    applicant.addMissing(required);
    if (!required.isEmpty()) {
      return missingFields(required);
    }
    ObjectNode details = Json.object();
    boolean preAuth = optionalBoolean(body, "pre_authenticated", details);
    JsonNode agentNode = body.get("agent_id");
    if (agentNode != null && !agentNode.isNull()
        && (!agentNode.isTextual() || !UUID_TEXT.matcher(agentNode.asText()).matches())) {
      details.set("agent_id", Json.array().add("Invalid uuid"));
    }
    if (details.size() > 0) {
      return invalidBody(details);
    }
    if (!EMAIL.matcher(applicant.contactEmail).matches()) {
      return error(400, "Invalid email address for primary_contact.email");
    }
    Instant now = clock.instant();
    String requestId = ids.uuid();
    String code = preAuth ? ids.upperAlnum(16) : null;
    if (code != null) {
      secrets.add(code);
    }
    Instant codeExpiry = preAuth ? now.plus(RFI_PRE_AUTH_TTL) : null;
    Instant expiresAt = now.plus(RFI_TTL);
    String agentId = agentNode == null || agentNode.isNull() ? null : agentNode.asText();
    rfiRequests.add(new KlaraRfiRequestSnapshot(requestId, auth.key.organizationId, applicant.companyName,
        applicant.companyNumber, applicant.country, applicant.contactName, applicant.contactEmail,
        applicant.contactRole, agentId, code, codeExpiry, now, expiresAt));
    String link = PORTAL + "/external/" + orgSlugs.get(auth.key.organizationId) + "/rfi/" + ids.lowerAlnum(16)
        + (preAuth ? "?auth_code=" + code : "");
    ObjectNode out = Json.object();
    out.put("success", true);
    out.put("request_id", requestId);
    out.put("link", link);
    out.put("expires_at", Json.isoMillis(expiresAt));
    out.put("status", "active");
    ObjectNode p = Json.object();
    p.put("email", applicant.contactEmail);
    p.put("name", applicant.contactName);
    p.put("role", "primary");
    out.set("participants", Json.array().add(p));
    if (preAuth) {
      out.put("pre_auth_code", code);
      out.put("pre_auth_expires_at", Json.isoMillis(codeExpiry));
    }
    return FakeResponse.json(201, out);
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Reads an optional boolean member; a present non-boolean value is recorded in {@code details} the way the
   * server's schema validation reports it.
   */
  private static boolean optionalBoolean(JsonNode body, String name, ObjectNode details) {
    JsonNode node = body.get(name);
    if (node != null && !node.isNull() && !node.isBoolean()) {
      details.set(name, Json.array().add("Expected boolean, received " + jsonType(node)));
    }
    return node != null && node.asBoolean(false);
  }

  private Auth authenticate(FakeRequest r, String scope) {
    String header = r.header("Authorization");
    String token = null;
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = header.substring(7).trim();
    }
    if (token == null || token.isEmpty()) {
      return Auth.failed(error(401, "Missing API key"));
    }
    StoredKey key = keys.get(token);
    if (key == null || key.revoked) {
      if (unauthorizedShape == KlaraUnauthorizedShape.UNAUTHORIZED_WITH_MESSAGE) {
        ObjectNode body = Json.object();
        body.put("error", "unauthorized");
        body.put("message", "Invalid or expired API key");
        return Auth.failed(FakeResponse.json(401, body));
      }
      return Auth.failed(error(401, "Invalid API key"));
    }
    if (!key.scopes.contains(scope)) {
      return Auth.failed(error(401, "API key missing required scopes: " + scope));
    }
    return Auth.ok(key);
  }

  private @Nullable StoredApplication visible(StoredKey key, String id) {
    StoredApplication a = applications.get(id);
    return a != null && a.organizationId.equals(key.organizationId) ? a : null;
  }

  private void mintPreAuth(StoredApplication a, Instant now) {
    String code;
    do {
      code = ids.upperAlnum(16);
    } while (code.equals(a.preAuthCode));
    a.preAuthCode = code;
    a.preAuthExpiresAt = now.plus(PRE_AUTH_TTL);
    secrets.add(code);
  }

  private String preAuthLink(StoredApplication a) {
    return PORTAL + "/external/" + orgSlugs.get(a.organizationId) + "/apply/" + a.linkSlug + "?auth_code="
        + a.preAuthCode;
  }

  private ObjectNode participant(StoredApplication a) {
    ObjectNode p = Json.object();
    p.put("id", a.participantId);
    p.put(participantIdentifier.field(),
        participantIdentifier == KlaraParticipantIdentifier.ACCESS_TOKEN ? "at_" + a.linkSlug : a.linkSlug);
    p.put("email", a.contactEmail);
    p.put("role", "primary");
    return p;
  }

  private ObjectNode listItem(StoredApplication a) {
    ObjectNode item = Json.object();
    item.put("id", a.id);
    item.put("config_id", a.configId);
    item.put("status", a.status);
    item.put("company_name", a.companyName);
    ObjectNode contact = Json.object();
    contact.put("email", a.contactEmail);
    contact.put("name", a.contactName);
    item.set("primary_contact", contact);
    item.set("documents", acceptedDocuments(a));
    item.put("created_at", Json.isoMillis(a.createdAt));
    item.put("submitted_at", a.submittedAt == null ? null : Json.isoMillis(a.submittedAt));
    return item;
  }

  private ArrayNode acceptedDocuments(StoredApplication a) {
    ArrayNode docs = Json.array();
    for (StoredDocument d : a.documents) {
      if (d.status.equals("accepted")) {
        ObjectNode doc = Json.object();
        doc.put("id", d.id);
        doc.put("field_id", d.fieldId);
        doc.put("file_name", d.fileName);
        doc.put("status", d.status);
        doc.put("download_url", downloadUrl(a, d, 60));
        docs.add(doc);
      }
    }
    return docs;
  }

  private String downloadUrl(StoredApplication a, StoredDocument d, int seconds) {
    long issued = clock.instant().getEpochSecond();
    return "https://klara-documents.s3.eu-west-2.amazonaws.com/" + a.organizationId + "/" + a.id + "/" + d.id
        + "?X-Amz-Expires=" + seconds + "&X-Amz-Date=" + issued + "&X-Amz-Signature=fake";
  }

  private static boolean isTerminal(String status) {
    return status.equals("approved") || status.equals("rejected");
  }

  private static boolean isIsoTimestamp(String text) {
    try {
      java.time.OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static @Nullable JsonNode parseObject(FakeRequest r) {
    JsonNode node = Json.parse(r.bodyText());
    return node != null && node.isObject() ? node : null;
  }

  private static String jsonType(JsonNode node) {
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

  private static String encodeCursor(long seq) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("app:" + seq).getBytes(StandardCharsets.UTF_8));
  }

  private static @Nullable Long decodeCursor(@Nullable String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith("app:")) {
        return null;
      }
      long seq = Long.parseLong(text.substring(4));
      return seq > 0 ? seq : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static FakeResponse error(int status, String message) {
    ObjectNode body = Json.object();
    body.put("error", message);
    return FakeResponse.json(status, body);
  }

  private static FakeResponse missingFields(List<String> required) {
    ObjectNode body = Json.object();
    body.put("error", "Missing required fields");
    body.set("required", Json.strings(required));
    return FakeResponse.json(400, body);
  }

  private static FakeResponse invalidBody(ObjectNode details) {
    ObjectNode body = Json.object();
    body.put("error", "Invalid request body");
    body.set("details", details);
    return FakeResponse.json(400, body);
  }

  private static FakeResponse notAllowed(String allow) {
    ObjectNode body = Json.object();
    body.put("error", "Method not allowed");
    return FakeResponse.json(405, body, Map.of("Allow", allow));
  }


  /** The company and primary contact that both application and RFI creation take, with the same rules. */
  private static final class Applicant {
    final String companyName;
    final String companyNumber;
    final String country;
    final String contactName;
    final String contactEmail;
    final String contactRole;

    Applicant(JsonNode body) {
      JsonNode contact = body.get("primary_contact");
      companyName = Json.text(body, "company_name");
      companyNumber = Json.text(body, "company_number");
      country = Json.text(body, "country");
      contactName = Json.text(contact, "name");
      contactEmail = Json.text(contact, "email");
      contactRole = Json.text(contact, "role");
    }

    void addMissing(List<String> required) {
      if (companyName == null) {
        required.add("company_name");
      }
      if (country == null) {
        required.add("country");
      }
      if (country != null && country.trim().equalsIgnoreCase("GB") && companyNumber == null) {
        required.add("company_number");
      }
      if (contactName == null) {
        required.add("primary_contact.name");
      }
      if (contactEmail == null) {
        required.add("primary_contact.email");
      }
    }
  }

  private static final class StoredKey {
    final String organizationId;
    final Set<String> scopes;
    boolean revoked;

    StoredKey(String organizationId, Set<String> scopes) {
      this.organizationId = organizationId;
      this.scopes = scopes;
    }
  }

  private static final class Auth {
    final @Nullable StoredKey key;
    final @Nullable FakeResponse error;

    private Auth(@Nullable StoredKey key, @Nullable FakeResponse error) {
      this.key = key;
      this.error = error;
    }

    static Auth ok(StoredKey key) {
      return new Auth(key, null);
    }

    static Auth failed(FakeResponse error) {
      return new Auth(null, error);
    }
  }
}
