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
 * One database validation of a decision ({@code database_validations[]}): the identity checked against
 * authoritative sources.
 *
 * <p>Typed here: the members Didit documents for this item; the rest arrive in
 * {@link #additionalProperties()}. See {@link DiditCheck} about media URLs.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditDatabaseValidation.Builder.class)
public abstract class DiditDatabaseValidation implements DiditCheck {
  DiditDatabaseValidation() {}

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
   * Returns the overall match: {@code full_match}, {@code partial_match} or {@code no_match}.
   *
   * @return the match type, if sent
   */
  public abstract Optional<String> matchType();

  /**
   * Returns the country whose sources were queried, as sent (an ISO 3166-1 code).
   *
   * @return the country, if sent
   */
  public abstract Optional<String> issuingState();

  /**
   * Returns the validation method, such as {@code 1x1} or {@code 2x2}.
   *
   * @return the method, if sent
   */
  public abstract Optional<String> validationType();

  /**
   * Returns the values that were validated.
   *
   * @return the values; empty when not sent
   */
  @AllowNulls
  public abstract Map<String, Object> screenedData();

  /**
   * Returns the result of each checked data point (each with an {@code outcome_code} such as {@code MATCH},
   * {@code NO_MATCH} or {@code DOCUMENT_NOT_FOUND}), as plain values.
   *
   * @return the results; empty when not sent
   */
  @AllowNulls
  public abstract Map<String, Object> validations();
}
