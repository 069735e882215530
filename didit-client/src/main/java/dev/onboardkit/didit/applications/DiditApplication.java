package dev.onboardkit.didit.applications;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An application of a Didit organization: its own {@code client_id} and {@code api_key}, isolating sessions, webhooks,
 * branding and billing from sibling applications. {@code uuid}, {@code clientId} and {@code apiKey} never change after
 * creation.
 *
 * <p>{@link #apiKey()} is the long-lived secret sent as {@code x-api-key} to the verification API; it is masked in
 * {@link #toString()}. Identifiers are opaque strings: do not parse them as UUIDs.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditApplication.Builder.class)
public abstract class DiditApplication implements ApiObject {
  DiditApplication() {}

  /**
   * Returns the application's identifier, used as {@code appId} in later calls.
   *
   * @return the identifier (an opaque string)
   */
  public abstract String uuid();

  /**
   * Returns the display name shown in the Didit console.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the public client identifier, safe to embed in OAuth-style flows.
   *
   * @return the client id
   */
  public abstract String clientId();

  /**
   * Returns the application's API key (also called {@code client_secret}): the {@code x-api-key} for every call to
   * {@code https://verification.didit.me/v3/...}. Creating and retrieving an application return it; it is the
   * documented way to recover a lost key.
   *
   * @return the API key, masked in {@code toString()}; absent if the server left it out (as list responses may)
   */
  public abstract Optional<Secret> apiKey();

  /**
   * Returns the website or app URL associated with this application.
   *
   * @return the URL, if set
   */
  public abstract Optional<String> websiteUrl();

  /**
   * Returns the allowed redirect URIs.
   *
   * @return the URIs; empty when none (or when the server sent null)
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<String> redirectUris();

  /**
   * Returns the terms-of-service URL shown in the verification flow.
   *
   * @return the URL, if set
   */
  public abstract Optional<String> termsUrl();

  /**
   * Returns the privacy-policy URL shown in the verification flow.
   *
   * @return the URL, if set
   */
  public abstract Optional<String> privacyUrl();

  /**
   * Returns the internal description (not shown to end users).
   *
   * @return the description, if set
   */
  public abstract Optional<String> description();

  /**
   * Returns when the application was created.
   *
   * @return the creation time, if the server sent it
   */
  public abstract Optional<Instant> createdAt();
}
