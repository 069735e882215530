package dev.onboardkit.didit.decisions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One AML screening of a decision ({@code aml_screenings[]}): the subject screened against sanctions, PEP,
 * watchlist and adverse-media lists.
 *
 * <p>Typed here: the members Didit documents for this item; the rest arrive in
 * {@link #additionalProperties()}. See {@link DiditCheck} about media URLs.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditAmlScreening.Builder.class)
public abstract class DiditAmlScreening implements DiditCheck {
  DiditAmlScreening() {}

  /**
   * Returns the check's status as sent, such as {@code "In Review"}.
   *
   * @return the raw status, if sent
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns the workflow node that produced this item.
   *
   * @return the node id; empty for legacy single-feature sessions
   */
  public abstract Optional<String> nodeId();

  /**
   * Returns the risk signals raised for this check.
   *
   * @return the warnings; empty when none
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<DiditWarning> warnings();

  /**
   * Returns how many hits {@link #hits()} holds.
   *
   * @return the count, if sent
   */
  public abstract Optional<Integer> totalHits();

  /**
   * Returns what was screened: {@code person} or {@code company}.
   *
   * @return the type, if sent
   */
  public abstract Optional<String> entityType();

  /**
   * Returns the aggregate risk score, 0 to 100: the highest risk score of the hits not marked as false
   * positives.
   *
   * @return the score; empty until the screening has run
   */
  public abstract Optional<Double> score();

  /**
   * Returns the matched records, false positives included.
   *
   * @return the hits; empty when none
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<Map<String, Object>> hits();

  /**
   * Returns the values that were screened ({@code full_name}, {@code date_of_birth}, ...).
   *
   * @return the values; empty when not sent
   */
  @AllowNulls
  public abstract Map<String, Object> screenedData();

}
