package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What you expect the verification to find ({@code expected_details} of a create): Didit compares the extracted data
 * with these values and raises warnings on mismatches. The KYB members ({@code company_name}, {@code registry_country},
 * {@code registration_number}) apply to business workflows.
 */
public final class DiditExpectedDetails {
  private final Map<String, Object> fields;

  private DiditExpectedDetails(Map<String, Object> fields) {
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
   * @param wireName the JSON name, such as {@code "first_name"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditExpectedDetails && fields.equals(((DiditExpectedDetails) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked and a portrait image is shown by its length. */
  @Override
  public String toString() {
    return WireFields.describe("DiditExpectedDetails", fields);
  }

  /**
   * Builds {@link DiditExpectedDetails}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the expected first name.
     *
     * @param firstName the value; null to leave it unset
     * @return this builder
     */
    public Builder firstName(@Nullable String firstName) {
      f.set("first_name", "firstName", firstName);
      return this;
    }

    /**
     * Sets the expected last name.
     *
     * @param lastName the value; null to leave it unset
     * @return this builder
     */
    public Builder lastName(@Nullable String lastName) {
      f.set("last_name", "lastName", lastName);
      return this;
    }

    /**
     * Sets the expected date of birth (sent as {@code YYYY-MM-DD}).
     *
     * @param dateOfBirth the value; null to leave it unset
     * @return this builder
     */
    public Builder dateOfBirth(@Nullable LocalDate dateOfBirth) {
      f.date("date_of_birth", "dateOfBirth", dateOfBirth);
      return this;
    }

    /**
     * Sets the expected gender: {@code M} or {@code F}.
     *
     * @param gender the value; null to leave it unset
     * @return this builder
     */
    public Builder gender(@Nullable String gender) {
      f.set("gender", "gender", gender);
      return this;
    }

    /**
     * Sets the expected nationality (ISO 3166-1 alpha-3).
     *
     * @param nationality the value; null to leave it unset
     * @return this builder
     */
    public Builder nationality(@Nullable String nationality) {
      f.set("nationality", "nationality", nationality);
      return this;
    }

    /**
     * Sets the expected country (ISO 3166-1 alpha-3).
     *
     * @param country the value; null to leave it unset
     * @return this builder
     */
    public Builder country(@Nullable String country) {
      f.set("country", "country", country);
      return this;
    }

    /**
     * Sets the expected address.
     *
     * @param address the value; null to leave it unset
     * @return this builder
     */
    public Builder address(@Nullable String address) {
      f.set("address", "address", address);
      return this;
    }

    /**
     * Sets the expected document or personal number.
     *
     * @param identificationNumber the value; null to leave it unset
     * @return this builder
     */
    public Builder identificationNumber(@Nullable String identificationNumber) {
      f.set("identification_number", "identificationNumber", identificationNumber);
      return this;
    }

    /**
     * Sets the IP address the user is expected to connect from.
     *
     * @param ipAddress the value; null to leave it unset
     * @return this builder
     */
    public Builder ipAddress(@Nullable String ipAddress) {
      f.set("ip_address", "ipAddress", ipAddress);
      return this;
    }

    /**
     * Sets the document types the user is expected to present.
     *
     * @param expectedDocumentTypes the types; null to leave them unset
     * @return this builder
     */
    public Builder expectedDocumentTypes(@Nullable List<String> expectedDocumentTypes) {
      f.list("expected_document_types", "expectedDocumentTypes", expectedDocumentTypes);
      return this;
    }

    /**
     * Sets the expected issuing country of the identity document.
     *
     * @param idCountry the value; null to leave it unset
     * @return this builder
     */
    public Builder idCountry(@Nullable String idCountry) {
      f.set("id_country", "idCountry", idCountry);
      return this;
    }

    /**
     * Sets the expected country of the proof-of-address document.
     *
     * @param poaCountry the value; null to leave it unset
     * @return this builder
     */
    public Builder poaCountry(@Nullable String poaCountry) {
      f.set("poa_country", "poaCountry", poaCountry);
      return this;
    }

    /**
     * Sets the expected company name (KYB).
     *
     * @param companyName the value; null to leave it unset
     * @return this builder
     */
    public Builder companyName(@Nullable String companyName) {
      f.set("company_name", "companyName", companyName);
      return this;
    }

    /**
     * Sets the expected registry country (KYB).
     *
     * @param registryCountry the value; null to leave it unset
     * @return this builder
     */
    public Builder registryCountry(@Nullable String registryCountry) {
      f.set("registry_country", "registryCountry", registryCountry);
      return this;
    }

    /**
     * Sets the expected registration number (KYB).
     *
     * @param registrationNumber the value; null to leave it unset
     * @return this builder
     */
    public Builder registrationNumber(@Nullable String registrationNumber) {
      f.set("registration_number", "registrationNumber", registrationNumber);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditExpectedDetails build() {
      Problems problems = new Problems();
      f.check(problems);
      String gender = f.text("gender");
      if (gender != null && !gender.equals("M") && !gender.equals("F")) {
        problems.add("gender", "must be M or F");
      }
      problems.throwIfAny();
      return new DiditExpectedDetails(f.snapshot());
    }
  }
}
