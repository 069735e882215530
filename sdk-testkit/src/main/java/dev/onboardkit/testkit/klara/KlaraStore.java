package dev.onboardkit.testkit.klara;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.internal.Ids;
import dev.onboardkit.testkit.internal.SecretLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Klara fake's state: organizations, API keys, configs, applications, RFI requests, the behaviour switches and
 * the webhook secret, with the operations that change them. Every method runs under this object's monitor, and
 * {@link KlaraRoutes} holds it for a whole request, so the state is consistent under any number of concurrent
 * clients.
 */
final class KlaraStore {
  static final Duration PRE_AUTH_TTL = Duration.ofHours(72);
  static final Duration RFI_TTL = Duration.ofDays(14);
  static final Duration RFI_PRE_AUTH_TTL = Duration.ofMinutes(10);
  static final List<String> STATUSES =
      List.of("created", "sent", "in_progress", "submitted", "review", "approved", "rejected");

  final FakeClock clock;
  final SecretLedger secrets = new SecretLedger();
  final String organizationId;
  final String foreignOrganizationId;
  private final Ids ids = new Ids();
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

  KlaraStore(FakeClock clock) {
    this.clock = clock;
    this.organizationId = ids.uuid();
    this.foreignOrganizationId = ids.uuid();
    orgSlugs.put(organizationId, FakeKlaraServer.ORGANIZATION_SLUG);
    orgSlugs.put(foreignOrganizationId, "other-org");
    configs.put(FakeKlaraServer.DEFAULT_CONFIG_ID, organizationId);
    this.webhookSecret = "whsec_" + ids.hex(40);
    secrets.add(webhookSecret);
  }

  // ---------------------------------------------------------------- keys, configs, switches

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

  /** Returns the key's record (revoked ones too), or null for a key never issued. */
  synchronized @Nullable StoredKey key(String key) {
    return keys.get(key);
  }

  synchronized void addConfig(String id, String orgId) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("config id must not be blank");
    }
    configs.put(id, orgId);
  }

  /** Returns the organization a config belongs to, or null for an unknown config. */
  synchronized @Nullable String configOrganization(String configId) {
    return configs.get(configId);
  }

  synchronized String organizationSlug(String orgId) {
    return orgSlugs.get(orgId);
  }

  synchronized void failInviteEmails(boolean fail) {
    this.failInviteEmails = fail;
  }

  synchronized KlaraParticipantIdentifier participantIdentifier() {
    return participantIdentifier;
  }

  synchronized void participantIdentifier(KlaraParticipantIdentifier identifier) {
    this.participantIdentifier = identifier;
  }

  synchronized KlaraUnauthorizedShape unauthorizedShape() {
    return unauthorizedShape;
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

  /** Returns a new random lower-case alphanumeric code, as used in portal links. */
  synchronized String linkCode() {
    return ids.lowerAlnum(16);
  }

  /** Returns a new webhook event id, {@code evt_} and 24 hex digits. */
  synchronized String eventId() {
    return "evt_" + ids.hex(24);
  }

  // ---------------------------------------------------------------- applications

  /** Creates an application in the key's organization, with a pre-auth code when asked. */
  synchronized StoredApplication createApplication(StoredKey key, String configId, KlaraApplicant applicant,
      boolean preAuth) {
    Instant now = clock.instant();
    StoredApplication a = new StoredApplication(++sequence, ids.uuid(), key.organizationId, configId,
        applicant.companyName, applicant.companyNumber, applicant.country, applicant.contactEmail,
        applicant.contactName, applicant.contactRole, ids.uuid(), ids.lowerAlnum(16), ids.upperAlnum(6),
        !failInviteEmails, now);
    if (preAuth) {
      mintPreAuth(a);
    }
    applications.put(a.id, a);
    return a;
  }

  /** Replaces the application's pre-auth code with a new one, valid {@link #PRE_AUTH_TTL} from now. */
  synchronized void mintPreAuth(StoredApplication a) {
    String code;
    do {
      code = ids.upperAlnum(16);
    } while (code.equals(a.preAuthCode));
    a.preAuthCode = code;
    a.preAuthExpiresAt = clock.instant().plus(PRE_AUTH_TTL);
    secrets.add(code);
  }

  /** Returns the application if it exists in the key's organization, else null. */
  synchronized @Nullable StoredApplication visible(StoredKey key, String id) {
    StoredApplication a = applications.get(id);
    return a != null && a.organizationId.equals(key.organizationId) ? a : null;
  }

  /** Returns every application, newest first. */
  synchronized List<StoredApplication> newestFirst() {
    List<StoredApplication> all = new ArrayList<>(applications.values());
    Collections.reverse(all);
    return all;
  }

  synchronized boolean hasDecision(StoredApplication a, String type) {
    for (KlaraRecordedDecision d : a.decisions) {
      if (d.type().equals(type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Records a decision: approved and rejected set the status and {@code completed_at}; referred moves a submitted
   * application to review.
   */
  synchronized KlaraRecordedDecision recordDecision(StoredApplication a, String type, String timestamp,
      Map<String, Object> data) {
    Instant now = clock.instant();
    KlaraRecordedDecision decision = new KlaraRecordedDecision(type, timestamp, data, now);
    a.decisions.add(decision);
    if (type.equals("application.approved") || type.equals("application.rejected")) {
      a.status = decision.decisionType();
      a.completedAt = now;
    } else if (a.status.equals("submitted")) {
      a.status = "review";
    }
    return decision;
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

  synchronized boolean preAuthCodeValid(String applicationId, String code) {
    StoredApplication a = applications.get(applicationId);
    return a != null && a.preAuthCode != null && a.preAuthCode.equals(code) && a.preAuthExpiresAt != null
        && clock.instant().isBefore(a.preAuthExpiresAt) && !a.isTerminal();
  }

  private StoredApplication require(String applicationId) {
    StoredApplication a = applications.get(applicationId);
    if (a == null) {
      throw new IllegalArgumentException("no application with id " + applicationId);
    }
    return a;
  }

  // ---------------------------------------------------------------- RFI requests

  /**
   * Creates an RFI request in the key's organization, expiring after {@link #RFI_TTL}, with a pre-auth code valid
   * {@link #RFI_PRE_AUTH_TTL} when asked.
   */
  synchronized KlaraRfiRequestSnapshot createRfiRequest(StoredKey key, KlaraApplicant applicant, boolean preAuth,
      @Nullable String agentId) {
    Instant now = clock.instant();
    String code = preAuth ? ids.upperAlnum(16) : null;
    if (code != null) {
      secrets.add(code);
    }
    KlaraRfiRequestSnapshot request = new KlaraRfiRequestSnapshot(ids.uuid(), key.organizationId,
        applicant.companyName, applicant.companyNumber, applicant.country, applicant.contactName,
        applicant.contactEmail, applicant.contactRole, agentId, code, preAuth ? now.plus(RFI_PRE_AUTH_TTL) : null, now,
        now.plus(RFI_TTL));
    rfiRequests.add(request);
    return request;
  }

  synchronized List<KlaraRfiRequestSnapshot> rfiRequests() {
    return new ArrayList<>(rfiRequests);
  }
}
