package dev.onboardkit.didit.users;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The monitoring status Didit keeps for a user or a business ({@code ACTIVE}, {@code FLAGGED} or {@code BLOCKED}).
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum DiditEntityStatus implements OpenEnum {
  /** Monitored normally. */
  ACTIVE("ACTIVE"),
  /** Marked for attention. */
  FLAGGED("FLAGGED"),
  /** Blocked. */
  BLOCKED("BLOCKED"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditEntityStatus(String wire) {
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
  public static DiditEntityStatus fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditEntityStatus.class, wire, UNKNOWN);
  }
}
