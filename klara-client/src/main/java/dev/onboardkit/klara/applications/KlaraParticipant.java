package dev.onboardkit.klara.applications;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A participant of an application: a person invited to complete it.
 *
 * <p>The API identifies the participant's application URL either with a {@code link_slug} or with an
 * {@code access_token} (its documentation shows both); whichever the server sends is kept. The access token is a
 * credential and is a {@link Secret}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableKlaraParticipant.Builder.class)
public abstract class KlaraParticipant implements ApiObject {
  KlaraParticipant() {}

  /**
   * Returns the participant id (a UUID).
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the identifier used in the participant's application URL, when the server sends {@code link_slug}.
   *
   * @return the link slug
   */
  public abstract Optional<String> linkSlug();

  /**
   * Returns the participant's access token, when the server sends {@code access_token}.
   *
   * @return the token, masked in {@code toString()}
   */
  public abstract Optional<Secret> accessToken();

  /**
   * Returns the participant's email address.
   *
   * @return the email
   */
  public abstract Optional<String> email();

  /**
   * Returns the role as sent by the API.
   *
   * @return the raw role, such as {@code primary}
   */
  @JsonProperty("role")
  public abstract Optional<String> roleRaw();

  /**
   * Returns the role.
   *
   * @return the role; {@link KlaraParticipantRole#UNKNOWN} when absent or not known to this SDK
   */
  public KlaraParticipantRole role() {
    return KlaraParticipantRole.fromWire(roleRaw().orElse(null));
  }
}
