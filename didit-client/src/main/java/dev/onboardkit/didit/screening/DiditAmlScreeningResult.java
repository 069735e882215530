package dev.onboardkit.didit.screening;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import dev.onboardkit.didit.decisions.DiditAmlScreening;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of {@code POST /aml/}: the subject screened against sanctions, PEP, watchlist and (optionally)
 * adverse-media datasets. {@link #aml()} has the same shape as a session decision's {@code aml_screenings[]} items;
 * read {@link DiditAmlScreening#totalHits()}, {@link DiditAmlScreening#score()} and {@link DiditAmlScreening#hits()}
 * rather than only its status.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditAmlScreeningResult.Builder.class)
public abstract class DiditAmlScreeningResult implements ApiObject {
  DiditAmlScreeningResult() {}

  /**
   * Returns Didit's identifier of this check, under which it is saved (for a check or a select, in the console's
   * manual checks).
   *
   * @return the id, if sent
   */
  public abstract Optional<String> requestId();

  /**
   * Returns the screening: status, hits and scores.
   *
   * @return the screening
   */
  public abstract DiditAmlScreening aml();

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
}
