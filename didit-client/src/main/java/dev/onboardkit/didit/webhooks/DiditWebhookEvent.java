package dev.onboardkit.didit.webhooks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import dev.onboardkit.didit.decisions.DiditDecision;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Didit webhook event, the v3 envelope. Deliveries can repeat (Didit retries after about 1 and 4 minutes):
 * deduplicate on {@link #eventId()}.
 *
 * <p>{@link #decision()} is present on {@code Approved}, {@code Declined}, {@code In Review} and {@code Abandoned}; a
 * {@code Resubmitted} event carries {@link #resubmitInfo()} instead. Business (KYB) events add
 * {@link #businessSessionId()}, {@link #sessionKind()} {@code business} and {@link #vendorBusinessId()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditWebhookEvent.Builder.class)
public abstract class DiditWebhookEvent implements ApiObject {
  DiditWebhookEvent() {}

  /**
   * Returns the event's unique id; deduplicate deliveries on it.
   *
   * @return the id, if sent
   */
  public abstract Optional<String> eventId();

  /**
   * Returns the event type as sent, such as {@code status.updated}.
   *
   * @return the raw type, if sent
   */
  @JsonProperty("webhook_type")
  public abstract Optional<String> webhookTypeRaw();

  /**
   * Returns when the event was sent, in Unix seconds.
   *
   * @return the time, if sent
   */
  public abstract Optional<Long> timestamp();

  /**
   * Returns when the event was created, in Unix seconds.
   *
   * @return the time, if sent
   */
  @JsonProperty("created_at")
  public abstract Optional<Long> createdAtSeconds();

  /**
   * Returns the application the session belongs to.
   *
   * @return the id, if sent
   */
  public abstract Optional<String> applicationId();

  /**
   * Returns the session the event is about.
   *
   * @return the id, if sent
   */
  public abstract Optional<String> sessionId();

  /**
   * Returns the session's status as sent, such as {@code "Approved"}.
   *
   * @return the raw status, if sent
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns the session's workflow.
   *
   * @return the id, if sent
   */
  public abstract Optional<String> workflowId();

  /**
   * Returns the version of the session's workflow.
   *
   * @return the version, if sent
   */
  public abstract Optional<Integer> workflowVersion();

  /**
   * Returns your identifier for the user, as given at creation.
   *
   * @return the vendor data, if set
   */
  public abstract Optional<String> vendorData();

  /**
   * Returns the session's metadata, as given at creation.
   *
   * @return the metadata; empty when none
   */
  @AllowNulls
  public abstract Map<String, Object> metadata();

  /**
   * Returns where the session ran, as sent: {@code live} or {@code sandbox}.
   *
   * @return the raw environment, if sent
   */
  @JsonProperty("environment")
  public abstract Optional<String> environmentRaw();

  /**
   * Returns the session's decision, the same as {@code client.sessions().decision(sessionId)} returns.
   * When the delivery was verified by {@code X-Signature-Simple} only, it is not authenticated: see
   * {@link DiditVerifiedWebhook#authenticatesDecision()}.
   *
   * @return the decision, if sent
   */
  public abstract Optional<DiditDecision> decision();

  /**
   * Returns the steps to redo, on a {@code Resubmitted} event.
   *
   * @return the information, if sent
   */
  public abstract Optional<DiditResubmitInfo> resubmitInfo();

  /**
   * Returns the business session (KYB).
   *
   * @return the id, if sent
   */
  public abstract Optional<String> businessSessionId();

  /**
   * Returns the session's kind as sent: {@code user}, or {@code business} for KYB.
   *
   * @return the raw kind, if sent
   */
  @JsonProperty("session_kind")
  public abstract Optional<String> sessionKindRaw();

  /**
   * Returns your identifier for the business (KYB).
   *
   * @return the id, if sent
   */
  public abstract Optional<String> vendorBusinessId();

  /**
   * Returns the event type.
   *
   * @return the type; {@link DiditWebhookEventType#UNKNOWN} when absent or not known to this SDK
   */
  public DiditWebhookEventType webhookType() {
    return DiditWebhookEventType.fromWire(webhookTypeRaw().orElse(null));
  }

  /**
   * Returns the session's status.
   *
   * @return the status; {@link dev.onboardkit.didit.sessions.DiditSessionStatus#UNKNOWN} when absent or not known
   */
  public dev.onboardkit.didit.sessions.DiditSessionStatus status() {
    return dev.onboardkit.didit.sessions.DiditSessionStatus.fromWire(statusRaw().orElse(null));
  }

  /**
   * Returns the session's kind.
   *
   * @return the kind; {@link dev.onboardkit.didit.sessions.DiditSessionKind#UNKNOWN} when absent or not known
   */
  public dev.onboardkit.didit.sessions.DiditSessionKind sessionKind() {
    return dev.onboardkit.didit.sessions.DiditSessionKind.fromWire(sessionKindRaw().orElse(null));
  }

  /**
   * Returns where the session ran.
   *
   * @return the environment; {@link dev.onboardkit.didit.decisions.DiditEnvironment#UNKNOWN} when absent or not known
   */
  public dev.onboardkit.didit.decisions.DiditEnvironment environment() {
    return dev.onboardkit.didit.decisions.DiditEnvironment.fromWire(environmentRaw().orElse(null));
  }
}
