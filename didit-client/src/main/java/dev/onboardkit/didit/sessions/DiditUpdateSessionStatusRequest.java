package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code PATCH /session/{session_id}/update-status/}: approve, decline or send steps back to the user.
 *
 * <pre>{@code
 * // Ask the user to redo one step; approved steps are kept.
 * DiditUpdateSessionStatusRequest resubmit = DiditUpdateSessionStatusRequest.builder()
 *     .newStatus(DiditSessionStatus.RESUBMITTED)
 *     .nodesToResubmit(List.of(DiditNodeToResubmit.of("node-ocr-1", "OCR")))
 *     .comment("The document photo was blurred")
 *     .build();
 * }</pre>
 */
public final class DiditUpdateSessionStatusRequest {
  private final Map<String, Object> fields;

  private DiditUpdateSessionStatusRequest(Map<String, Object> fields) {
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
   * Returns a request that sets a status with nothing else.
   *
   * @param newStatus {@link DiditSessionStatus#APPROVED}, {@link DiditSessionStatus#DECLINED} or
   *     {@link DiditSessionStatus#RESUBMITTED}
   * @return the request
   * @throws dev.onboardkit.core.error.InvalidRequestException if the status is null or another value
   */
  public static DiditUpdateSessionStatusRequest of(@Nullable DiditSessionStatus newStatus) {
    return builder().newStatus(newStatus).build();
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
   * @param wireName the JSON name, such as {@code "new_status"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditUpdateSessionStatusRequest && fields.equals(((DiditUpdateSessionStatusRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked and a portrait image is shown by its length. */
  @Override
  public String toString() {
    return WireFields.describe("DiditUpdateSessionStatusRequest", fields);
  }

  /**
   * Builds {@link DiditUpdateSessionStatusRequest}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the new status (required): {@link DiditSessionStatus#APPROVED}, {@link DiditSessionStatus#DECLINED}
     * or {@link DiditSessionStatus#RESUBMITTED}.
     *
     * @param newStatus the value; null to leave it unset
     * @return this builder
     */
    public Builder newStatus(@Nullable DiditSessionStatus newStatus) {
      f.constant("new_status", "newStatus", newStatus);
      return this;
    }

    /**
     * Sets the reviewer's note, stored on the audit trail.
     *
     * @param comment the value; null to leave it unset
     * @return this builder
     */
    public Builder comment(@Nullable String comment) {
      f.set("comment", "comment", comment);
      return this;
    }

    /**
     * Sets whether Didit emails the user about the change.
     *
     * @param sendEmail the value; null to leave it unset
     * @return this builder
     */
    public Builder sendEmail(@Nullable Boolean sendEmail) {
      f.set("send_email", "sendEmail", sendEmail);
      return this;
    }

    /**
     * Sets the recipient of that email instead of the session's contact email.
     *
     * @param emailAddress the value; null to leave it unset
     * @return this builder
     */
    public Builder emailAddress(@Nullable String emailAddress) {
      f.set("email_address", "emailAddress", emailAddress);
      return this;
    }

    /**
     * Sets the language of that email.
     *
     * @param emailLanguage the value; null to leave it unset
     * @return this builder
     */
    public Builder emailLanguage(@Nullable String emailLanguage) {
      f.set("email_language", "emailLanguage", emailLanguage);
      return this;
    }

    /**
     * Sets the workflow steps the user must redo; only with {@link DiditSessionStatus#RESUBMITTED}.
     *
     * @param nodesToResubmit the steps; null to leave them unset
     * @return this builder
     */
    public Builder nodesToResubmit(@Nullable List<DiditNodeToResubmit> nodesToResubmit) {
      f.list("nodes_to_resubmit", "nodesToResubmit", nodesToResubmit);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditUpdateSessionStatusRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      Object status = f.get("new_status");
      if (status == null) {
        problems.add("newStatus", "is required");
      } else if (!status.equals("Approved") && !status.equals("Declined") && !status.equals("Resubmitted")) {
        problems.add("newStatus", "must be APPROVED, DECLINED or RESUBMITTED");
      }
      if (f.get("nodes_to_resubmit") != null && !"Resubmitted".equals(status)) {
        problems.add("nodesToResubmit", "is only sent with newStatus RESUBMITTED");
      }
      problems.throwIfAny();
      return new DiditUpdateSessionStatusRequest(f.snapshot());
    }
  }
}
