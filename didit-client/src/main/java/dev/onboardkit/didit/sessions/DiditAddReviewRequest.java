package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The body of {@code POST /sessions/{session_id}/reviews/}: a note on the session's audit trail, optionally recording a
 * new status with it.
 */
public final class DiditAddReviewRequest {
  private final Map<String, Object> fields;

  private DiditAddReviewRequest(Map<String, Object> fields) {
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
   * Returns a request that adds a note and nothing else.
   *
   * @param comment the note
   * @return the request
   * @throws dev.onboardkit.core.error.InvalidRequestException never for a null comment (nothing is set then)
   */
  public static DiditAddReviewRequest comment(@Nullable String comment) {
    return builder().comment(comment).build();
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
   * @param wireName the JSON name, such as {@code "comment"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditAddReviewRequest && fields.equals(((DiditAddReviewRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked and a portrait image is shown by its length. */
  @Override
  public String toString() {
    return WireFields.describe("DiditAddReviewRequest", fields);
  }

  /**
   * Builds {@link DiditAddReviewRequest}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the note.
     *
     * @param comment the value; null to leave it unset
     * @return this builder
     */
    public Builder comment(@Nullable String comment) {
      f.set("comment", "comment", comment);
      return this;
    }

    /**
     * Sets the status to record with the note.
     *
     * @param newStatus the value; null to leave it unset
     * @return this builder
     */
    public Builder newStatus(@Nullable DiditSessionStatus newStatus) {
      f.constant("new_status", "newStatus", newStatus);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditAddReviewRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      problems.throwIfAny();
      return new DiditAddReviewRequest(f.snapshot());
    }
  }
}
