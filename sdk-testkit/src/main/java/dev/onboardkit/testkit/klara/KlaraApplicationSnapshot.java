package dev.onboardkit.testkit.klara;

import dev.onboardkit.core.Nullable;
import java.time.Instant;
import java.util.Optional;

/**
 * A point-in-time copy of an application held by the fake, for assertions. Immutable; {@link #toString()} leaves out
 * the pre-auth code.
 */
public final class KlaraApplicationSnapshot {
  private final String id;
  private final String organizationId;
  private final String configId;
  private final String status;
  private final String companyName;
  private final @Nullable String companyNumber;
  private final String country;
  private final String primaryContactEmail;
  private final String primaryContactName;
  private final @Nullable String primaryContactRole;
  private final String participantId;
  private final String linkSlug;
  private final @Nullable String preAuthCode;
  private final @Nullable Instant preAuthExpiresAt;
  private final boolean inviteEmailSent;
  private final boolean emailVerified;
  private final Instant createdAt;
  private final @Nullable Instant submittedAt;
  private final @Nullable Instant completedAt;
  private final int documentCount;
  private final int decisionCount;

  KlaraApplicationSnapshot(StoredApplication a) {
    this.id = a.id;
    this.organizationId = a.organizationId;
    this.configId = a.configId;
    this.status = a.status;
    this.companyName = a.companyName;
    this.companyNumber = a.companyNumber;
    this.country = a.country;
    this.primaryContactEmail = a.contactEmail;
    this.primaryContactName = a.contactName;
    this.primaryContactRole = a.contactRole;
    this.participantId = a.participantId;
    this.linkSlug = a.linkSlug;
    this.preAuthCode = a.preAuthCode;
    this.preAuthExpiresAt = a.preAuthExpiresAt;
    this.inviteEmailSent = a.inviteEmailSent;
    this.emailVerified = a.emailVerified;
    this.createdAt = a.createdAt;
    this.submittedAt = a.submittedAt;
    this.completedAt = a.completedAt;
    this.documentCount = a.documents.size();
    this.decisionCount = a.decisions.size();
  }

  /**
   * Returns the application id.
   *
   * @return the UUID
   */
  public String id() {
    return id;
  }

  /**
   * Returns the owning organization (the API key's organization).
   *
   * @return the organization id
   */
  public String organizationId() {
    return organizationId;
  }

  /**
   * Returns the config id sent on create.
   *
   * @return the config id
   */
  public String configId() {
    return configId;
  }

  /**
   * Returns the status.
   *
   * @return one of created, sent, in_progress, submitted, review, approved, rejected
   */
  public String status() {
    return status;
  }

  /**
   * Returns the company name.
   *
   * @return the name
   */
  public String companyName() {
    return companyName;
  }

  /**
   * Returns the company number.
   *
   * @return the number, if sent
   */
  public Optional<String> companyNumber() {
    return Optional.ofNullable(companyNumber);
  }

  /**
   * Returns the country code as sent.
   *
   * @return the country
   */
  public String country() {
    return country;
  }

  /**
   * Returns the primary contact's email.
   *
   * @return the email
   */
  public String primaryContactEmail() {
    return primaryContactEmail;
  }

  /**
   * Returns the primary contact's name.
   *
   * @return the name
   */
  public String primaryContactName() {
    return primaryContactName;
  }

  /**
   * Returns the primary contact's role (quickstart field).
   *
   * @return the role, if sent
   */
  public Optional<String> primaryContactRole() {
    return Optional.ofNullable(primaryContactRole);
  }

  /**
   * Returns the primary participant's id.
   *
   * @return the UUID
   */
  public String participantId() {
    return participantId;
  }

  /**
   * Returns the participant's URL slug ({@code link_slug}; the {@code access_token} form is {@code "at_" + slug}).
   *
   * @return the slug
   */
  public String linkSlug() {
    return linkSlug;
  }

  /**
   * Returns the current pre-auth code (the latest one minted by create or refresh).
   *
   * @return the code, if one was ever requested
   */
  public Optional<String> preAuthCode() {
    return Optional.ofNullable(preAuthCode);
  }

  /**
   * Returns when the current pre-auth code expires (72 hours after it was minted, fake clock).
   *
   * @return the expiry, if a code exists
   */
  public Optional<Instant> preAuthExpiresAt() {
    return Optional.ofNullable(preAuthExpiresAt);
  }

  /**
   * Returns whether the invite email was sent (false when {@code failInviteEmails(true)} was in effect).
   *
   * @return true if sent
   */
  public boolean inviteEmailSent() {
    return inviteEmailSent;
  }

  /**
   * Returns whether the participant verified their email (see {@code FakeKlaraServer.markEmailVerified}).
   *
   * @return true if verified
   */
  public boolean emailVerified() {
    return emailVerified;
  }

  /**
   * Returns the creation time (fake clock).
   *
   * @return the instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns when the application was submitted.
   *
   * @return the instant, once submitted
   */
  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  /**
   * Returns when the application was approved or rejected.
   *
   * @return the instant, once completed
   */
  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  /**
   * Returns how many documents the application has (any status).
   *
   * @return the count
   */
  public int documentCount() {
    return documentCount;
  }

  /**
   * Returns how many distinct decisions were recorded.
   *
   * @return the count
   */
  public int decisionCount() {
    return decisionCount;
  }

  @Override
  public String toString() {
    return "KlaraApplicationSnapshot[" + id + " " + status + " " + companyName + " config=" + configId + "]";
  }
}
