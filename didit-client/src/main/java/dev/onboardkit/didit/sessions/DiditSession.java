package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.internal.json.MaskedInJson;
import dev.onboardkit.core.json.ApiObject;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A session just created, from {@code POST /session/}: send the user to {@link #url()} (or start Didit's mobile SDK
 * with {@link #sessionToken()}), then wait for the webhook or fetch the decision.
 *
 * <p>{@link #url()} and {@link #sessionToken()} let whoever holds them act in the verification flow: both are masked in
 * {@link #toString()}; read them where you need them.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditSession.Builder.class)
public abstract class DiditSession implements ApiObject {
  DiditSession() {}

  /**
   * Returns the session's identifier, used by every other session call.
   *
   * @return the session id
   */
  public abstract String sessionId();

  /**
   * Returns the session's number, the id that batch deletes take.
   *
   * @return the number, if sent
   */
  public abstract Optional<Long> sessionNumber();

  /**
   * Returns the session token (a short secret, not a JWT) for Didit's client SDKs.
   *
   * @return the token, masked in {@code toString()}, if sent
   */
  public abstract Optional<Secret> sessionToken();

  /**
   * Returns the hosted verification URL to send the user to; masked in {@code toString()} and in the JSON of other mappers.
   *
   * @return the URL
   */
  @Value.Redacted
  @MaskedInJson
  public abstract String url();

  /**
   * Returns your identifier for the user, as given.
   *
   * @return the vendor data, if set
   */
  public abstract Optional<String> vendorData();

  /**
   * Returns the metadata, as given.
   *
   * @return the metadata; empty when none
   */
  @AllowNulls
  public abstract Map<String, Object> metadata();

  /**
   * Returns the status as sent, normally {@code "Not Started"}.
   *
   * @return the raw status, if sent
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns the workflow the session runs.
   *
   * @return the workflow id, if sent
   */
  public abstract Optional<String> workflowId();

  /**
   * Returns the version of the workflow the session runs.
   *
   * @return the version, if sent
   */
  public abstract Optional<Integer> workflowVersion();

  /**
   * Returns the callback URL, as given.
   *
   * @return the URL, if set
   */
  public abstract Optional<String> callback();

  /**
   * Returns the session's status.
   *
   * @return the status; {@link DiditSessionStatus#UNKNOWN} when absent or not known to this SDK
   */
  public DiditSessionStatus status() {
    return DiditSessionStatus.fromWire(statusRaw().orElse(null));
  }
}
