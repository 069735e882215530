package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.time.LocalDate;
import java.util.Map;

/**
 * The body of {@code PATCH /session/{session_id}/update-data/}: a reviewer's correction of the data read from the
 * identity document. Only the members set are sent, and only they change.
 */
public final class DiditSessionDataUpdate {
  private final Map<String, Object> fields;

  private DiditSessionDataUpdate(Map<String, Object> fields) {
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
   * @param wireName the JSON name, such as {@code "document_type"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditSessionDataUpdate && fields.equals(((DiditSessionDataUpdate) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked and a portrait image is shown by its length. */
  @Override
  public String toString() {
    return WireFields.describe("DiditSessionDataUpdate", fields);
  }

  /**
   * Builds {@link DiditSessionDataUpdate}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the document type: {@code P}, {@code DL}, {@code ID}, {@code RP}, {@code SSC}, {@code HIC},
     * {@code WP}, {@code TC}, {@code VISA}, {@code PSC}, {@code BC} or {@code OTHER}.
     *
     * @param documentType the value; null to leave it unset
     * @return this builder
     */
    public Builder documentType(@Nullable String documentType) {
      f.set("document_type", "documentType", documentType);
      return this;
    }

    /**
     * Sets the document subtype.
     *
     * @param documentSubtype the value; null to leave it unset
     * @return this builder
     */
    public Builder documentSubtype(@Nullable String documentSubtype) {
      f.set("document_subtype", "documentSubtype", documentSubtype);
      return this;
    }

    /**
     * Sets the document number.
     *
     * @param documentNumber the value; null to leave it unset
     * @return this builder
     */
    public Builder documentNumber(@Nullable String documentNumber) {
      f.set("document_number", "documentNumber", documentNumber);
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
     * Sets the date of birth.
     *
     * @param dateOfBirth the value; null to leave it unset
     * @return this builder
     */
    public Builder dateOfBirth(@Nullable LocalDate dateOfBirth) {
      f.date("date_of_birth", "dateOfBirth", dateOfBirth);
      return this;
    }

    /**
     * Sets the date of issue.
     *
     * @param dateOfIssue the value; null to leave it unset
     * @return this builder
     */
    public Builder dateOfIssue(@Nullable LocalDate dateOfIssue) {
      f.date("date_of_issue", "dateOfIssue", dateOfIssue);
      return this;
    }

    /**
     * Sets the expiration date.
     *
     * @param expirationDate the value; null to leave it unset
     * @return this builder
     */
    public Builder expirationDate(@Nullable LocalDate expirationDate) {
      f.date("expiration_date", "expirationDate", expirationDate);
      return this;
    }

    /**
     * Sets the issuing country (ISO 3166-1 alpha-3).
     *
     * @param issuingState the value; null to leave it unset
     * @return this builder
     */
    public Builder issuingState(@Nullable String issuingState) {
      f.set("issuing_state", "issuingState", issuingState);
      return this;
    }

    /**
     * Sets the first name.
     *
     * @param firstName the value; null to leave it unset
     * @return this builder
     */
    public Builder firstName(@Nullable String firstName) {
      f.set("first_name", "firstName", firstName);
      return this;
    }

    /**
     * Sets the last name.
     *
     * @param lastName the value; null to leave it unset
     * @return this builder
     */
    public Builder lastName(@Nullable String lastName) {
      f.set("last_name", "lastName", lastName);
      return this;
    }

    /**
     * Sets the gender: {@code M}, {@code F} or {@code U}.
     *
     * @param gender the value; null to leave it unset
     * @return this builder
     */
    public Builder gender(@Nullable String gender) {
      f.set("gender", "gender", gender);
      return this;
    }

    /**
     * Sets the address.
     *
     * @param address the value; null to leave it unset
     * @return this builder
     */
    public Builder address(@Nullable String address) {
      f.set("address", "address", address);
      return this;
    }

    /**
     * Sets the place of birth.
     *
     * @param placeOfBirth the value; null to leave it unset
     * @return this builder
     */
    public Builder placeOfBirth(@Nullable String placeOfBirth) {
      f.set("place_of_birth", "placeOfBirth", placeOfBirth);
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
     * Sets the marital status: {@code SINGLE}, {@code MARRIED}, {@code DIVORCED}, {@code WIDOWED} or
     * {@code UNKNOWN}.
     *
     * @param maritalStatus the value; null to leave it unset
     * @return this builder
     */
    public Builder maritalStatus(@Nullable String maritalStatus) {
      f.set("marital_status", "maritalStatus", maritalStatus);
      return this;
    }

    /**
     * Sets document-specific extra fields.
     *
     * @param extraFields the object; null to leave it unset
     * @return this builder
     */
    public Builder extraFields(@Nullable Map<String, ?> extraFields) {
      f.object("extra_fields", "extraFields", extraFields);
      return this;
    }

    /**
     * Sets the structured address.
     *
     * @param parsedAddress the object; null to leave it unset
     * @return this builder
     */
    public Builder parsedAddress(@Nullable Map<String, ?> parsedAddress) {
      f.object("parsed_address", "parsedAddress", parsedAddress);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditSessionDataUpdate build() {
      Problems problems = new Problems();
      f.check(problems);
      problems.throwIfAny();
      return new DiditSessionDataUpdate(f.snapshot());
    }
  }
}
