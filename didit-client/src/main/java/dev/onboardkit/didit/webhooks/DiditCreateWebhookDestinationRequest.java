package dev.onboardkit.didit.webhooks;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /webhook/destinations/}: where Didit delivers events. The response carries the destination's
 * signing secret, {@link DiditWebhookDestination#secretSharedKey()}, for {@link DiditWebhooks}.
 *
 * <pre>{@code
 * DiditCreateWebhookDestinationRequest request = DiditCreateWebhookDestinationRequest.builder()
 *     .label("Production").url("https://app.example.com/webhooks/didit")
 *     .webhookVersion(DiditWebhookVersion.V3).subscribedEvents(List.of("status.updated"))
 *     .build();
 * }</pre>
 */
public final class DiditCreateWebhookDestinationRequest {
  private final Map<String, Object> fields;

  private DiditCreateWebhookDestinationRequest(Map<String, Object> fields) {
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
   * @param wireName the JSON name, such as {@code "label"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditCreateWebhookDestinationRequest && fields.equals(((DiditCreateWebhookDestinationRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked and a portrait image is shown by its length. */
  @Override
  public String toString() {
    return WireFields.describe("DiditCreateWebhookDestinationRequest", fields);
  }

  /**
   * Builds {@link DiditCreateWebhookDestinationRequest}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the human-readable name shown in the console.
     *
     * @param label the value; null to leave it unset
     * @return this builder
     */
    public Builder label(@Nullable String label) {
      f.set("label", "label", label);
      return this;
    }

    /**
     * Sets the HTTPS endpoint that receives the events (unique per application).
     *
     * @param url the value; null to leave it unset
     * @return this builder
     */
    public Builder url(@Nullable String url) {
      f.set("url", "url", url);
      return this;
    }

    /**
     * Sets whether the destination receives events (the server's default is true).
     *
     * @param enabled the value; null to leave it unset
     * @return this builder
     */
    public Builder enabled(@Nullable Boolean enabled) {
      f.set("enabled", "enabled", enabled);
      return this;
    }

    /**
     * Sets the payload version; use {@link DiditWebhookVersion#V3}, which {@link DiditWebhooks} parses.
     *
     * @param webhookVersion the value; null to leave it unset
     * @return this builder
     */
    public Builder webhookVersion(@Nullable DiditWebhookVersion webhookVersion) {
      f.constant("webhook_version", "webhookVersion", webhookVersion);
      return this;
    }

    /**
     * Sets the exact event names to deliver, such as {@code status.updated} (see
     * {@link DiditWebhookEventType#wireValue()}); there is no wildcard, and on update the list is replaced whole.
     *
     * @param subscribedEvents the names; null to leave them unset
     * @return this builder
     */
    public Builder subscribedEvents(@Nullable List<String> subscribedEvents) {
      f.list("subscribed_events", "subscribedEvents", subscribedEvents);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditCreateWebhookDestinationRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      problems.requireText("label", f.text("label"), Integer.MAX_VALUE);
      problems.requireText("url", f.text("url"), Integer.MAX_VALUE);
      problems.throwIfAny();
      return new DiditCreateWebhookDestinationRequest(f.snapshot());
    }
  }
}
