package dev.onboardkit.didit.checks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.didit.decisions.DiditCheck;
import dev.onboardkit.didit.decisions.DiditWarning;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The report of a face search ({@code face_search}): the matching faces, most similar first, and the warnings raised
 * ({@code FACE_IN_BLOCKLIST}, {@code DUPLICATED_FACE}, ...). The detected faces of the searched image
 * ({@code user_image}) are in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditFaceSearch.Builder.class)
public abstract class DiditFaceSearch implements DiditCheck {
  DiditFaceSearch() {}

  /**
   * Returns the search's status as sent: {@code Approved}, or {@code Declined} when the face is on a blocklist.
   *
   * @return the raw status, if sent
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns the workflow node; a standalone search has none.
   *
   * @return the node id, if sent
   */
  public abstract Optional<String> nodeId();

  /**
   * Returns the risk signals raised.
   *
   * @return the warnings; empty when none
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<DiditWarning> warnings();

  /**
   * Returns how many faces matched above the similarity threshold.
   *
   * @return the count, if sent
   */
  public abstract Optional<Integer> totalMatches();

  /**
   * Returns the matching faces, most similar first.
   *
   * @return the matches; empty when none
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<DiditFaceSearchMatch> matches();
}
