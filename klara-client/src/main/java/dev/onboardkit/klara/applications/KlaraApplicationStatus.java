package dev.onboardkit.klara.applications;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The status of a Klara application.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum KlaraApplicationStatus implements OpenEnum {
  /** Created; the invitation may not have been sent yet. */
  CREATED("created"),
  /** The invitation was sent to the primary contact. */
  SENT("sent"),
  /** The contact has started filling in the application. */
  IN_PROGRESS("in_progress"),
  /** The contact submitted the application. */
  SUBMITTED("submitted"),
  /** The application is being reviewed. */
  REVIEW("review"),
  /** The application was approved. */
  APPROVED("approved"),
  /** The application was rejected. */
  REJECTED("rejected"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  KlaraApplicationStatus(String wire) {
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
  public static KlaraApplicationStatus fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(KlaraApplicationStatus.class, wire, UNKNOWN);
  }
}
