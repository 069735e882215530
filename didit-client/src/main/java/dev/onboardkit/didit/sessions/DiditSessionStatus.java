package dev.onboardkit.didit.sessions;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The status of a Didit verification session. The wire values are exact, case-sensitive and contain spaces
 * ({@code "Not Started"}, {@code "In Review"}, {@code "Kyc Expired"}); {@link #wireValue()} gives them.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum DiditSessionStatus implements OpenEnum {
  /** Created; the user has not opened the verification link yet. */
  NOT_STARTED("Not Started"),
  /** The user is going through the verification flow. */
  IN_PROGRESS("In Progress"),
  /** Waiting for the user, for example to resubmit a step. */
  AWAITING_USER("Awaiting User"),
  /** Finished, with a result that needs a manual review. */
  IN_REVIEW("In Review"),
  /** Finished and approved. */
  APPROVED("Approved"),
  /** Finished and declined. */
  DECLINED("Declined"),
  /** Some steps were sent back to the user to redo ({@code nodes_to_resubmit}). */
  RESUBMITTED("Resubmitted"),
  /** The user started but did not finish in time. */
  ABANDONED("Abandoned"),
  /** The session expired before the user started. */
  EXPIRED("Expired"),
  /** Approved earlier, but the verified document has since expired. */
  KYC_EXPIRED("Kyc Expired"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditSessionStatus(String wire) {
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
  public static DiditSessionStatus fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditSessionStatus.class, wire, UNKNOWN);
  }
}
