package dev.onboardkit.didit.decisions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A review of a session: an entry of the decision's {@code reviews[]}, or of
 * {@code GET /sessions/{session_id}/reviews/}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditReview.Builder.class)
public abstract class DiditReview implements ApiObject {
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
   * Returns the status recorded with the review.
   *
   * @return the status; {@link dev.onboardkit.didit.sessions.DiditSessionStatus#UNKNOWN} when absent or not known
   */
  public dev.onboardkit.didit.sessions.DiditSessionStatus newStatus() {
    return dev.onboardkit.didit.sessions.DiditSessionStatus.fromWire(newStatusRaw().orElse(null));
  }
}
