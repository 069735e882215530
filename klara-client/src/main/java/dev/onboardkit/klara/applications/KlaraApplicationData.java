package dev.onboardkit.klara.applications;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.internal.AllowNulls;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The data collected by an application ({@code data}): free-form fields whose keys depend on the application config,
 * plus the people and related companies.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableKlaraApplicationData.Builder.class)
public abstract class KlaraApplicationData {
  KlaraApplicationData() {}

  /**
   * Returns the free-form fields, such as {@code company_name}, {@code registered_address} or {@code years_trading}.
   * Values are plain Java values ({@code String}, {@code Number}, {@code Boolean}, {@code List}, {@code Map}, or
   * null).
   *
   * @return the fields; empty when none were sent
   */
  @AllowNulls
  public abstract Map<String, Object> fields();

  /**
   * Returns the people: directors, beneficial owners, shareholders.
   *
   * @return the people; empty when none were sent
   */
  public abstract List<KlaraPerson> people();

  /**
   * Returns the related companies.
   *
   * @return the entities; empty when none were sent
   */
  public abstract List<KlaraEntity> entities();

  /**
   * Returns any other members of {@code data} that this SDK does not model, as plain Java values.
   *
   * @return the other members; empty when none
   */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();
}
