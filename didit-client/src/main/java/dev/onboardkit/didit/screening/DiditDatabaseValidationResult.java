package dev.onboardkit.didit.screening;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import dev.onboardkit.didit.decisions.DiditDatabaseValidation;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of {@code POST /database-validation/}: the identity checked against the issuing country's authoritative
 * sources. {@link #databaseValidation()} has the same shape as a session decision's {@code database_validations[]}
 * items: its {@code match_type} ({@code full_match}, {@code partial_match}, {@code no_match}) and per-source
 * {@code validations}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditDatabaseValidationResult.Builder.class)
public abstract class DiditDatabaseValidationResult implements ApiObject {
  DiditDatabaseValidationResult() {}

  /**
   * Returns Didit's identifier of this check, under which it is saved (for a check or a select, in the console's
   * manual checks).
   *
   * @return the id, if sent
   */
  public abstract Optional<String> requestId();

  /**
   * Returns the validation: status, match type and per-source results.
   *
   * @return the validation
   */
  public abstract DiditDatabaseValidation databaseValidation();

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
