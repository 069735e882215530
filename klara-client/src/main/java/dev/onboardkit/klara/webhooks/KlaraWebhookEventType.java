package dev.onboardkit.klara.webhooks;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The type of a Klara webhook event.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum KlaraWebhookEventType implements OpenEnum {
  /** The contact opened the application portal for the first time. */
  APPLICATION_OPENED("application.opened"),
  /** The application was submitted. */
  APPLICATION_SUBMITTED("application.submitted"),
  /** A test delivery sent from the dashboard. */
  WEBHOOK_TEST("webhook.test"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  KlaraWebhookEventType(String wire) {
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
  public static KlaraWebhookEventType fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(KlaraWebhookEventType.class, wire, UNKNOWN);
  }
}
