package dev.onboardkit.didit.decisions;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * Where a Didit session ran: live, or the sandbox.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum DiditEnvironment implements OpenEnum {
  /** A live session. */
  LIVE("live"),
  /** A sandbox (test) session. */
  SANDBOX("sandbox"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditEnvironment(String wire) {
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
  public static DiditEnvironment fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditEnvironment.class, wire, UNKNOWN);
  }
}
