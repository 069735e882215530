package dev.onboardkit.didit.sessions;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The kind of a Didit session: a person (KYC) or a business (KYB).
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum DiditSessionKind implements OpenEnum {
  /** Know-your-customer: a person. */
  USER("user"),
  /** Know-your-business: a company. */
  BUSINESS("business"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditSessionKind(String wire) {
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
  public static DiditSessionKind fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditSessionKind.class, wire, UNKNOWN);
  }
}
