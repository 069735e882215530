package dev.onboardkit.didit.workflows;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code PATCH /workflows/{id}/}: only the members set are sent. To change the steps, send the whole new
 * {@code features} list (same shape as a create); editing them changes how past sessions' decisions read, so change
 * them deliberately.
 */
public final class DiditWorkflowUpdate {
  private final Map<String, Object> fields;

  private DiditWorkflowUpdate(Map<String, Object> fields) {
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
   * @param wireName the JSON name, such as {@code "workflow_label"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditWorkflowUpdate && fields.equals(((DiditWorkflowUpdate) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked and a portrait image is shown by its length. */
  @Override
  public String toString() {
    return WireFields.describe("DiditWorkflowUpdate", fields);
  }

  /**
   * Builds {@link DiditWorkflowUpdate}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the display name (at most 50 characters).
     *
     * @param workflowLabel the value; null to leave it unset
     * @return this builder
     */
    public Builder workflowLabel(@Nullable String workflowLabel) {
      f.set("workflow_label", "workflowLabel", workflowLabel);
      return this;
    }

    /**
     * Sets the steps, in the order they run; put dependency features first ({@code OCR} before
     * {@code FACE_MATCH}, {@code NFC} and {@code DATABASE_VALIDATION}).
     *
     * @param features the steps; null to leave them unset
     * @return this builder
     */
    public Builder features(@Nullable List<DiditWorkflowNode> features) {
      f.list("features", "features", features);
      return this;
    }

    /**
     * Sets whether new sessions without a workflow use this one.
     *
     * @param isDefault the value; null to leave it unset
     * @return this builder
     */
    public Builder isDefault(@Nullable Boolean isDefault) {
      f.set("is_default", "isDefault", isDefault);
      return this;
    }

    /**
     * Sets {@code draft} to save without publishing, or {@code published}; the server publishes when it is
     * left unset.
     *
     * @param status the value; null to leave it unset
     * @return this builder
     */
    public Builder status(@Nullable String status) {
      f.set("status", "status", status);
      return this;
    }

    /**
     * Sets whether the flow hides Didit's branding.
     *
     * @param isWhiteLabelEnabled the value; null to leave it unset
     * @return this builder
     */
    public Builder isWhiteLabelEnabled(@Nullable Boolean isWhiteLabelEnabled) {
      f.set("is_white_label_enabled", "isWhiteLabelEnabled", isWhiteLabelEnabled);
      return this;
    }

    /**
     * Sets whether users may verify on a desktop.
     *
     * @param isDesktopAllowed the value; null to leave it unset
     * @return this builder
     */
    public Builder isDesktopAllowed(@Nullable Boolean isDesktopAllowed) {
      f.set("is_desktop_allowed", "isDesktopAllowed", isDesktopAllowed);
      return this;
    }

    /**
     * Sets how many times a user may retry.
     *
     * @param maxRetryAttempts the value; null to leave it unset
     * @return this builder
     */
    public Builder maxRetryAttempts(@Nullable Integer maxRetryAttempts) {
      f.set("max_retry_attempts", "maxRetryAttempts", maxRetryAttempts);
      return this;
    }

    /**
     * Sets the window, in days, in which retries count.
     *
     * @param retryWindowDays the value; null to leave it unset
     * @return this builder
     */
    public Builder retryWindowDays(@Nullable Integer retryWindowDays) {
      f.set("retry_window_days", "retryWindowDays", retryWindowDays);
      return this;
    }

    /**
     * Sets how long a session stays open, in the unit the API uses.
     *
     * @param sessionExpirationTime the value; null to leave it unset
     * @return this builder
     */
    public Builder sessionExpirationTime(@Nullable Integer sessionExpirationTime) {
      f.set("session_expiration_time", "sessionExpirationTime", sessionExpirationTime);
      return this;
    }

    /**
     * Sets the steps, in the order they run.
     *
     * @param features the steps; null to leave them unset (a null element is reported by {@link #build()})
     * @return this builder
     */
    public Builder features(@Nullable DiditWorkflowNode... features) {
      f.list("features", "features", features == null ? null : java.util.Arrays.asList(features));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditWorkflowUpdate build() {
      Problems problems = new Problems();
      f.check(problems);
      String label = f.text("workflow_label");
      if (label != null && label.length() > 50) {
        problems.add("workflowLabel", "must be at most 50 characters");
      }
      String status = f.text("status");
      if (status != null && !status.equals("draft") && !status.equals("published")) {
        problems.add("status", "must be draft or published");
      }
      Object features = f.get("features");
      if (features != null && ((java.util.List<?>) features).isEmpty()) {
        problems.add("features", "must hold at least one feature");
      }
      problems.throwIfAny();
      return new DiditWorkflowUpdate(f.snapshot());
    }
  }
}
