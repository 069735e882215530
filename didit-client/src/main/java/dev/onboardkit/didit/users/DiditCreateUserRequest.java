package dev.onboardkit.didit.users;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /users/create/}: a user record created by hand, for example to pre-register a
 * {@code vendor_data} identity or to allowlist emails and phones before the user's first session. Only
 * {@code vendor_data} is required; the members set are sent.
 *
 * <pre>{@code
 * DiditUser user = client.users().create(DiditCreateUserRequest.builder()
 *     .vendorData("user-42").fullName("Carmen Española").dateOfBirth(LocalDate.of(1980, 1, 1))
 *     .approvedEmails(List.of("carmen@example.com")).build());
 * }</pre>
 */
public final class DiditCreateUserRequest {
  private final Map<String, Object> fields;

  private DiditCreateUserRequest(Map<String, Object> fields) {
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
   * Returns a request with only the user's identifier.
   *
   * @param vendorData your unique identifier for the user
   * @return the request
   * @throws dev.onboardkit.core.error.InvalidRequestException if {@code vendorData} is null or blank
   */
  public static DiditCreateUserRequest of(@Nullable String vendorData) {
    return builder().vendorData(vendorData).build();
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
    return o instanceof DiditCreateUserRequest && fields.equals(((DiditCreateUserRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditCreateUserRequest", fields);
  }

  /**
   * Builds {@link DiditCreateUserRequest}. Setters accept null, which leaves a field unset (not sent);
   * {@link #build()} reports every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets your unique identifier for the user (required): the key of every other user call.
     *
     * @param vendorData the value; null to leave it unset
     * @return this builder
     */
    public Builder vendorData(@Nullable String vendorData) {
      f.set("vendor_data", "vendorData", vendorData);
      return this;
    }

    /**
     * Sets the user's full legal name.
     *
     * @param fullName the value; null to leave it unset
     * @return this builder
     */
    public Builder fullName(@Nullable String fullName) {
      f.set("full_name", "fullName", fullName);
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
     * Sets the date of birth, sent as {@code YYYY-MM-DD}.
     *
     * @param dateOfBirth the value; null to leave it unset
     * @return this builder
     */
    public Builder dateOfBirth(@Nullable LocalDate dateOfBirth) {
      f.date("date_of_birth", "dateOfBirth", dateOfBirth);
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
     * Sets your own JSON data kept with the user; null values inside are sent as JSON null.
     *
     * @param metadata the value; null to leave it unset
     * @return this builder
     */
    public Builder metadata(@Nullable Map<String, ?> metadata) {
      f.object("metadata", "metadata", metadata);
      return this;
    }

    /**
     * Sets the email addresses allowlisted for the user (replaced whole on update).
     *
     * @param approvedEmails the value; null to leave it unset
     * @return this builder
     */
    public Builder approvedEmails(@Nullable List<String> approvedEmails) {
      f.list("approved_emails", "approvedEmails", approvedEmails);
      return this;
    }

    /**
     * Sets the phone numbers (E.164) allowlisted for the user (replaced whole on update).
     *
     * @param approvedPhones the value; null to leave it unset
     * @return this builder
     */
    public Builder approvedPhones(@Nullable List<String> approvedPhones) {
      f.list("approved_phones", "approvedPhones", approvedPhones);
      return this;
    }

    /**
     * Sets the document issuing states (ISO 3166-1 alpha-3, such as {@code ESP}) kept with the user (replaced whole
     * on update).
     *
     * @param issuingStates the value; null to leave it unset
     * @return this builder
     */
    public Builder issuingStates(@Nullable List<String> issuingStates) {
      f.list("issuing_states", "issuingStates", issuingStates);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditCreateUserRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      problems.requireText("vendorData", f.text("vendor_data"), Integer.MAX_VALUE);
      problems.throwIfAny();
      return new DiditCreateUserRequest(f.snapshot());
    }
  }
}
