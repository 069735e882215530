package dev.onboardkit.klara.rfi;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The status of an RFI request.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum KlaraRfiRequestStatus implements OpenEnum {
  /** Open for the participants (the status on creation). */
  ACTIVE("active"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  KlaraRfiRequestStatus(String wire) {
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
  public static KlaraRfiRequestStatus fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(KlaraRfiRequestStatus.class, wire, UNKNOWN);
  }
}
