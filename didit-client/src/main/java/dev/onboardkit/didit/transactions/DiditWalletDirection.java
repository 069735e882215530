package dev.onboardkit.didit.transactions;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * Which side of a transfer a screened wallet is on ({@code direction}); omit it for a neutral pre-transfer screen.
 */
public enum DiditWalletDirection implements OpenEnum {
  /** The address sends funds to you. */
  INBOUND("inbound"),
  /** You send funds to the address. */
  OUTBOUND("outbound"),
  /** A deposit from the address. */
  DEPOSIT("deposit"),
  /** A withdrawal to the address. */
  WITHDRAWAL("withdrawal"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditWalletDirection(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Returns the constant for a wire value, ignoring case.
   *
   * @param wire the value, or null
   * @return the constant; {@link #UNKNOWN} when the value is null or not known
   */
  public static DiditWalletDirection fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditWalletDirection.class, wire, UNKNOWN);
  }
}
