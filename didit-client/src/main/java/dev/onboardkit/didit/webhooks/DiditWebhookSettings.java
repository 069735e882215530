package dev.onboardkit.didit.webhooks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The legacy, one-per-application webhook settings, from {@code GET /webhook/}. New integrations use webhook
 * destinations.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditWebhookSettings.Builder.class)
public abstract class DiditWebhookSettings implements ApiObject {
  DiditWebhookSettings() {}

  /**
   * Returns where events are delivered.
   *
   * @return the URL; empty when not configured
   */
  public abstract Optional<String> webhookUrl();

  /**
   * Returns the payload version as sent, such as {@code v3}.
   *
   * @return the raw version, if sent
   */
  @JsonProperty("webhook_version")
  public abstract Optional<String> webhookVersionRaw();

  /**
   * Returns the signing secret.
   *
   * @return the secret, masked in {@code toString()}, if sent
   */
  public abstract Optional<Secret> secretSharedKey();

  /**
   * Returns the allowed capture method: {@code mobile}, {@code desktop} or {@code both}.
   *
   * @return the method, if sent
   */
  public abstract Optional<String> captureMethod();

  /**
   * Returns how many months session data is kept.
   *
   * @return the months; empty for unlimited
   */
  public abstract Optional<Integer> dataRetentionMonths();

  /**
   * Returns the payload version.
   *
   * @return the version; {@link DiditWebhookVersion#UNKNOWN} when absent or not known to this SDK
   */
  public DiditWebhookVersion webhookVersion() {
    return DiditWebhookVersion.fromWire(webhookVersionRaw().orElse(null));
  }
}
