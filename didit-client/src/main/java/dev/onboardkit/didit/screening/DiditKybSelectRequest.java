package dev.onboardkit.didit.screening;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The body of {@code POST /kyb/select/}: the search candidate whose full registry profile to retrieve. Billed; the
 * result is saved as a manual check in the console.
 */
public final class DiditKybSelectRequest {
  private final Map<String, Object> fields;

  private DiditKybSelectRequest(Map<String, Object> fields) {
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
   * Returns a select of one candidate.
   *
   * @param kybResponseId the candidate's handle
   * @return the request
   * @throws dev.onboardkit.core.error.InvalidRequestException if the handle is missing or blank
   */
  public static DiditKybSelectRequest of(@Nullable String kybResponseId) {
    return builder().kybResponseId(kybResponseId).build();
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
    return o instanceof DiditKybSelectRequest && fields.equals(((DiditKybSelectRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditKybSelectRequest", fields);
  }

  /**
   * Builds {@link DiditKybSelectRequest}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports
   * every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the candidate's handle, {@code DiditKybCandidate.kybResponseId()}. Required.
     *
     * @param kybResponseId the value; null to leave it unset
     * @return this builder
     */
    public Builder kybResponseId(@Nullable String kybResponseId) {
      f.set("kyb_response_id", "kybResponseId", kybResponseId);
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
     * Sets {@code save_api_request}; Didit documents that it must be {@code true} (its default), so selected profiles
     * are saved for billing and retrieval.
     *
     * @param saveApiRequest the value; null to leave it unset
     * @return this builder
     */
    public Builder saveApiRequest(@Nullable Boolean saveApiRequest) {
      f.set("save_api_request", "saveApiRequest", saveApiRequest);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditKybSelectRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      String id = f.text("kyb_response_id");
      if (id == null) {
        problems.add("kybResponseId", "is required: the kyb_response_id of a search candidate");
      } else if (id.isBlank()) {
        problems.add("kybResponseId", "must not be blank");
      }
      if (Boolean.FALSE.equals(f.get("save_api_request"))) {
        problems.add("saveApiRequest", "must be true (or unset): Didit saves every selected profile");
      }
      problems.throwIfAny();
      return new DiditKybSelectRequest(f.snapshot());
    }
  }
}
