package dev.onboardkit.klara.applications;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The kind of a related company in an application's data.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum KlaraEntityType implements OpenEnum {
  /** A holding company. */
  HOLDING_COMPANY("holding_company"),
  /** A subsidiary. */
  SUBSIDIARY("subsidiary"),
  /** A parent company. */
  PARENT("parent"),
  /** Another relation. */
  OTHER("other"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  KlaraEntityType(String wire) {
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
  public static KlaraEntityType fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(KlaraEntityType.class, wire, UNKNOWN);
  }
}
