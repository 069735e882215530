package dev.onboardkit.didit.transactions;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The monitoring verdict of a transaction. Transactions are created {@code APPROVED}; the rules (and crypto screening)
 * may flip them to {@code IN_REVIEW} or {@code DECLINED} before the create call returns.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available.
 */
public enum DiditTransactionStatus implements OpenEnum {
  /** No rule blocked it. */
  APPROVED("APPROVED"),
  /** A rule sent it to manual review. */
  IN_REVIEW("IN_REVIEW"),
  /** A rule declined it. */
  DECLINED("DECLINED"),
  /** Waiting for the user, for example a remediation session. */
  AWAITING_USER("AWAITING_USER"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditTransactionStatus(String wire) {
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
  public static DiditTransactionStatus fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditTransactionStatus.class, wire, UNKNOWN);
  }
}
