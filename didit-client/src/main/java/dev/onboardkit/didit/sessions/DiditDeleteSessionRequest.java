package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The optional body of {@code DELETE /session/{session_id}/delete/}: what happens to the face biometrics of the deleted
 * session. Without it, the session and its data are deleted as the application's retention settings say.
 */
public final class DiditDeleteSessionRequest {
  private final Map<String, Object> fields;

  private DiditDeleteSessionRequest(Map<String, Object> fields) {
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
   * @param wireName the JSON name, such as {@code "retain_face_embeddings"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditDeleteSessionRequest && fields.equals(((DiditDeleteSessionRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked and a portrait image is shown by its length. */
  @Override
  public String toString() {
    return WireFields.describe("DiditDeleteSessionRequest", fields);
  }

  /**
   * Builds {@link DiditDeleteSessionRequest}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets whether the face embedding is kept (for blocklists and duplicate detection) after the session is
     * deleted.
     *
     * @param retainFaceEmbeddings the value; null to leave it unset
     * @return this builder
     */
    public Builder retainFaceEmbeddings(@Nullable Boolean retainFaceEmbeddings) {
      f.set("retain_face_embeddings", "retainFaceEmbeddings", retainFaceEmbeddings);
      return this;
    }

    /**
     * Sets how many days the embedding is kept.
     *
     * @param faceRetentionDays 1 to 3650; null to leave it unset
     * @return this builder
     */
    public Builder faceRetentionDays(@Nullable Integer faceRetentionDays) {
      f.set("face_retention_days", "faceRetentionDays", faceRetentionDays);
      return this;
    }

    /**
     * Sets until when the embedding is kept, as the API expects it (an ISO date or date-time).
     *
     * @param faceRetentionDeadline the value; null to leave it unset
     * @return this builder
     */
    public Builder faceRetentionDeadline(@Nullable String faceRetentionDeadline) {
      f.set("face_retention_deadline", "faceRetentionDeadline", faceRetentionDeadline);
      return this;
    }

    /**
     * Sets why the session is deleted: {@code operational_session_delete} or {@code privacy_erasure}.
     *
     * @param deletionInstruction the value; null to leave it unset
     * @return this builder
     */
    public Builder deletionInstruction(@Nullable String deletionInstruction) {
      f.set("deletion_instruction", "deletionInstruction", deletionInstruction);
      return this;
    }

    /**
     * Sets your reference for the deletion instruction, for your audit trail.
     *
     * @param instructionId the value; null to leave it unset
     * @return this builder
     */
    public Builder instructionId(@Nullable String instructionId) {
      f.set("instruction_id", "instructionId", instructionId);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditDeleteSessionRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      Object days = f.get("face_retention_days");
      if (days instanceof Integer && ((Integer) days < 1 || (Integer) days > 3650)) {
        problems.add("faceRetentionDays", "must be between 1 and 3650");
      }
      String instruction = f.text("deletion_instruction");
      if (instruction != null && !instruction.equals("operational_session_delete")
          && !instruction.equals("privacy_erasure")) {
        problems.add("deletionInstruction", "must be operational_session_delete or privacy_erasure");
      }
      problems.throwIfAny();
      return new DiditDeleteSessionRequest(f.snapshot());
    }
  }
}
