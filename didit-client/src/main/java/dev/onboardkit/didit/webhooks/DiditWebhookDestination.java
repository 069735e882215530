package dev.onboardkit.didit.webhooks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A webhook destination, from {@code /webhook/destinations/}: where Didit delivers events, and the secret it signs
 * them with ({@link #secretSharedKey()}, for {@link DiditWebhooks}). Lists leave the secret out; retrieve the destination
 * to read it.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditWebhookDestination.Builder.class)
public abstract class DiditWebhookDestination implements ApiObject {
  DiditWebhookDestination() {}

  /**
   * Returns the destination's identifier.
   *
   * @return the id
   */
  public abstract String uuid();

  /**
   * Returns the human-readable name.
   *
   * @return the label, if sent
   */
  public abstract Optional<String> label();

  /**
   * Returns the endpoint events are delivered to.
   *
   * @return the URL, if sent
   */
  public abstract Optional<String> url();

  /**
   * Returns whether events are delivered.
   *
   * @return the flag, if sent
   */
  public abstract Optional<Boolean> enabled();

  /**
   * Returns the payload version as sent, such as {@code v3}.
   *
   * @return the raw version, if sent
   */
  @JsonProperty("webhook_version")
  public abstract Optional<String> webhookVersionRaw();

  /**
   * Returns the signing secret (43 URL-safe characters). Empty in lists, and for console users without
   * {@code read:webhooks}.
   *
   * @return the secret, masked in {@code toString()}, if sent
   */
  public abstract Optional<Secret> secretSharedKey();

  /**
   * Returns the event names delivered, such as {@code status.updated}.
   *
   * @return the names; empty when none (then nothing is delivered)
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<String> subscribedEvents();

  /**
   * Returns when the destination was created.
   *
   * @return the time, if sent
   */
  public abstract Optional<Instant> createdAt();

  /**
   * Returns when the destination was last changed.
   *
   * @return the time, if sent
   */
  public abstract Optional<Instant> updatedAt();

  /**
   * Returns the delivery health summary ({@code total_deliveries}, {@code failed_deliveries}, ...).
   *
   * @return the summary; empty when not sent
   */
  @AllowNulls
  public abstract Map<String, Object> summary();

  /**
   * Returns the payload version.
   *
   * @return the version; {@link DiditWebhookVersion#UNKNOWN} when absent or not known to this SDK
   */
  public DiditWebhookVersion webhookVersion() {
    return DiditWebhookVersion.fromWire(webhookVersionRaw().orElse(null));
  }
}
