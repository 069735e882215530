package dev.onboardkit.didit.webhooks;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The body of {@code PATCH /webhook/}, the legacy one-per-application webhook settings: only the members set are sent.
 * {@link Builder#rotateSecretKey(Boolean)} issues a new signing secret, and the old one stops working at once.
 */
public final class DiditWebhookSettingsUpdate {
  private final Map<String, Object> fields;

  private DiditWebhookSettingsUpdate(Map<String, Object> fields) {
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
   * @param wireName the JSON name, such as {@code "webhook_url"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditWebhookSettingsUpdate && fields.equals(((DiditWebhookSettingsUpdate) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked and a portrait image is shown by its length. */
  @Override
  public String toString() {
    return WireFields.describe("DiditWebhookSettingsUpdate", fields);
  }

  /**
   * Builds {@link DiditWebhookSettingsUpdate}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the URL events are delivered to.
     *
     * @param webhookUrl the value; null to leave it unset
     * @return this builder
     */
    public Builder webhookUrl(@Nullable String webhookUrl) {
      f.set("webhook_url", "webhookUrl", webhookUrl);
      return this;
    }

    /**
     * Sets the payload version; use {@link DiditWebhookVersion#V3}.
     *
     * @param webhookVersion the value; null to leave it unset
     * @return this builder
     */
    public Builder webhookVersion(@Nullable DiditWebhookVersion webhookVersion) {
      f.constant("webhook_version", "webhookVersion", webhookVersion);
      return this;
    }

    /**
     * Sets the signing secret yourself.
     *
     * @param secretSharedKey the value; null to leave it unset
     * @return this builder
     */
    public Builder secretSharedKey(@Nullable Secret secretSharedKey) {
      f.set("secret_shared_key", "secretSharedKey", secretSharedKey);
      return this;
    }

    /**
     * Asks for a new signing secret ({@code true}); the old one stops working at once, so update
     * {@link DiditWebhooks} with the secret the response returns.
     *
     * @param rotateSecretKey the value; null to leave it unset
     * @return this builder
     */
    public Builder rotateSecretKey(@Nullable Boolean rotateSecretKey) {
      f.set("rotate_secret_key", "rotateSecretKey", rotateSecretKey);
      return this;
    }

    /**
     * Sets the allowed capture method: {@code mobile}, {@code desktop} or {@code both}.
     *
     * @param captureMethod the value; null to leave it unset
     * @return this builder
     */
    public Builder captureMethod(@Nullable String captureMethod) {
      f.set("capture_method", "captureMethod", captureMethod);
      return this;
    }

    /**
     * Sets how many months session data is kept.
     *
     * @param dataRetentionMonths the value; null to leave it unset
     * @return this builder
     */
    public Builder dataRetentionMonths(@Nullable Integer dataRetentionMonths) {
      f.set("data_retention_months", "dataRetentionMonths", dataRetentionMonths);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditWebhookSettingsUpdate build() {
      Problems problems = new Problems();
      f.check(problems);
      String capture = f.text("capture_method");
      if (capture != null && !capture.equals("mobile") && !capture.equals("desktop") && !capture.equals("both")) {
        problems.add("captureMethod", "must be mobile, desktop or both");
      }
      problems.throwIfAny();
      return new DiditWebhookSettingsUpdate(f.snapshot());
    }
  }
}
