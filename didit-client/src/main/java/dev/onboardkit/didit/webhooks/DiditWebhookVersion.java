package dev.onboardkit.didit.webhooks;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The payload version Didit sends to a webhook endpoint. Use {@link #V3}: this SDK parses the v3 envelope.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum DiditWebhookVersion implements OpenEnum {
  /** The first payload version. */
  V1("v1"),
  /** The second payload version. */
  V2("v2"),
  /** The current payload version (recommended). */
  V3("v3"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditWebhookVersion(String wire) {
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
  public static DiditWebhookVersion fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditWebhookVersion.class, wire, UNKNOWN);
  }
}
