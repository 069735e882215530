package dev.onboardkit.didit.screening;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code kyb_registry} of a KYB registry search: the candidate companies, and whether the search is resolved (a
 * search with a {@code webhook_url} may return before the registry answers; the candidates then arrive at that URL).
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditKybCandidates.Builder.class)
public abstract class DiditKybCandidates implements ApiObject {
  DiditKybCandidates() {}

  /**
   * Returns the candidate companies.
   *
   * @return the candidates; empty when none (yet)
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<DiditKybCandidate> companies();

  /**
   * Returns the paging of the provider's results ({@code total}, {@code page}, {@code per_page}), as plain values.
   *
   * @return the paging; empty when not sent
   */
  @AllowNulls
  public abstract Map<String, Object> pagination();

  /**
   * Returns the search's state, such as {@code resolved}.
   *
   * @return the state, if sent
   */
  public abstract Optional<String> searchStatus();

  /**
   * Returns whether the registry has answered.
   *
   * @return the flag, if sent
   */
  public abstract Optional<Boolean> searchResolved();
}
