package dev.onboardkit.didit.lists;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The body of {@code POST /lists/{uuid}/entries/}: a value to add, given directly or taken from a session. Didit
 * validates the value against the list's entry type (an email address, an E.164 phone number, an IP or CIDR range,
 * an alpha-3 country, ...). With {@code referenceSessionId} Didit extracts the value from that session (and marks
 * it blocklisted there); give both to pick one of several values of a session. For a face without a session, use
 * the face upload instead.
 *
 * <pre>{@code
 * DiditCreateListEntryRequest request = DiditCreateListEntryRequest.builder()
 *     .value("fraud@example.com")
 *     .comment("Chargeback ring")
 *     .build();
 * }</pre>
 */
public final class DiditCreateListEntryRequest {
  private final Map<String, Object> fields;

  private DiditCreateListEntryRequest(Map<String, Object> fields) {
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
   * @param wireName the wire name, such as {@code "value"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditCreateListEntryRequest && fields.equals(((DiditCreateListEntryRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set. */
  @Override
  public String toString() {
    return WireFields.describe("DiditCreateListEntryRequest", fields);
  }

  /**
   * Builds {@link DiditCreateListEntryRequest}. Setters accept null, which leaves a member unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the value to add; required unless {@link #referenceSessionId(String)} is set.
     *
     * @param value the value; null to leave it unset
     * @return this builder
     */
    public Builder value(@Nullable String value) {
      f.set("value", "value", value);
      return this;
    }

    /**
     * Sets the session to take the value from.
     *
     * @param referenceSessionId the value; null to leave it unset
     * @return this builder
     */
    public Builder referenceSessionId(@Nullable String referenceSessionId) {
      f.set("reference_session_id", "referenceSessionId", referenceSessionId);
      return this;
    }

    /**
     * Sets the id of the source entity (a transaction, user or business), stored for traceability; say which in
     * {@code metadata.reference_type}.
     *
     * @param referenceObjectUuid the value; null to leave it unset
     * @return this builder
     */
    public Builder referenceObjectUuid(@Nullable String referenceObjectUuid) {
      f.set("reference_object_uuid", "referenceObjectUuid", referenceObjectUuid);
      return this;
    }

    /**
     * Sets the human-readable label shown in the console.
     *
     * @param displayLabel the value; null to leave it unset
     * @return this builder
     */
    public Builder displayLabel(@Nullable String displayLabel) {
      f.set("display_label", "displayLabel", displayLabel);
      return this;
    }

    /**
     * Sets the reason for adding it.
     *
     * @param comment the value; null to leave it unset
     * @return this builder
     */
    public Builder comment(@Nullable String comment) {
      f.set("comment", "comment", comment);
      return this;
    }

    /**
     * Sets structured data stored with the entry (such as {@code reference_type} or {@code full_name}).
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
    public DiditCreateListEntryRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      if (f.get("value") == null && f.get("reference_session_id") == null) {
        problems.add("value", "is required unless referenceSessionId is set");
      }
      problems.throwIfAny();
      return new DiditCreateListEntryRequest(f.snapshot());
    }
  }
}
