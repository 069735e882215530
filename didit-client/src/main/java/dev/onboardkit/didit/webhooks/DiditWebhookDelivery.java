package dev.onboardkit.didit.webhooks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import dev.onboardkit.didit.internal.EncodedJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One delivery of a webhook event: from a session's deliveries ({@code client.sessions().webhooks()}) or a
 * destination's ({@code client.webhooks().destinations()}). Didit sends the request's headers and body as JSON-encoded
 * strings; {@link #requestHeader()} and {@link #requestBody()} decode them (an object sent as is is accepted too). Both
 * are left out of {@link #toString()}: the body holds the event, with personal data and the session's link.
 *
 * <p>Typed here: the members Didit documents for a delivery; the rest arrive in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditWebhookDelivery.Builder.class)
public abstract class DiditWebhookDelivery implements ApiObject {
  DiditWebhookDelivery() {}

  /**
   * Returns the delivery's identifier, for {@code retrieve} and {@code resend}.
   *
   * @return the id, if sent
   */
  public abstract Optional<String> uuid();

  /**
   * Returns the delivered event's type as sent.
   *
   * @return the raw type, if sent
   */
  @JsonProperty("webhook_type")
  public abstract Optional<String> webhookTypeRaw();

  /**
   * The {@code request_header} member as sent: a JSON-encoded string, or an object.
   *
   * @return the raw member
   */
  @JsonProperty("request_header")
  @Value.Redacted
  abstract Optional<Object> requestHeaderRaw();

  /**
   * The {@code request_body} member as sent: a JSON-encoded string, or an object.
   *
   * @return the raw member
   */
  @JsonProperty("request_body")
  @Value.Redacted
  abstract Optional<Object> requestBodyRaw();

  /**
   * Returns the delivered event's type.
   *
   * @return the type; {@link DiditWebhookEventType#UNKNOWN} when absent or not known to this SDK
   */
  public DiditWebhookEventType webhookType() {
    return DiditWebhookEventType.fromWire(webhookTypeRaw().orElse(null));
  }

  /**
   * Returns the headers of the delivered request, decoded from their JSON string. They include the signature headers
   * ({@code X-Signature-V2}, {@code X-Signature}, {@code X-Signature-Simple}) and {@code X-Timestamp}.
   *
   * @return the headers as plain Java values; empty when not sent, or not a JSON object
   */
  @Value.Lazy
  public Map<String, Object> requestHeader() {
    return EncodedJson.object(requestHeaderRaw().orElse(null));
  }

  /**
   * Returns the body of the delivered request, decoded from its JSON string: the event as sent.
   *
   * @return the body as plain Java values; empty when not sent, or not a JSON object
   */
  @Value.Lazy
  public Map<String, Object> requestBody() {
    return EncodedJson.object(requestBodyRaw().orElse(null));
  }
}
