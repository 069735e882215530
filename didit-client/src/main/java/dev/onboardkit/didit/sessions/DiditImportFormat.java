package dev.onboardkit.didit.sessions;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The file format of a bulk import ({@code POST /session/imports/}).
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum DiditImportFormat implements OpenEnum {
  /** Comma-separated values with a header row (the server's default). */
  CSV("csv"),
  /** Newline-delimited JSON, one object per row. */
  NDJSON("ndjson"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditImportFormat(String wire) {
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
  public static DiditImportFormat fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditImportFormat.class, wire, UNKNOWN);
  }
}
