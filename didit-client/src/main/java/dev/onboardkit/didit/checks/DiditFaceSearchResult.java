package dev.onboardkit.didit.checks;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of face search ({@code POST /face-search/}): the faces of your sessions and lists that match, most
 * similar first. Only a blocklist match declines; duplicates alone leave the status {@code Approved}, so read the
 * matches and warnings.
 *
 * <p>Partly undocumented: the members this type does not name arrive in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditFaceSearchResult.Builder.class)
public abstract class DiditFaceSearchResult implements DiditCheckResult {
  DiditFaceSearchResult() {}

  @Override
  public abstract String requestId();

  /**
   * Returns the search's report ({@code face_search}): status, matches and warnings.
   *
   * @return the report
   */
  public abstract DiditFaceSearch faceSearch();

  @Override
  public abstract Optional<String> vendorData();

  @Override
  @AllowNulls
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract Map<String, Object> metadata();

  @Override
  public abstract Optional<Instant> createdAt();
}
