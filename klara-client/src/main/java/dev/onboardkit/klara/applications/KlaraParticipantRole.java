package dev.onboardkit.klara.applications;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The role of a participant in an application or RFI request.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum KlaraParticipantRole implements OpenEnum {
  /** The primary contact. */
  PRIMARY("primary"),
  /** A collaborator invited by the primary contact. */
  COLLABORATOR("collaborator"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  KlaraParticipantRole(String wire) {
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
  public static KlaraParticipantRole fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(KlaraParticipantRole.class, wire, UNKNOWN);
  }
}
