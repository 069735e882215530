package dev.onboardkit.testkit.didit;

import dev.onboardkit.core.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A point-in-time copy of an application held by the Didit fake. Immutable; {@link #toString()} hides the key. */
public final class DiditApplicationRecord {
  private final String uuid;
  private final String organizationId;
  private final String name;
  private final String clientId;
  private final String apiKey;
  private final @Nullable String websiteUrl;
  private final List<String> redirectUris;
  private final @Nullable String termsUrl;
  private final @Nullable String privacyUrl;
  private final @Nullable String description;
  private final Instant createdAt;

  DiditApplicationRecord(StoredApp a) {
    this.uuid = a.uuid;
    this.organizationId = a.organizationId;
    this.name = a.name;
    this.clientId = a.clientId;
    this.apiKey = a.apiKey;
    this.websiteUrl = a.websiteUrl;
    this.redirectUris = List.copyOf(a.redirectUris);
    this.termsUrl = a.termsUrl;
    this.privacyUrl = a.privacyUrl;
    this.description = a.description;
    this.createdAt = a.createdAt;
  }

  /**
   * Returns the application id.
   *
   * @return the UUID
   */
  public String uuid() {
    return uuid;
  }

  /**
   * Returns the owning organization.
   *
   * @return the organization UUID
   */
  public String organizationId() {
    return organizationId;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the client id (never changes).
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Returns the API key (never changes).
   *
   * @return the key
   */
  public String apiKey() {
    return apiKey;
  }

  /**
   * Returns the website URL.
   *
   * @return the URL, if set
   */
  public Optional<String> websiteUrl() {
    return Optional.ofNullable(websiteUrl);
  }

  /**
   * Returns the redirect URIs.
   *
   * @return the URIs (possibly empty)
   */
  public List<String> redirectUris() {
    return redirectUris;
  }

  /**
   * Returns the terms URL.
   *
   * @return the URL, if set
   */
  public Optional<String> termsUrl() {
    return Optional.ofNullable(termsUrl);
  }

  /**
   * Returns the privacy URL.
   *
   * @return the URL, if set
   */
  public Optional<String> privacyUrl() {
    return Optional.ofNullable(privacyUrl);
  }

  /**
   * Returns the description.
   *
   * @return the description, if set
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns the creation time (fake clock).
   *
   * @return the instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public String toString() {
    return "ApplicationRecord[" + uuid + " " + name + "]";
  }
}
