package dev.onboardkit.didit.screening;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of {@code POST /kyb/search/}: candidate companies from official registries. Searching is free and saves
 * nothing; selecting a candidate ({@code selectKyb}) retrieves and bills the full profile.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditKybSearchResult.Builder.class)
public abstract class DiditKybSearchResult implements ApiObject {
  DiditKybSearchResult() {}

  /**
   * Returns Didit's identifier of the search.
   *
   * @return the id, if sent
   */
  public abstract Optional<String> requestId();

  /**
   * Returns the candidates and the search's state.
   *
   * @return the registry answer
   */
  public abstract DiditKybCandidates kybRegistry();

  /**
   * Returns your identifier, as sent with the request.
   *
   * @return the vendor data, if sent
   */
  public abstract Optional<String> vendorData();

  /**
   * Returns the metadata, as sent with the request.
   *
   * @return the metadata; empty when none
   */
  @AllowNulls
  public abstract Map<String, Object> metadata();

  /**
   * Returns when the check ran, as sent (ISO 8601).
   *
   * @return the time, if sent
   */
  public abstract Optional<String> createdAt();

  /**
   * Returns the candidate companies, {@code kybRegistry().companies()}.
   *
   * @return the candidates
   */
  public List<DiditKybCandidate> companies() {
    return kybRegistry().companies();
  }
}
