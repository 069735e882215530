package dev.onboardkit.didit.screening;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.ScreeningChecks;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The body of {@code POST /phone/check/}: the code the user received, to check against the pending verification of
 * the same number (at most 3 attempts per code). The policy actions decline the verification, even with the right
 * code, for a disposable or VoIP number or one another user already verified.
 *
 * <p>The code is a secret: it is held as a {@link dev.onboardkit.core.Secret}, masked in {@code toString()}, logs and
 * exception messages, and only written in the request body.
 */
public final class DiditPhoneCheckRequest {
  private final Map<String, Object> fields;

  private DiditPhoneCheckRequest(Map<String, Object> fields) {
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
   * Returns a check of a code with Didit's default policies.
   *
   * @param phoneNumber the number the code was sent to
   * @param code the code the user received
   * @return the request
   * @throws dev.onboardkit.core.error.InvalidRequestException if either is missing or invalid
   */
  public static DiditPhoneCheckRequest of(@Nullable String phoneNumber, @Nullable String code) {
    return builder().phoneNumber(phoneNumber).code(code).build();
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
    return o instanceof DiditPhoneCheckRequest && fields.equals(((DiditPhoneCheckRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditPhoneCheckRequest", fields);
  }

  /**
   * Builds {@link DiditPhoneCheckRequest}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports
   * every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the number the code was sent to, in E.164 format. Required.
     *
     * @param phoneNumber the value; null to leave it unset
     * @return this builder
     */
    public Builder phoneNumber(@Nullable String phoneNumber) {
      f.set("phone_number", "phoneNumber", phoneNumber);
      return this;
    }

    /**
     * Sets the code the user received: 4 to 8 letters or digits. Required.
     *
     * @param code the value; null to leave it unset
     * @return this builder
     */
    public Builder code(@Nullable String code) {
      f.set("code", "code", code == null ? null : code.isEmpty() ? "" : dev.onboardkit.core.Secret.of(code));
      return this;
    }

    /**
     * Sets the code from a {@link dev.onboardkit.core.Secret}.
     *
     * @param code the value; null to leave it unset
     * @return this builder
     */
    public Builder code(@Nullable dev.onboardkit.core.Secret code) {
      f.set("code", "code", code);
      return this;
    }

    /**
     * Sets what happens when another user already verified the number.
     *
     * @param duplicatedPhoneNumberAction the value; null to leave it unset
     * @return this builder
     */
    public Builder duplicatedPhoneNumberAction(@Nullable DiditPolicyAction duplicatedPhoneNumberAction) {
      f.constant("duplicated_phone_number_action", "duplicatedPhoneNumberAction", duplicatedPhoneNumberAction);
      return this;
    }

    /**
     * Sets what happens when the number is disposable (temporary).
     *
     * @param disposableNumberAction the value; null to leave it unset
     * @return this builder
     */
    public Builder disposableNumberAction(@Nullable DiditPolicyAction disposableNumberAction) {
      f.constant("disposable_number_action", "disposableNumberAction", disposableNumberAction);
      return this;
    }

    /**
     * Sets what happens when the number is a VoIP (virtual) number.
     *
     * @param voipNumberAction the value; null to leave it unset
     * @return this builder
     */
    public Builder voipNumberAction(@Nullable DiditPolicyAction voipNumberAction) {
      f.constant("voip_number_action", "voipNumberAction", voipNumberAction);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditPhoneCheckRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      ScreeningChecks.requirePhone(problems, "phoneNumber", f.text("phone_number"));
      ScreeningChecks.requireCode(problems, "code", f.get("code"));
      problems.throwIfAny();
      return new DiditPhoneCheckRequest(f.snapshot());
    }
  }
}
