package dev.onboardkit.didit.checks;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.didit.decisions.DiditFaceMatch;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of face match ({@code POST /face-match/}): the comparison's report, the same shape as a
 * {@code face_matches[]} item of a session decision, with its similarity {@code score} (0 to 100). A score above the
 * decline threshold (Didit's default: 30) is {@code Approved}; when no face pair could be scored the status is
 * {@code Declined} with a {@code NO_REFERENCE_IMAGE} warning and no score.
 *
 * <p>Partly undocumented: the members this type does not name arrive in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditFaceMatchResult.Builder.class)
public abstract class DiditFaceMatchResult implements DiditCheckResult {
  DiditFaceMatchResult() {}

  @Override
  public abstract String requestId();

  /**
   * Returns the comparison's report ({@code face_match}): status, score and warnings.
   *
   * @return the report
   */
  public abstract DiditFaceMatch faceMatch();

  @Override
  public abstract Optional<String> vendorData();

  @Override
  @AllowNulls
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract Map<String, Object> metadata();

  @Override
  public abstract Optional<Instant> createdAt();
}
