package dev.onboardkit.didit.screening;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * What a check does when its condition holds (a partial match, a disposable address, a VoIP number, ...):
 * {@code DECLINE} the verification, or take {@code NO_ACTION} (only flag it).
 */
public enum DiditPolicyAction implements OpenEnum {
  /** Decline the verification. */
  DECLINE("DECLINE"),
  /** Only flag it; the verification can still pass. */
  NO_ACTION("NO_ACTION"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditPolicyAction(String wire) {
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
  public static DiditPolicyAction fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditPolicyAction.class, wire, UNKNOWN);
  }
}
