package dev.onboardkit.testkit.klara;

import dev.onboardkit.core.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mutable application state; guarded by the store's lock. */
final class StoredApplication {
  final long seq;
  final String id;
  final String organizationId;
  final String configId;
  final String companyName;
  final @Nullable String companyNumber;
  final String country;
  final String contactEmail;
  final String contactName;
  final @Nullable String contactRole;
  final String participantId;
  final String linkSlug;
  final String linkCode;
  final boolean inviteEmailSent;
  final Instant createdAt;
  final Map<String, Object> fields = new LinkedHashMap<>();
  final List<Map<String, Object>> people = new ArrayList<>();
  final List<Map<String, Object>> entities = new ArrayList<>();
  final List<StoredDocument> documents = new ArrayList<>();
  final List<KlaraRecordedDecision> decisions = new ArrayList<>();
  String status;
  @Nullable String preAuthCode;
  @Nullable Instant preAuthExpiresAt;
  boolean emailVerified;
  @Nullable Instant submittedAt;
  @Nullable Instant completedAt;

  StoredApplication(long seq, String id, String organizationId, String configId, String companyName,
      @Nullable String companyNumber, String country, String contactEmail, String contactName,
      @Nullable String contactRole, String participantId, String linkSlug, String linkCode, boolean inviteEmailSent,
      Instant createdAt) {
    this.seq = seq;
    this.id = id;
    this.organizationId = organizationId;
    this.configId = configId;
    this.companyName = companyName;
    this.companyNumber = companyNumber;
    this.country = country;
    this.contactEmail = contactEmail;
    this.contactName = contactName;
    this.contactRole = contactRole;
    this.participantId = participantId;
    this.linkSlug = linkSlug;
    this.linkCode = linkCode;
    this.inviteEmailSent = inviteEmailSent;
    this.createdAt = createdAt;
    this.status = inviteEmailSent ? "sent" : "created";
    fields.put("company_name", companyName);
    if (companyNumber != null) {
      fields.put("company_number", companyNumber);
    }
    fields.put("company_country", country);
  }

  /** Returns whether the application is approved or rejected. */
  boolean isTerminal() {
    return status.equals("approved") || status.equals("rejected");
  }
}
