package dev.onboardkit.klara.applications;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The type of a decision recorded on an application. Sent as {@code application.approved},
 * {@code application.rejected} or {@code application.referred}; the API answers with the short form
 * ({@code approved}), which {@link #fromWire(String)} also accepts.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}.
 */
public enum KlaraDecisionType implements OpenEnum {
  /** The application was approved. */
  APPROVED("application.approved"),
  /** The application was rejected. */
  REJECTED("application.rejected"),
  /** The application was referred for further review. */
  REFERRED("application.referred"),
  /** A value this SDK does not know; cannot be sent. */
  UNKNOWN("");

  private static final String PREFIX = "application.";

  private final String wire;

  KlaraDecisionType(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Returns the constant for a wire value, with or without the {@code application.} prefix, ignoring case.
   *
   * @param wire the value, such as {@code application.approved} or {@code approved}, or null
   * @return the constant; {@link #UNKNOWN} when the value is null or not known
   */
  public static KlaraDecisionType fromWire(@Nullable String wire) {
    KlaraDecisionType found = OpenEnum.fromWire(KlaraDecisionType.class, wire, UNKNOWN);
    if (found == UNKNOWN && wire != null && wire.indexOf('.') < 0) {
      found = OpenEnum.fromWire(KlaraDecisionType.class, PREFIX + wire, UNKNOWN);
    }
    return found;
  }
}
