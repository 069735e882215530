package dev.onboardkit.didit.screening;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.ScreeningChecks;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The body of {@code POST /kyb/search/}: a company to look up in the official registries of a country, by name and/or
 * registration number. Free; pick a candidate and retrieve its profile with {@code selectKyb}.
 *
 * <pre>{@code
 * DiditKybSearchRequest request = DiditKybSearchRequest.builder()
 *     .countryCode("GB").name("Tesco").searchType("contains").build();
 * }</pre>
 */
public final class DiditKybSearchRequest {
  private final Map<String, Object> fields;

  private DiditKybSearchRequest(Map<String, Object> fields) {
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

  private static final java.util.regex.Pattern COUNTRY =
      java.util.regex.Pattern.compile("[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?");

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
   * @param wireName the JSON name
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditKybSearchRequest && fields.equals(((DiditKybSearchRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditKybSearchRequest", fields);
  }

  /**
   * Builds {@link DiditKybSearchRequest}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports
   * every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the registry's country: ISO 3166-1 alpha-2, or a subdivision where the registry needs one ({@code US-CA}).
     * Required.
     *
     * @param countryCode the value; null to leave it unset
     * @return this builder
     */
    public Builder countryCode(@Nullable String countryCode) {
      f.set("country_code", "countryCode", countryCode);
      return this;
    }

    /**
     * Sets the company name to search.
     *
     * @param name the value; null to leave it unset
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      f.set("name", "name", name);
      return this;
    }

    /**
     * Sets the registration number to search.
     *
     * @param registrationNumber the value; null to leave it unset
     * @return this builder
     */
    public Builder registrationNumber(@Nullable String registrationNumber) {
      f.set("registration_number", "registrationNumber", registrationNumber);
      return this;
    }

    /**
     * Sets how the name matches: {@code contains} (Didit's default), {@code start_with} or {@code fuzzy}.
     *
     * @param searchType the value; null to leave it unset
     * @return this builder
     */
    public Builder searchType(@Nullable String searchType) {
      f.set("search_type", "searchType", searchType);
      return this;
    }

    /**
     * Sets your identifier of the person or business (your user id, a UUID), saved with the check and echoed back.
     *
     * @param vendorData the value; null to leave it unset
     * @return this builder
     */
    public Builder vendorData(@Nullable String vendorData) {
      f.set("vendor_data", "vendorData", vendorData);
      return this;
    }

    /**
     * Sets free-form JSON saved with the check and echoed back.
     *
     * @param metadata the value; null to leave it unset
     * @return this builder
     */
    public Builder metadata(@Nullable Map<String, ?> metadata) {
      f.object("metadata", "metadata", metadata);
      return this;
    }

    /**
     * Sets a URL Didit notifies (unsigned) when a slow registry resolves the search; the call then returns at once
     * with {@code search_resolved} false.
     *
     * @param webhookUrl the value; null to leave it unset
     * @return this builder
     */
    public Builder webhookUrl(@Nullable String webhookUrl) {
      f.set("webhook_url", "webhookUrl", webhookUrl);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditKybSearchRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      String country = f.text("country_code");
      if (country == null) {
        problems.add("countryCode", "is required: the ISO 3166-1 alpha-2 country of the registry");
      } else if (!COUNTRY.matcher(country).matches()) {
        problems.add("countryCode", "must be an ISO 3166-1 alpha-2 code, or a subdivision such as US-CA");
      }
      ScreeningChecks.checkChoice(problems, "searchType", f.text("search_type"), "contains", "start_with", "fuzzy");
      problems.checkUri("webhookUrl", f.text("webhook_url"));
      problems.throwIfAny();
      return new DiditKybSearchRequest(f.snapshot());
    }
  }
}
