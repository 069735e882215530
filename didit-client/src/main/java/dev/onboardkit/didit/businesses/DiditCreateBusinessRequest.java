package dev.onboardkit.didit.businesses;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import dev.onboardkit.didit.users.DiditEntityStatus;
import java.util.Map;

/**
 * The body of {@code POST /businesses/create/}: a business (KYB) record created by hand. Didit marks no member as
 * required; the members set are sent.
 *
 * <pre>{@code
 * DiditBusiness business = client.businesses().create(DiditCreateBusinessRequest.builder()
 *     .vendorData("acme-ltd").legalName("Acme Trading Ltd").registrationNumber("B12345678").countryCode("ES")
 *     .build());
 * }</pre>
 */
public final class DiditCreateBusinessRequest {
  private final Map<String, Object> fields;

  private DiditCreateBusinessRequest(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * Starts a builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the JSON members that will be sent, keyed by wire name in the order they were set.
   *
   * @return the members; unmodifiable
   */
  @JsonValue
  public Map<String, Object> fields() {
    return fields;
  }

  /**
   * Returns whether a member is sent.
   *
   * @param wireName the JSON name, such as {@code "vendor_data"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditCreateBusinessRequest && fields.equals(((DiditCreateBusinessRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditCreateBusinessRequest", fields);
  }

  /**
   * Builds {@link DiditCreateBusinessRequest}. Setters accept null, which leaves a field unset (not sent);
   * {@link #build()} reports every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets your unique identifier for the business, the key of the other business calls. Didit's schema does not
     * mark it required; without it, the business is reached by its {@code didit_internal_id} only.
     *
     * @param vendorData the value; null to leave it unset
     * @return this builder
     */
    public Builder vendorData(@Nullable String vendorData) {
      f.set("vendor_data", "vendorData", vendorData);
      return this;
    }

    /**
     * Sets the name shown in the console.
     *
     * @param displayName the value; null to leave it unset
     * @return this builder
     */
    public Builder displayName(@Nullable String displayName) {
      f.set("display_name", "displayName", displayName);
      return this;
    }

    /**
     * Sets the business's registered legal name.
     *
     * @param legalName the value; null to leave it unset
     * @return this builder
     */
    public Builder legalName(@Nullable String legalName) {
      f.set("legal_name", "legalName", legalName);
      return this;
    }

    /**
     * Sets the company registration number.
     *
     * @param registrationNumber the value; null to leave it unset
     * @return this builder
     */
    public Builder registrationNumber(@Nullable String registrationNumber) {
      f.set("registration_number", "registrationNumber", registrationNumber);
      return this;
    }

    /**
     * Sets the country of registration (ISO 3166-1 alpha-2, such as {@code ES}).
     *
     * @param countryCode the value; null to leave it unset
     * @return this builder
     */
    public Builder countryCode(@Nullable String countryCode) {
      f.set("country_code", "countryCode", countryCode);
      return this;
    }

    /**
     * Sets the monitoring status (the server's default is {@code ACTIVE}).
     *
     * @param status the value; null to leave it unset
     * @return this builder
     */
    public Builder status(@Nullable DiditEntityStatus status) {
      f.constant("status", "status", status);
      return this;
    }

    /**
     * Sets your own JSON data kept with the business; null values inside are sent as JSON null.
     *
     * @param metadata the value; null to leave it unset
     * @return this builder
     */
    public Builder metadata(@Nullable Map<String, ?> metadata) {
      f.object("metadata", "metadata", metadata);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditCreateBusinessRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      problems.throwIfAny();
      return new DiditCreateBusinessRequest(f.snapshot());
    }
  }
}
