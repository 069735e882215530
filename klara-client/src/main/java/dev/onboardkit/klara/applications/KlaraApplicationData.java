package dev.onboardkit.klara.applications;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
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
public abstract class KlaraApplicationData implements ApiObject {
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
   * Returns the documents sent inside {@code data}, with the same type as the list endpoint's documents (see
   * {@link KlaraApplication} for why the SDK reads them both here and at the top level).
   *
   * @return the documents; empty when none were sent inside {@code data}
   */
  public abstract List<KlaraApplicationDocument> documents();

  /**
   * Returns the related companies.
   *
   * @return the entities; empty when none were sent
   */
  public abstract List<KlaraEntity> entities();

}
