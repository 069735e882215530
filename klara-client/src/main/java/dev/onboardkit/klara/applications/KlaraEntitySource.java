package dev.onboardkit.klara.applications;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * Where a related company in an application's data came from.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum KlaraEntitySource implements OpenEnum {
  /** From the company registry. */
  REGISTRY("registry"),
  /** Added by the applicant. */
  USER_ADDED("user_added"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  KlaraEntitySource(String wire) {
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
  public static KlaraEntitySource fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(KlaraEntitySource.class, wire, UNKNOWN);
  }
}
