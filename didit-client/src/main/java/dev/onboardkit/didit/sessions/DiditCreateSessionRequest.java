package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The body of {@code POST /session/}: the workflow to run and, optionally, who the session is for. Only the members
 * set are sent.
 *
 * <pre>{@code
 * DiditCreateSessionRequest request = DiditCreateSessionRequest.builder()
 *     .workflowId(workflowId)                       // required
 *     .vendorData("user-42")                        // your id for the user
 *     .callback("https://app.example.com/verified")
 *     .contactDetails(DiditContactDetails.builder().email("ana@example.com").build())
 *     .build();
 * }</pre>
 *
 * <p><b>Didit's own idempotency.</b> When an unfinished session ({@code Not Started}, {@code In Progress},
 * {@code Resubmitted} or {@code Awaiting User}) with the same {@code vendor_data} exists on the latest version of the
 * workflow, the create returns that session again (still 201) instead of starting another: set {@code vendorData} to
 * your stable user id and a repeated create is harmless. Without {@code vendorData} every create starts a new session.
 */
public final class DiditCreateSessionRequest {
  private final Map<String, Object> fields;

  private DiditCreateSessionRequest(Map<String, Object> fields) {
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
   * Returns a request that runs a workflow with nothing else set.
   *
   * @param workflowId the workflow's {@code workflow_id}
   * @return the request
   * @throws dev.onboardkit.core.error.InvalidRequestException if {@code workflowId} is null or blank
   */
  public static DiditCreateSessionRequest of(@Nullable String workflowId) {
    return builder().workflowId(workflowId).build();
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
   * @param wireName the JSON name, such as {@code "workflow_id"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditCreateSessionRequest && fields.equals(((DiditCreateSessionRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked and a portrait image is shown by its length. */
  @Override
  public String toString() {
    return WireFields.describe("DiditCreateSessionRequest", fields);
  }

  /**
   * Builds {@link DiditCreateSessionRequest}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the workflow to run (required): its {@code workflow_id}, from the console or
     * {@code client.workflows()}.
     *
     * @param workflowId the value; null to leave it unset
     * @return this builder
     */
    public Builder workflowId(@Nullable String workflowId) {
      f.set("workflow_id", "workflowId", workflowId);
      return this;
    }

    /**
     * Sets your identifier for the user, such as your user id. It groups sessions into a user and makes a
     * repeated create return the unfinished session (see the class description).
     *
     * @param vendorData the value; null to leave it unset
     * @return this builder
     */
    public Builder vendorData(@Nullable String vendorData) {
      f.set("vendor_data", "vendorData", vendorData);
      return this;
    }

    /**
     * Sets the URL the user is sent to when the flow ends; Didit appends {@code verificationSessionId} and
     * {@code status}.
     *
     * @param callback the value; null to leave it unset
     * @return this builder
     */
    public Builder callback(@Nullable String callback) {
      f.set("callback", "callback", callback);
      return this;
    }

    /**
     * Sets which device the callback applies to: {@code initiator} (the default), {@code completer} or
     * {@code both}.
     *
     * @param callbackMethod the value; null to leave it unset
     * @return this builder
     */
    public Builder callbackMethod(@Nullable String callbackMethod) {
      f.set("callback_method", "callbackMethod", callbackMethod);
      return this;
    }

    /**
     * Sets free-form JSON stored on the session and echoed in decisions and webhooks.
     *
     * @param metadata the object; null to leave it unset
     * @return this builder
     */
    public Builder metadata(@Nullable Map<String, ?> metadata) {
      f.object("metadata", "metadata", metadata);
      return this;
    }

    /**
     * Sets the language of the verification UI (ISO 639-1, such as {@code en} or {@code pt-BR}).
     *
     * @param language the value; null to leave it unset
     * @return this builder
     */
    public Builder language(@Nullable String language) {
      f.set("language", "language", language);
      return this;
    }

    /**
     * Sets the user's contact details.
     *
     * @param contactDetails the value; null to leave it unset
     * @return this builder
     */
    public Builder contactDetails(@Nullable DiditContactDetails contactDetails) {
      f.set("contact_details", "contactDetails", contactDetails);
      return this;
    }

    /**
     * Sets the details the verification is expected to find.
     *
     * @param expectedDetails the value; null to leave it unset
     * @return this builder
     */
    public Builder expectedDetails(@Nullable DiditExpectedDetails expectedDetails) {
      f.set("expected_details", "expectedDetails", expectedDetails);
      return this;
    }

    /**
     * Sets a reference portrait in base64, required by workflows that match the face against a stored
     * portrait (biometric authentication). Shown only by its length in {@code toString()}.
     *
     * @param portraitImage the value; null to leave it unset
     * @return this builder
     */
    public Builder portraitImage(@Nullable String portraitImage) {
      f.set("portrait_image", "portraitImage", portraitImage);
      return this;
    }

    /**
     * Sets the scenario a sandbox session plays out.
     *
     * @param sandboxScenario the value; null to leave it unset
     * @return this builder
     */
    public Builder sandboxScenario(@Nullable String sandboxScenario) {
      f.set("sandbox_scenario", "sandboxScenario", sandboxScenario);
      return this;
    }

    /**
     * Sets your identifier for the business (KYB).
     *
     * @param vendorBusinessId the value; null to leave it unset
     * @return this builder
     */
    public Builder vendorBusinessId(@Nullable String vendorBusinessId) {
      f.set("vendor_business_id", "vendorBusinessId", vendorBusinessId);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditCreateSessionRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      problems.requireId("workflowId", f.text("workflow_id"));
      String callbackMethod = f.text("callback_method");
      if (callbackMethod != null && !callbackMethod.equals("initiator") && !callbackMethod.equals("completer")
          && !callbackMethod.equals("both")) {
        problems.add("callbackMethod", "must be initiator, completer or both");
      }
      problems.throwIfAny();
      return new DiditCreateSessionRequest(f.snapshot());
    }
  }
}
