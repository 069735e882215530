package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.WebhookDelivery;
import dev.onboardkit.testkit.internal.Ids;
import dev.onboardkit.testkit.internal.Json;
import dev.onboardkit.testkit.internal.SecretLedger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Verification API fake's state: API keys, workflows, sessions, webhook destinations, the legacy webhook settings
 * and every delivery, with the operations that change them. Every method runs under this object's monitor, and
 * {@link DiditVerificationRoutes} holds it for a whole request. Deliveries are queued here and sent by the caller
 * after the lock is released ({@link #takeOutbox()}).
 */
final class DiditVerificationStore {
  static final Duration SESSION_LIFETIME = Duration.ofDays(7);

  final FakeClock clock;
  final SecretLedger secrets = new SecretLedger();
  final DiditStandaloneState standalone = new DiditStandaloneState(secrets);
  final String applicationId;
  private final Ids ids = new Ids();
  final DiditSubjectStore subjects = new DiditSubjectStore(ids);
  final DiditQuestionnaireStore questionnaires = new DiditQuestionnaireStore(ids);
  final DiditImportStore imports = new DiditImportStore(ids);
  /** Blocklists, allowlists and custom lists, with the face index the face checks search. */
  final DiditLists lists;
  /** The branding of {@code /customization/}. */
  final DiditBranding branding = new DiditBranding();
  private final Set<String> apiKeys = new LinkedHashSet<>();
  private final Predicate<String> linkedKeys;
  private final Map<String, StoredWorkflow> workflows = new LinkedHashMap<>();
  private final Map<String, StoredVerificationSession> sessions = new LinkedHashMap<>();
  private final Map<String, StoredDestination> destinations = new LinkedHashMap<>();
  private final List<StoredDelivery> outbox = new ArrayList<>();
  private final List<StoredDelivery> allDeliveries = new ArrayList<>();
  final String defaultWorkflowId;
  String legacyWebhookSecret;
  @Nullable String legacyWebhookUrl;
  String legacyWebhookVersion = "v3";
  String captureMethod = "both";
  @Nullable Integer dataRetentionMonths;
  boolean outOfCredits;
  private long nextSessionNumber = 1000;
  private int createdSessions;
  URI baseUrl;

  DiditVerificationStore(FakeClock clock, Predicate<String> linkedKeys) {
    this.clock = clock;
    this.linkedKeys = linkedKeys;
    this.lists = new DiditLists(clock, ids);
    this.applicationId = ids.uuid();
    this.legacyWebhookSecret = issueSecret();
    issueApiKey();
    ArrayNode features = Json.array();
    for (String f : List.of("OCR", "LIVENESS", "FACE_MATCH", "AML")) {
      features.add(Json.object().put("feature", f));
    }
    StoredWorkflow standard = newWorkflow("KYC standard", features);
    standard.isDefault = true;
    this.defaultWorkflowId = standard.workflowId;
  }

  // ---------------------------------------------------------------- keys

  synchronized String issueApiKey() {
    String key = ids.base64Url(32);
    apiKeys.add(key);
    secrets.add(key);
    return key;
  }

  synchronized String firstApiKey() {
    return apiKeys.iterator().next();
  }

  synchronized void acceptApiKey(String key) {
    apiKeys.add(key);
    secrets.add(key);
  }

  synchronized boolean acceptsKey(@Nullable String key) {
    return key != null && !key.isEmpty() && (apiKeys.contains(key) || linkedKeys.test(key));
  }

  private String issueSecret() {
    String secret = ids.base64Url(32);
    secrets.add(secret);
    return secret;
  }

  // ---------------------------------------------------------------- workflows

  synchronized StoredWorkflow newWorkflow(String label, ArrayNode features) {
    StoredWorkflow w = new StoredWorkflow(ids.uuid(), ids.uuid(), label, features, clock.instant());
    workflows.put(w.workflowId, w);
    return w;
  }

  synchronized @Nullable StoredWorkflow workflow(String id) {
    StoredWorkflow w = workflows.get(id);
    if (w != null) {
      return w;
    }
    return workflows.values().stream().filter(x -> x.uuid.equals(id)).findFirst().orElse(null);
  }

  synchronized List<StoredWorkflow> workflows() {
    List<StoredWorkflow> newestFirst = new ArrayList<>(workflows.values());
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  synchronized void deleteWorkflow(StoredWorkflow w) {
    workflows.remove(w.workflowId);
  }

  // ---------------------------------------------------------------- sessions

  /** Returns the unfinished session with this vendor data on this workflow (Didit returns it again), or null. */
  synchronized @Nullable StoredVerificationSession unfinished(String workflowId, @Nullable String vendorData) {
    if (vendorData == null) {
      return null;
    }
    for (StoredVerificationSession s : sessions.values()) {
      if (s.unfinished() && s.workflowId.equals(workflowId) && vendorData.equals(s.vendorData)) {
        return s;
      }
    }
    return null;
  }

  synchronized StoredVerificationSession createSession(StoredWorkflow workflow, @Nullable String vendorData,
      @Nullable String callback, JsonNode metadata, JsonNode contactDetails, JsonNode expectedDetails) {
    Instant now = clock.instant();
    String token = ids.base64Url(9);
    secrets.add(token);
    StoredVerificationSession s = new StoredVerificationSession(ids.uuid(), nextSessionNumber++, token, workflow, now,
        now.plus(SESSION_LIFETIME), vendorData, callback, metadata, contactDetails, expectedDetails);
    sessions.put(s.sessionId, s);
    createdSessions++;
    event(s, "session.created");
    subjects.sessionCreated(s, now);
    return s;
  }

  /**
   * Imports a session shared by a partner (Reusable KYC): a new session with the original's data, checks and status,
   * without a webhook.
   */
  synchronized StoredVerificationSession importSession(StoredVerificationSession original) {
    StoredWorkflow workflow = workflow(original.workflowId);
    StoredVerificationSession copy = createSession(workflow == null ? workflow(defaultWorkflowId) : workflow,
        original.vendorData, null, original.metadata.deepCopy(), original.contactDetails.deepCopy(),
        original.expectedDetails.deepCopy());
    copy.checks.setAll(original.checks.deepCopy());
    copy.status = original.status;
    event(copy, "session.imported");
    return copy;
  }

  synchronized int createdSessions() {
    return createdSessions;
  }

  synchronized @Nullable StoredVerificationSession session(String id) {
    return sessions.get(id);
  }

  /** Sessions, newest first. */
  synchronized List<StoredVerificationSession> sessions() {
    List<StoredVerificationSession> newestFirst = new ArrayList<>(sessions.values());
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  synchronized void deleteSession(StoredVerificationSession s) {
    sessions.remove(s.sessionId);
  }

  synchronized List<Long> deleteSessions(Set<Long> numbers, boolean all) {
    List<Long> deleted = new ArrayList<>();
    sessions.values().removeIf(s -> {
      boolean match = all || numbers.contains(s.sessionNumber);
      if (match) {
        deleted.add(s.sessionNumber);
      }
      return match;
    });
    return deleted;
  }

  /** Sets a status and, unless it is {@code Not Started}, queues the {@code status.updated} webhook. */
  synchronized void setStatus(StoredVerificationSession s, String status) {
    s.status = status;
    event(s, "status." + status.toLowerCase(java.util.Locale.ROOT).replace(' ', '_'));
    queue(s, "status.updated");
  }

  synchronized void complete(StoredVerificationSession s, DiditOutcome outcome) {
    DiditDecisions.complete(s, outcome);
    s.resubmitInfo = null;
    setStatus(s, outcome.status());
    if (outcome == DiditOutcome.APPROVED) {
      subjects.sessionApproved(s, clock.instant());
    }
  }

  synchronized void resubmit(StoredVerificationSession s, ArrayNode nodes) {
    ObjectNode info = Json.object();
    info.set("nodes_to_resubmit", nodes);
    ObjectNode reasons = Json.object();
    for (JsonNode n : nodes) {
      String id = n.isTextual() ? n.asText() : n.path("node_id").asText();
      reasons.put(id, "Requested by a reviewer");
    }
    info.set("reasons", reasons);
    s.resubmitInfo = info;
    setStatus(s, "Resubmitted");
  }

  synchronized void addReview(StoredVerificationSession s, ObjectNode review) {
    s.reviews.add(review);
  }

  private void event(StoredVerificationSession s, String type) {
    ObjectNode e = Json.object();
    e.put("type", type);
    e.put("created_at", Json.isoSeconds(clock.instant()));
    s.events.add(e);
  }

  // ---------------------------------------------------------------- webhooks

  synchronized StoredDestination newDestination(String label, String url) {
    StoredDestination d = new StoredDestination(ids.uuid(), issueSecret(), label, url, clock.instant());
    destinations.put(d.uuid, d);
    return d;
  }

  synchronized @Nullable StoredDestination destination(String uuid) {
    return destinations.get(uuid);
  }

  synchronized List<StoredDestination> destinations() {
    return new ArrayList<>(destinations.values());
  }

  synchronized void deleteDestination(StoredDestination d) {
    destinations.remove(d.uuid);
  }

  synchronized String rotateLegacySecret() {
    legacyWebhookSecret = issueSecret();
    return legacyWebhookSecret;
  }

  /** The v3 event of a session's current state. */
  synchronized ObjectNode eventBody(StoredVerificationSession s, String webhookType) {
    long now = clock.instant().getEpochSecond();
    ObjectNode e = Json.object();
    e.put("event_id", ids.uuid());
    e.put("webhook_type", webhookType);
    e.put("timestamp", now);
    e.put("created_at", now);
    e.put("application_id", applicationId);
    e.put("session_id", s.sessionId);
    e.put("status", s.status);
    e.put("workflow_id", s.workflowId);
    e.put("workflow_version", s.workflowVersion);
    e.put("vendor_data", s.vendorData);
    e.set("metadata", s.metadata);
    e.put("environment", "sandbox");
    if (DiditDecisions.kind(s).equals("business")) {
      e.put("session_kind", "business");
      e.put("business_session_id", s.sessionId);
    }
    if (s.resubmitInfo != null && s.status.equals("Resubmitted")) {
      e.set("resubmit_info", s.resubmitInfo.deepCopy());
    } else if (List.of("Approved", "Declined", "In Review", "Abandoned").contains(s.status)) {
      e.set("decision", DiditDecisions.decision(s, false));
    }
    return e;
  }

  /**
   * Queues one delivery per enabled destination subscribed to the event, plus one to the legacy webhook URL when set,
   * each signed with its own secret; with no destination and no legacy URL, one delivery signed with the legacy
   * secret goes to the listeners only.
   */
  private void queue(StoredVerificationSession s, String webhookType) {
    ObjectNode body = eventBody(s, webhookType);
    long timestamp = body.get("timestamp").asLong();
    boolean any = false;
    for (StoredDestination d : destinations.values()) {
      if (d.enabled && d.subscribedEvents.contains(webhookType)) {
        any = true;
        record(s, d.uuid, d.url, DiditWebhookSigner.sign(body, d.secret, timestamp), d.deliveries);
      }
    }
    if (legacyWebhookUrl != null || !any) {
      record(s, null, legacyWebhookUrl, DiditWebhookSigner.sign(body, legacyWebhookSecret, timestamp), null);
    }
  }

  private void record(StoredVerificationSession s, @Nullable String destinationUuid, @Nullable String url,
      WebhookDelivery request, @Nullable List<StoredDelivery> destinationLog) {
    StoredDelivery d = new StoredDelivery(ids.uuid(), s.sessionId, destinationUuid, url, clock.instant(), request);
    s.deliveries.add(d);
    if (destinationLog != null) {
      destinationLog.add(d);
    }
    allDeliveries.add(d);
    outbox.add(d);
  }

  /** Queues a delivery again, as resend does. */
  synchronized StoredDelivery resend(StoredVerificationSession s, StoredDelivery previous) {
    StoredDelivery again = new StoredDelivery(ids.uuid(), s.sessionId, previous.destinationUuid, previous.url,
        clock.instant(), previous.request);
    s.deliveries.add(again);
    if (previous.destinationUuid != null && destinations.containsKey(previous.destinationUuid)) {
      destinations.get(previous.destinationUuid).deliveries.add(again);
    }
    allDeliveries.add(again);
    outbox.add(again);
    return again;
  }

  synchronized List<StoredDelivery> takeOutbox() {
    List<StoredDelivery> out = new ArrayList<>(outbox);
    outbox.clear();
    return out;
  }

  synchronized List<StoredDelivery> allDeliveries() {
    return new ArrayList<>(allDeliveries);
  }
}
