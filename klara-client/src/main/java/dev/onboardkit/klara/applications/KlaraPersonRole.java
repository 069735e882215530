package dev.onboardkit.klara.applications;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * A role a person holds in the company (a person can hold several).
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum KlaraPersonRole implements OpenEnum {
  /** A director. */
  DIRECTOR("director"),
  /** An ultimate beneficial owner. */
  UBO("ubo"),
  /** A shareholder. */
  SHAREHOLDER("shareholder"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  KlaraPersonRole(String wire) {
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
  public static KlaraPersonRole fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(KlaraPersonRole.class, wire, UNKNOWN);
  }
}
