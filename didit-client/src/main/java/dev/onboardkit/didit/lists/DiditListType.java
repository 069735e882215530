package dev.onboardkit.didit.lists;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The kind of a list. Blocklists are the system's, one per entry type, created by Didit and never deleted or renamed;
 * allowlists and custom lists are yours.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on
 * {@link DiditList#listTypeRaw()}.
 */
public enum DiditListType implements OpenEnum {
  /** A system list whose entries are declined (sessions) or blocked (transactions, users, businesses). */
  BLOCKLIST("blocklist"),
  /** Your list of trusted values, for workflow conditions. */
  ALLOWLIST("allowlist"),
  /** Your list for workflow branching, monitoring rules or manual review. */
  CUSTOM("custom"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditListType(String wire) {
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
  public static DiditListType fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditListType.class, wire, UNKNOWN);
  }
}
