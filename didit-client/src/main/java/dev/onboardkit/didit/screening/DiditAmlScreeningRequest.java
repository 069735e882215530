package dev.onboardkit.didit.screening;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.ScreeningChecks;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The body of {@code POST /aml/}: a person or company to screen against sanctions, PEP, watchlist and (optionally)
 * adverse-media datasets. Only {@code full_name} is required; a date of birth and nationality make matches more
 * accurate.
 *
 * <pre>{@code
 * DiditAmlScreeningRequest request = DiditAmlScreeningRequest.builder()
 *     .fullName("John Smith").dateOfBirth(LocalDate.of(1985, 3, 15)).nationality("US")
 *     .includeAdverseMedia(true)
 *     .build();
 * }</pre>
 */
public final class DiditAmlScreeningRequest {
  private final Map<String, Object> fields;

  private DiditAmlScreeningRequest(Map<String, Object> fields) {
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
   * Returns a screening of a person by name.
   *
   * @param fullName the name
   * @return the request
   * @throws dev.onboardkit.core.error.InvalidRequestException if the name is missing or blank
   */
  public static DiditAmlScreeningRequest of(@Nullable String fullName) {
    return builder().fullName(fullName).build();
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
    return o instanceof DiditAmlScreeningRequest && fields.equals(((DiditAmlScreeningRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditAmlScreeningRequest", fields);
  }

  /**
   * Builds {@link DiditAmlScreeningRequest}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports
   * every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the full name to screen. Required.
     *
     * @param fullName the value; null to leave it unset
     * @return this builder
     */
    public Builder fullName(@Nullable String fullName) {
      f.set("full_name", "fullName", fullName);
      return this;
    }

    /**
     * Sets what is screened: {@code person} (Didit's default) or {@code company}.
     *
     * @param entityType the value; null to leave it unset
     * @return this builder
     */
    public Builder entityType(@Nullable String entityType) {
      f.set("entity_type", "entityType", entityType);
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
     * Sets the nationality (an ISO country code).
     *
     * @param nationality the value; null to leave it unset
     * @return this builder
     */
    public Builder nationality(@Nullable String nationality) {
      f.set("nationality", "nationality", nationality);
      return this;
    }

    /**
     * Sets an identity document's number.
     *
     * @param documentNumber the value; null to leave it unset
     * @return this builder
     */
    public Builder documentNumber(@Nullable String documentNumber) {
      f.set("document_number", "documentNumber", documentNumber);
      return this;
    }

    /**
     * Sets whether to include adverse-media findings.
     *
     * @param includeAdverseMedia the value; null to leave it unset
     * @return this builder
     */
    public Builder includeAdverseMedia(@Nullable Boolean includeAdverseMedia) {
      f.set("include_adverse_media", "includeAdverseMedia", includeAdverseMedia);
      return this;
    }

    /**
     * Sets whether to enrol the subject for ongoing monitoring.
     *
     * @param includeOngoingMonitoring the value; null to leave it unset
     * @return this builder
     */
    public Builder includeOngoingMonitoring(@Nullable Boolean includeOngoingMonitoring) {
      f.set("include_ongoing_monitoring", "includeOngoingMonitoring", includeOngoingMonitoring);
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
    public DiditAmlScreeningRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      String name = f.text("full_name");
      if (name == null) {
        problems.add("fullName", "is required: the name to screen");
      } else if (name.isBlank()) {
        problems.add("fullName", "must not be blank");
      }
      ScreeningChecks.checkChoice(problems, "entityType", f.text("entity_type"), "person", "company");
      problems.throwIfAny();
      return new DiditAmlScreeningRequest(f.snapshot());
    }
  }
}
