package dev.onboardkit.didit.transactions;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The asset or chain of a wallet to screen ({@code blockchain}).
 *
 * <p>Open: a value this SDK does not know maps to {@link #UNKNOWN}; a request cannot send it.
 */
public enum DiditBlockchain implements OpenEnum {
  /** Bitcoin. */
  BTC("BTC"),
  /** Ethereum (an EVM chain: {@code 0x} and 40 hex digits). */
  ETH("ETH"),
  /** Litecoin. */
  LTC("LTC"),
  /** XRP Ledger. */
  XRP("XRP"),
  /** Bitcoin Cash. */
  BCH("BCH"),
  /** Dogecoin. */
  DOGE("DOGE"),
  /** Tron. */
  TRX("TRX"),
  /** Solana. */
  SOL("SOL"),
  /** Polygon (an EVM chain: {@code 0x} and 40 hex digits). */
  MATIC("MATIC"),
  /** BNB Chain. */
  BNB("BNB"),
  /** Tether. */
  USDT("USDT"),
  /** USD Coin. */
  USDC("USDC"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditBlockchain(String wire) {
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
  public static DiditBlockchain fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditBlockchain.class, wire, UNKNOWN);
  }
}
