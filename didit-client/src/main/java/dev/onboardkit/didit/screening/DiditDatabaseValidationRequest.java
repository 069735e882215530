package dev.onboardkit.didit.screening;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.ScreeningChecks;
import dev.onboardkit.didit.internal.WireFields;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /database-validation/}: identity data to validate against the authoritative sources of
 * {@code issuing_state} (which selects the sources that run). Only {@code issuing_state} is required; give what the
 * country's sources need (usually the national document number and names).
 *
 * <pre>{@code
 * DiditDatabaseValidationRequest request = DiditDatabaseValidationRequest.builder()
 *     .issuingState("ES").documentNumber("99999999R")
 *     .firstName("Carmen").lastName("Española Española").dateOfBirth(LocalDate.of(1980, 1, 1))
 *     .noMatchAction(DiditPolicyAction.DECLINE)
 *     .build();
 * }</pre>
 *
 * <p>Didit's sources disagree on the country code's form (alpha-2 in the tool schema, alpha-3 in the report); both are
 * accepted and sent as given.
 */
public final class DiditDatabaseValidationRequest {
  private final Map<String, Object> fields;

  private DiditDatabaseValidationRequest(Map<String, Object> fields) {
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
   * @param wireName the JSON name
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditDatabaseValidationRequest && fields.equals(((DiditDatabaseValidationRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditDatabaseValidationRequest", fields);
  }

  /**
   * Builds {@link DiditDatabaseValidationRequest}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports
   * every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the country whose sources to query: an ISO 3166-1 code, alpha-2 ({@code ES}) or alpha-3 ({@code ESP}).
     * Required.
     *
     * @param issuingState the value; null to leave it unset
     * @return this builder
     */
    public Builder issuingState(@Nullable String issuingState) {
      f.set("issuing_state", "issuingState", issuingState);
      return this;
    }

    /**
     * Sets the given name.
     *
     * @param firstName the value; null to leave it unset
     * @return this builder
     */
    public Builder firstName(@Nullable String firstName) {
      f.set("first_name", "firstName", firstName);
      return this;
    }

    /**
     * Sets the family name.
     *
     * @param lastName the value; null to leave it unset
     * @return this builder
     */
    public Builder lastName(@Nullable String lastName) {
      f.set("last_name", "lastName", lastName);
      return this;
    }

    /**
     * Sets the middle name.
     *
     * @param middleName the value; null to leave it unset
     * @return this builder
     */
    public Builder middleName(@Nullable String middleName) {
      f.set("middle_name", "middleName", middleName);
      return this;
    }

    /**
     * Sets the full name.
     *
     * @param fullName the value; null to leave it unset
     * @return this builder
     */
    public Builder fullName(@Nullable String fullName) {
      f.set("full_name", "fullName", fullName);
      return this;
    }

    /**
     * Sets the date of birth, sent as {@code YYYY-MM-DD}.
     *
     * @param dateOfBirth the value; null to leave it unset
     * @return this builder
     */
    public Builder dateOfBirth(@Nullable java.time.LocalDate dateOfBirth) {
      f.date("date_of_birth", "dateOfBirth", dateOfBirth);
      return this;
    }

    /**
     * Sets the identity document's number.
     *
     * @param documentNumber the value; null to leave it unset
     * @return this builder
     */
    public Builder documentNumber(@Nullable String documentNumber) {
      f.set("document_number", "documentNumber", documentNumber);
      return this;
    }

    /**
     * Sets the document type: {@code P}, {@code DL}, {@code ID}, {@code RP}, {@code SSC}, {@code HIC}, {@code WP},
     * {@code TC}, {@code VISA}, {@code PSC}, {@code BC} or {@code OTHER}.
     *
     * @param documentType the value; null to leave it unset
     * @return this builder
     */
    public Builder documentType(@Nullable String documentType) {
      f.set("document_type", "documentType", documentType);
      return this;
    }

    /**
     * Sets the universal national id number, which Didit maps to the country's own field (documented by Didit's
     * standalone-API guide).
     *
     * @param idNumber the value; null to leave it unset
     * @return this builder
     */
    public Builder idNumber(@Nullable String idNumber) {
      f.set("id_number", "idNumber", idNumber);
      return this;
    }

    /**
     * Sets the personal number.
     *
     * @param personalNumber the value; null to leave it unset
     * @return this builder
     */
    public Builder personalNumber(@Nullable String personalNumber) {
      f.set("personal_number", "personalNumber", personalNumber);
      return this;
    }

    /**
     * Sets the tax number.
     *
     * @param taxNumber the value; null to leave it unset
     * @return this builder
     */
    public Builder taxNumber(@Nullable String taxNumber) {
      f.set("tax_number", "taxNumber", taxNumber);
      return this;
    }

    /**
     * Sets the gender: {@code M}, {@code F} or {@code X}.
     *
     * @param gender the value; null to leave it unset
     * @return this builder
     */
    public Builder gender(@Nullable String gender) {
      f.set("gender", "gender", gender);
      return this;
    }

    /**
     * Sets the nationality.
     *
     * @param nationality the value; null to leave it unset
     * @return this builder
     */
    public Builder nationality(@Nullable String nationality) {
      f.set("nationality", "nationality", nationality);
      return this;
    }

    /**
     * Restricts which sources run, by their service ids.
     *
     * @param services the value; null to leave it unset
     * @return this builder
     */
    public Builder services(@Nullable List<String> services) {
      f.list("services", "services", services);
      return this;
    }

    /**
     * Sets what a partial match does: decline the check, or only flag it.
     *
     * @param partialMatchAction the value; null to leave it unset
     * @return this builder
     */
    public Builder partialMatchAction(@Nullable DiditPolicyAction partialMatchAction) {
      f.constant("partial_match_action", "partialMatchAction", partialMatchAction);
      return this;
    }

    /**
     * Sets what no match does: decline the check, or only flag it.
     *
     * @param noMatchAction the value; null to leave it unset
     * @return this builder
     */
    public Builder noMatchAction(@Nullable DiditPolicyAction noMatchAction) {
      f.constant("no_match_action", "noMatchAction", noMatchAction);
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
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditDatabaseValidationRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      String state = f.text("issuing_state");
      if (state == null) {
        problems.add("issuingState", "is required: the ISO 3166-1 country code of the sources to query");
      } else {
        ScreeningChecks.checkCountry(problems, "issuingState", state);
      }
      ScreeningChecks.checkChoice(problems, "documentType", f.text("document_type"),
          "P", "DL", "ID", "RP", "SSC", "HIC", "WP", "TC", "VISA", "PSC", "BC", "OTHER");
      ScreeningChecks.checkChoice(problems, "gender", f.text("gender"), "M", "F", "X");
      problems.throwIfAny();
      return new DiditDatabaseValidationRequest(f.snapshot());
    }
  }
}
