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
 * A company's registry profile, the {@code kyb_registry} of {@code POST /kyb/select/}: identity, registration, legal
 * form, address, officers and beneficial owners as the registry holds them. Officers, owners and the raw registry data
 * are plain values (their shape varies by registry); members not typed here arrive in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditKybRegistryProfile.Builder.class)
public abstract class DiditKybRegistryProfile implements ApiObject {
  DiditKybRegistryProfile() {}

  /**
   * Returns Didit's identifier of the profile.
   *
   * @return the id, if sent
   */
  public abstract Optional<String> uuid();

  /**
   * Returns the company's status in the registry.
   *
   * @return the status, if sent
   */
  public abstract Optional<String> registryStatus();

  /**
   * Returns whether the registry data is resolved.
   *
   * @return the flag, if sent
   */
  public abstract Optional<Boolean> dataResolved();

  /**
   * Returns the registered name.
   *
   * @return the name, if sent
   */
  public abstract Optional<String> companyName();

  /**
   * Returns the registration number.
   *
   * @return the number, if sent
   */
  public abstract Optional<String> registrationNumber();

  /**
   * Returns the registry's country.
   *
   * @return the country, if sent
   */
  public abstract Optional<String> countryCode();

  /**
   * Returns the legal form.
   *
   * @return the form, if sent
   */
  public abstract Optional<String> companyType();

  /**
   * Returns the date of incorporation, as sent ({@code YYYY-MM-DD}).
   *
   * @return the date, if sent
   */
  public abstract Optional<String> incorporationDate();

  /**
   * Returns the registered address.
   *
   * @return the address, if sent
   */
  public abstract Optional<String> registeredAddress();

  /**
   * Returns the tax number.
   *
   * @return the number, if sent
   */
  public abstract Optional<String> taxNumber();

  /**
   * Returns whether the data came from the official registry.
   *
   * @return the flag, if sent
   */
  public abstract Optional<Boolean> isFromRegistry();

  /**
   * Returns the provider's fetch state.
   *
   * @return the state, if sent
   */
  public abstract Optional<String> fetchStatus();

  /**
   * Returns the officers (directors, secretaries), as plain values.
   *
   * @return the officers; empty when none were sent
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  @AllowNulls
  public abstract List<Map<String, Object>> officers();

  /**
   * Returns the beneficial owners, as plain values.
   *
   * @return the owners; empty when none were sent
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  @AllowNulls
  public abstract List<Map<String, Object>> beneficialOwners();

  /**
   * Returns the registry's own data, as plain values.
   *
   * @return the data; empty when not sent
   */
  @AllowNulls
  public abstract Map<String, Object> registryData();
}
