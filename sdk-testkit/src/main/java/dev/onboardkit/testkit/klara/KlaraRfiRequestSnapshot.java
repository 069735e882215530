package dev.onboardkit.testkit.klara;

import dev.onboardkit.core.Nullable;
import java.time.Instant;
import java.util.Optional;

/** An RFI request the fake created through {@code POST /rfi-requests}. Immutable; {@link #toString()} hides the code. */
public final class KlaraRfiRequestSnapshot {
  private final String requestId;
  private final String organizationId;
  private final String companyName;
  private final @Nullable String companyNumber;
  private final String country;
  private final String contactName;
  private final String contactEmail;
  private final @Nullable String contactRole;
  private final @Nullable String agentId;
  private final @Nullable String preAuthCode;
  private final @Nullable Instant preAuthExpiresAt;
  private final Instant createdAt;
  private final Instant expiresAt;

  KlaraRfiRequestSnapshot(String requestId, String organizationId, String companyName, @Nullable String companyNumber,
      String country, String contactName, String contactEmail, @Nullable String contactRole,
      @Nullable String agentId, @Nullable String preAuthCode, @Nullable Instant preAuthExpiresAt, Instant createdAt,
      Instant expiresAt) {
    this.requestId = requestId;
    this.organizationId = organizationId;
    this.companyName = companyName;
    this.companyNumber = companyNumber;
    this.country = country;
    this.contactName = contactName;
    this.contactEmail = contactEmail;
    this.contactRole = contactRole;
    this.agentId = agentId;
    this.preAuthCode = preAuthCode;
    this.preAuthExpiresAt = preAuthExpiresAt;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /**
   * Returns the request id.
   *
   * @return the UUID
   */
  public String requestId() {
    return requestId;
  }

  /**
   * Returns the organization of the key that created it.
   *
   * @return the organization id
   */
  public String organizationId() {
    return organizationId;
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
   * Returns the country.
   *
   * @return the country code as sent
   */
  public String country() {
    return country;
  }

  /**
   * Returns the primary contact's name.
   *
   * @return the name
   */
  public String contactName() {
    return contactName;
  }

  /**
   * Returns the primary contact's email.
   *
   * @return the email
   */
  public String contactEmail() {
    return contactEmail;
  }

  /**
   * Returns the primary contact's role.
   *
   * @return the role, if sent
   */
  public Optional<String> contactRole() {
    return Optional.ofNullable(contactRole);
  }

  /**
   * Returns the agent id sent.
   *
   * @return the agent id, if sent
   */
  public Optional<String> agentId() {
    return Optional.ofNullable(agentId);
  }

  /**
   * Returns the pre-auth code ({@code pre_authenticated: true}).
   *
   * @return the code, if pre-authenticated
   */
  public Optional<String> preAuthCode() {
    return Optional.ofNullable(preAuthCode);
  }

  /**
   * Returns when the pre-auth code expires (10 minutes after creation).
   *
   * @return the expiry, if pre-authenticated
   */
  public Optional<Instant> preAuthExpiresAt() {
    return Optional.ofNullable(preAuthExpiresAt);
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
   * Returns when the request expires (14 days after creation).
   *
   * @return the instant
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public String toString() {
    return "KlaraRfiRequestSnapshot[" + requestId + " " + companyName + "]";
  }
}
