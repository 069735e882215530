package dev.onboardkit.didit.screening;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of {@code POST /kyb/select/}: the selected company's full registry profile, saved as a manual check in the
 * console under {@link #requestId()}. Billed.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditKybSelectResult.Builder.class)
public abstract class DiditKybSelectResult implements ApiObject {
  DiditKybSelectResult() {}

  /**
   * Returns Didit's identifier of the saved check.
   *
   * @return the id, if sent
   */
  public abstract Optional<String> requestId();

  /**
   * Returns the company's registry profile.
   *
   * @return the profile
   */
  public abstract DiditKybRegistryProfile kybRegistry();

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
