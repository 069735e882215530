package dev.onboardkit.didit.lists;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * What the values of a list are, which decides how Didit validates and matches them (values are matched without
 * regard to case).
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available on
 * {@link DiditList#entryTypeRaw()}.
 */
public enum DiditListEntryType implements OpenEnum {
  /** Faces, matched biometrically during liveness. */
  FACE("face"),
  /** Identity document numbers, checked during ID verification. */
  DOCUMENT("document"),
  /** Phone numbers, normalised to E.164. */
  PHONE("phone"),
  /** Email addresses. */
  EMAIL("email"),
  /** IP addresses or CIDR ranges. */
  IP_ADDRESS("ip_address"),
  /** Device fingerprints (at least 8 letters or digits). */
  DEVICE_FINGERPRINT("device_fingerprint"),
  /** Crypto wallet addresses, checked during transaction screening. */
  WALLET_ADDRESS("wallet_address"),
  /** Bank accounts, checked during transaction screening. */
  BANK_ACCOUNT("bank_account"),
  /** Your users. */
  USER("user"),
  /** Your businesses. */
  BUSINESS("business"),
  /** ISO 3166-1 alpha-3 country codes (alpha-2 is converted), for workflow conditions. */
  COUNTRY("country"),
  /** Free-form keys for your own use. */
  KEY("key"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditListEntryType(String wire) {
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
  public static DiditListEntryType fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditListEntryType.class, wire, UNKNOWN);
  }
}
