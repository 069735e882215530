package dev.onboardkit.klara.webhooks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import dev.onboardkit.core.internal.AllowNulls;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A verified Klara webhook event. Webhook payloads are camelCase ({@code applicationId}, {@code organizationId}),
 * unlike the REST API. Deliveries can repeat: deduplicate on {@link #id()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableKlaraWebhookEvent.Builder.class)
public abstract class KlaraWebhookEvent implements ApiObject {
  KlaraWebhookEvent() {}

  /**
   * Returns the event id, such as {@code evt_abc123}; use it to ignore repeated deliveries.
   *
   * @return the event id
   */
  @JsonProperty("id")
  public abstract String id();

  /**
   * Returns the event type as sent.
   *
   * @return the raw type, such as {@code application.submitted}
   */
  @JsonProperty("type")
  public abstract String typeRaw();

  /**
   * Returns the event type.
   *
   * @return the type; {@link KlaraWebhookEventType#UNKNOWN} for a type not known to this SDK
   */
  public KlaraWebhookEventType type() {
    return KlaraWebhookEventType.fromWire(typeRaw());
  }

  /**
   * Returns when the event happened.
   *
   * @return the event time
   */
  @JsonProperty("timestamp")
  public abstract Optional<Instant> timestamp();

  /**
   * Returns the application the event is about.
   *
   * @return the application id; absent for events such as {@code webhook.test}
   */
  @JsonProperty("applicationId")
  public abstract Optional<String> applicationId();

  /**
   * Returns the organization the event belongs to.
   *
   * @return the organization id
   */
  @JsonProperty("organizationId")
  public abstract Optional<String> organizationId();

  /**
   * Returns the event's data as plain Java values, for example {@code applicationRef} and {@code openedAt} for
   * {@code application.opened}, or {@code submittedAt} and {@code fields} for {@code application.submitted}.
   *
   * @return the data; empty when none was sent
   */
  @JsonProperty("data")
  @AllowNulls
  public abstract Map<String, Object> data();
}
