package dev.onboardkit.klara.rfi;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import dev.onboardkit.klara.applications.KlaraParticipantRole;
import java.util.Optional;
import org.immutables.value.Value;

/** A participant of an RFI request. */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableKlaraRfiParticipant.Builder.class)
public abstract class KlaraRfiParticipant implements ApiObject {
  KlaraRfiParticipant() {}

  /**
   * Returns the participant's email address.
   *
   * @return the email
   */
  public abstract Optional<String> email();

  /**
   * Returns the participant's name.
   *
   * @return the name
   */
  public abstract Optional<String> name();

  /**
   * Returns the role as sent by the API.
   *
   * @return the raw role, such as {@code primary} or {@code collaborator}
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
