package dev.onboardkit.didit.businesses;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A business (a KYB subject), from {@code /businesses/}, grouped by {@code vendor_data}, your identifier for it.
 *
 * <p>Didit does not publish this response's shape: the members declared here are those its request schema documents;
 * every other member the server sends is kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditBusiness.Builder.class)
public abstract class DiditBusiness implements ApiObject {
  DiditBusiness() {}

  /**
   * Returns your identifier for the business, the key of the other business calls.
   *
   * @return the vendor data, if sent
   */
  public abstract Optional<String> vendorData();

  /**
   * Returns Didit's own id of the business, which batch deletes also take.
   *
   * @return the id, if sent
   */
  public abstract Optional<String> diditInternalId();

  /**
   * Returns the name shown in the console.
   *
   * @return the name, if sent
   */
  public abstract Optional<String> displayName();

  /**
   * Returns the business's registered legal name.
   *
   * @return the name, if sent
   */
  public abstract Optional<String> legalName();

  /**
   * Returns the company registration number.
   *
   * @return the number, if sent
   */
  public abstract Optional<String> registrationNumber();

  /**
   * Returns the country of registration (ISO 3166-1 alpha-2).
   *
   * @return the code, if sent
   */
  public abstract Optional<String> countryCode();

  /**
   * Returns the monitoring status as sent, such as {@code ACTIVE}.
   *
   * @return the raw status, if sent
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns your own data kept with the business.
   *
   * @return the metadata; empty when none
   */
  @AllowNulls
  public abstract Map<String, Object> metadata();

  /**
   * Returns the monitoring status.
   *
   * @return the status; {@link dev.onboardkit.didit.users.DiditEntityStatus#UNKNOWN} when absent or not known to this SDK
   */
  public dev.onboardkit.didit.users.DiditEntityStatus status() {
    return dev.onboardkit.didit.users.DiditEntityStatus.fromWire(statusRaw().orElse(null));
  }
}
