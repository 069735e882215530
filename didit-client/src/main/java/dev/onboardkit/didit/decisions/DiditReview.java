package dev.onboardkit.didit.decisions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A review of a session: an entry of the decision's {@code reviews[]}, or of
 * {@code GET /sessions/{session_id}/reviews/}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditReview.Builder.class)
public abstract class DiditReview {
  DiditReview() {}

  /**
   * Returns the reviewer's note.
   *
   * @return the note, if sent
   */
  public abstract Optional<String> comment();

  /**
   * Returns the status recorded with the review, as sent.
   *
   * @return the raw status, if sent
   */
  @JsonProperty("new_status")
  public abstract Optional<String> newStatusRaw();

  /**
   * Returns every member this type does not declare, as plain Java values ({@code Map}, {@code List},
   * {@code String}, {@code Number}, {@code Boolean}, null): fields the API adds after this SDK was released.
   *
   * @return the other members; empty when none
   */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /**
   * Returns the status recorded with the review.
   *
   * @return the status; {@link dev.onboardkit.didit.sessions.DiditSessionStatus#UNKNOWN} when absent or not known
   */
  public dev.onboardkit.didit.sessions.DiditSessionStatus newStatus() {
    return dev.onboardkit.didit.sessions.DiditSessionStatus.fromWire(newStatusRaw().orElse(null));
  }
}
