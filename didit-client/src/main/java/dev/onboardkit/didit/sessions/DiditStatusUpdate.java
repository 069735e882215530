package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to {@code PATCH /session/{session_id}/update-status/}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditStatusUpdate.Builder.class)
public abstract class DiditStatusUpdate implements ApiObject {
  DiditStatusUpdate() {}

  /**
   * Returns the updated session's identifier.
   *
   * @return the session id, if sent
   */
  public abstract Optional<String> sessionId();

}
