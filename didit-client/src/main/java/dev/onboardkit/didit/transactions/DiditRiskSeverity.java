package dev.onboardkit.didit.transactions;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The severity bucket of a risk score (a transaction's or a wallet screening's).
 *
 * <p>Open: a value this SDK does not know yet, and Didit's own {@code "UNKNOWN"} severity (no score), map to
 * {@link #UNKNOWN}; the raw string stays available.
 */
public enum DiditRiskSeverity implements OpenEnum {
  /** Low risk. */
  LOW("LOW"),
  /** Medium risk. */
  MEDIUM("MEDIUM"),
  /** High risk. */
  HIGH("HIGH"),
  /** Critical risk, such as direct sanctions exposure. */
  CRITICAL("CRITICAL"),
  /** Not scored, or a value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditRiskSeverity(String wire) {
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
  public static DiditRiskSeverity fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditRiskSeverity.class, wire, UNKNOWN);
  }
}
