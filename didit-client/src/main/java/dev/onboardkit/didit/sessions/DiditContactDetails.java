package dev.onboardkit.didit.sessions;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * Contact details of the person a session verifies ({@code contact_details} of a create): Didit can email them the
 * verification link and notifications, and pre-fills the phone step.
 *
 * <pre>{@code
 * DiditContactDetails contact = DiditContactDetails.builder()
 *     .email("ana@example.com").sendNotificationEmails(true).emailLang("es").build();
 * }</pre>
 */
public final class DiditContactDetails {
  private final Map<String, Object> fields;

  private DiditContactDetails(Map<String, Object> fields) {
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
   * @param wireName the JSON name, such as {@code "email"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditContactDetails && fields.equals(((DiditContactDetails) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked and a portrait image is shown by its length. */
  @Override
  public String toString() {
    return WireFields.describe("DiditContactDetails", fields);
  }

  /**
   * Builds {@link DiditContactDetails}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the email address.
     *
     * @param email the value; null to leave it unset
     * @return this builder
     */
    public Builder email(@Nullable String email) {
      f.set("email", "email", email);
      return this;
    }

    /**
     * Sets whether Didit emails the user about the session.
     *
     * @param sendNotificationEmails the value; null to leave it unset
     * @return this builder
     */
    public Builder sendNotificationEmails(@Nullable Boolean sendNotificationEmails) {
      f.set("send_notification_emails", "sendNotificationEmails", sendNotificationEmails);
      return this;
    }

    /**
     * Sets the language of those emails, such as {@code es}.
     *
     * @param emailLang the value; null to leave it unset
     * @return this builder
     */
    public Builder emailLang(@Nullable String emailLang) {
      f.set("email_lang", "emailLang", emailLang);
      return this;
    }

    /**
     * Sets the phone number, in E.164 format such as {@code +34600000000}.
     *
     * @param phone the value; null to leave it unset
     * @return this builder
     */
    public Builder phone(@Nullable String phone) {
      f.set("phone", "phone", phone);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditContactDetails build() {
      Problems problems = new Problems();
      f.check(problems);
      problems.throwIfAny();
      return new DiditContactDetails(f.snapshot());
    }
  }
}
