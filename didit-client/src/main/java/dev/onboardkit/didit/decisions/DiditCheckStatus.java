package dev.onboardkit.didit.decisions;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The status of one check of a decision (an ID verification, a liveness check, ...), independent of the session's
 * status.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum DiditCheckStatus implements OpenEnum {
  /** The check passed. */
  APPROVED("Approved"),
  /** The check failed. */
  DECLINED("Declined"),
  /** The check needs a manual review. */
  IN_REVIEW("In Review"),
  /** The user did not complete this step. */
  NOT_FINISHED("Not Finished"),
  /** The checked document expired after the verification. */
  EXPIRED("Expired"),
  /** The check has not started. */
  NOT_STARTED("Not Started"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditCheckStatus(String wire) {
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
  public static DiditCheckStatus fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditCheckStatus.class, wire, UNKNOWN);
  }
}
