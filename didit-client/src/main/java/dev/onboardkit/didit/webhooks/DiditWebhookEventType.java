package dev.onboardkit.didit.webhooks;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The type of a Didit webhook event ({@code webhook_type}), also the names used in a destination's
 * {@code subscribed_events}.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum DiditWebhookEventType implements OpenEnum {
  /** A session's status changed. */
  STATUS_UPDATED("status.updated"),
  /** A session's verification data was edited. */
  DATA_UPDATED("data.updated"),
  /** A user entity's status changed. */
  USER_STATUS_UPDATED("user.status.updated"),
  /** A user entity's data changed. */
  USER_DATA_UPDATED("user.data.updated"),
  /** A business entity's status changed. */
  BUSINESS_STATUS_UPDATED("business.status.updated"),
  /** A business entity's data changed. */
  BUSINESS_DATA_UPDATED("business.data.updated"),
  /** An activity was recorded. */
  ACTIVITY_CREATED("activity.created"),
  /** A transaction was created. */
  TRANSACTION_CREATED("transaction.created"),
  /** A transaction's status changed. */
  TRANSACTION_STATUS_UPDATED("transaction.status.updated"),
  /** A travel-rule status changed. */
  TRAVEL_RULE_STATUS_UPDATED("travel_rule.status.updated"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditWebhookEventType(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Returns the constant for a wire value, ignoring case.
   *
   * @param wire the value as sent by the API, or null
   * @return the constant; {@link #UNKNOWN} when the value is null or not known
   */
  public static DiditWebhookEventType fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditWebhookEventType.class, wire, UNKNOWN);
  }
}
