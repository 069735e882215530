package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.time.LocalDate;
import java.util.Map;

/**
 * The body of {@code PATCH /session/{session_id}/update-poa-data/}: a reviewer's correction of the data read from the
 * proof-of-address document. Only the members set are sent, and only they change.
 */
public final class DiditPoaDataUpdate {
  private final Map<String, Object> fields;

  private DiditPoaDataUpdate(Map<String, Object> fields) {
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
   * @param wireName the JSON name, such as {@code "issuing_state"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditPoaDataUpdate && fields.equals(((DiditPoaDataUpdate) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked and a portrait image is shown by its length. */
  @Override
  public String toString() {
    return WireFields.describe("DiditPoaDataUpdate", fields);
  }

  /**
   * Builds {@link DiditPoaDataUpdate}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

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
     * Sets the document type: {@code UTILITY_BILL}, {@code BANK_STATEMENT},
     * {@code GOVERNMENT_ISSUED_DOCUMENT}, {@code OTHER_POA_DOCUMENT} or {@code UNKNOWN}.
     *
     * @param documentType the value; null to leave it unset
     * @return this builder
     */
    public Builder documentType(@Nullable String documentType) {
      f.set("document_type", "documentType", documentType);
      return this;
    }

    /**
     * Sets the document's language.
     *
     * @param documentLanguage the value; null to leave it unset
     * @return this builder
     */
    public Builder documentLanguage(@Nullable String documentLanguage) {
      f.set("document_language", "documentLanguage", documentLanguage);
      return this;
    }

    /**
     * Sets the issuer, such as the utility company.
     *
     * @param issuer the value; null to leave it unset
     * @return this builder
     */
    public Builder issuer(@Nullable String issuer) {
      f.set("issuer", "issuer", issuer);
      return this;
    }

    /**
     * Sets the date of issue.
     *
     * @param issueDate the value; null to leave it unset
     * @return this builder
     */
    public Builder issueDate(@Nullable LocalDate issueDate) {
      f.date("issue_date", "issueDate", issueDate);
      return this;
    }

    /**
     * Sets the address on the document.
     *
     * @param poaAddress the value; null to leave it unset
     * @return this builder
     */
    public Builder poaAddress(@Nullable String poaAddress) {
      f.set("poa_address", "poaAddress", poaAddress);
      return this;
    }

    /**
     * Sets the name on the document.
     *
     * @param nameOnDocument the value; null to leave it unset
     * @return this builder
     */
    public Builder nameOnDocument(@Nullable String nameOnDocument) {
      f.set("name_on_document", "nameOnDocument", nameOnDocument);
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
     * @param poaParsedAddress the object; null to leave it unset
     * @return this builder
     */
    public Builder poaParsedAddress(@Nullable Map<String, ?> poaParsedAddress) {
      f.object("poa_parsed_address", "poaParsedAddress", poaParsedAddress);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditPoaDataUpdate build() {
      Problems problems = new Problems();
      f.check(problems);
      problems.throwIfAny();
      return new DiditPoaDataUpdate(f.snapshot());
    }
  }
}
