package dev.onboardkit.didit.screening;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.ScreeningChecks;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The body of {@code POST /email/check/}: the code the user received, to check against the pending verification of
 * the same address (at most 3 attempts per code). The policy actions decline the verification, even with the right
 * code, when the address is breached, disposable, undeliverable or already verified by another user.
 *
 * <p>The code is a secret: it is held as a {@link dev.onboardkit.core.Secret}, masked in {@code toString()}, logs and
 * exception messages, and only written in the request body.
 */
public final class DiditEmailCheckRequest {
  private final Map<String, Object> fields;

  private DiditEmailCheckRequest(Map<String, Object> fields) {
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
   * @param email the address the code was sent to
   * @param code the code the user received
   * @return the request
   * @throws dev.onboardkit.core.error.InvalidRequestException if either is missing or invalid
   */
  public static DiditEmailCheckRequest of(@Nullable String email, @Nullable String code) {
    return builder().email(email).code(code).build();
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
    return o instanceof DiditEmailCheckRequest && fields.equals(((DiditEmailCheckRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditEmailCheckRequest", fields);
  }

  /**
   * Builds {@link DiditEmailCheckRequest}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports
   * every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the address the code was sent to. Required.
     *
     * @param email the value; null to leave it unset
     * @return this builder
     */
    public Builder email(@Nullable String email) {
      f.set("email", "email", email);
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
     * Sets what happens when another user already verified the address.
     *
     * @param duplicatedEmailAction the value; null to leave it unset
     * @return this builder
     */
    public Builder duplicatedEmailAction(@Nullable DiditPolicyAction duplicatedEmailAction) {
      f.constant("duplicated_email_action", "duplicatedEmailAction", duplicatedEmailAction);
      return this;
    }

    /**
     * Sets what happens when the address appears in known data breaches.
     *
     * @param breachedEmailAction the value; null to leave it unset
     * @return this builder
     */
    public Builder breachedEmailAction(@Nullable DiditPolicyAction breachedEmailAction) {
      f.constant("breached_email_action", "breachedEmailAction", breachedEmailAction);
      return this;
    }

    /**
     * Sets what happens when the address belongs to a disposable email provider.
     *
     * @param disposableEmailAction the value; null to leave it unset
     * @return this builder
     */
    public Builder disposableEmailAction(@Nullable DiditPolicyAction disposableEmailAction) {
      f.constant("disposable_email_action", "disposableEmailAction", disposableEmailAction);
      return this;
    }

    /**
     * Sets what happens when the address cannot receive mail.
     *
     * @param undeliverableEmailAction the value; null to leave it unset
     * @return this builder
     */
    public Builder undeliverableEmailAction(@Nullable DiditPolicyAction undeliverableEmailAction) {
      f.constant("undeliverable_email_action", "undeliverableEmailAction", undeliverableEmailAction);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditEmailCheckRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      ScreeningChecks.requireEmail(problems, "email", f.text("email"));
      ScreeningChecks.requireCode(problems, "code", f.get("code"));
      problems.throwIfAny();
      return new DiditEmailCheckRequest(f.snapshot());
    }
  }
}
