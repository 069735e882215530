package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to {@code PATCH /session/{session_id}/update-status/}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditStatusUpdate.Builder.class)
public abstract class DiditStatusUpdate {
  DiditStatusUpdate() {}

  /**
   * Returns the updated session's identifier.
   *
   * @return the session id, if sent
   */
  public abstract Optional<String> sessionId();

  /**
   * Returns every member this type does not declare, as plain Java values ({@code Map}, {@code List},
   * {@code String}, {@code Number}, {@code Boolean}, null): fields the API adds after this SDK was released.
   *
   * @return the other members; empty when none
   */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();
}
