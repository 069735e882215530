package dev.onboardkit.klara.applications;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The review status of an uploaded document.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum KlaraDocumentStatus implements OpenEnum {
  /** Uploaded, not yet checked. */
  PENDING("pending"),
  /** Being checked. */
  VALIDATING("validating"),
  /** Accepted. */
  ACCEPTED("accepted"),
  /** Rejected. */
  REJECTED("rejected"),
  /** More information is needed. */
  CLARIFICATION_NEEDED("clarification_needed"),
  /** Accepted by a reviewer despite failed checks. */
  FORCED("forced"),
  /** Skipped. */
  SKIPPED("skipped"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  KlaraDocumentStatus(String wire) {
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
  public static KlaraDocumentStatus fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(KlaraDocumentStatus.class, wire, UNKNOWN);
  }
}
