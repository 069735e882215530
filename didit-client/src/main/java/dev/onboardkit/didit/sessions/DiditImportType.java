package dev.onboardkit.didit.sessions;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * What the rows of a bulk import ({@code POST /session/imports/}) represent.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on the
 * type that carries it.
 */
public enum DiditImportType implements OpenEnum {
  /** Verifications of individuals (the server's default). */
  USER_VERIFICATION("user_verification"),
  /** Verifications of businesses (KYB). */
  BUSINESS_VERIFICATION("business_verification"),
  /** Status rules. */
  STATUS_RULES("status_rules"),
  /** Monitored transactions. */
  TRANSACTIONS("transactions"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditImportType(String wire) {
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
  public static DiditImportType fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditImportType.class, wire, UNKNOWN);
  }
}
