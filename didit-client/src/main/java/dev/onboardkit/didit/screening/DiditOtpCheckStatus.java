package dev.onboardkit.didit.screening;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The outcome of checking a one-time code ({@code /email/check/}, {@code /phone/check/}).
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available.
 */
public enum DiditOtpCheckStatus implements OpenEnum {
  /** The code is correct and no policy declined the verification. */
  APPROVED("Approved"),
  /** The code is wrong; the user may try again (up to 3 attempts per code). */
  FAILED("Failed"),
  /** The code is correct but a policy (a disposable address, a VoIP number, ...) declined the verification. */
  DECLINED("Declined"),
  /** No code is pending: never sent, expired (after 5 minutes) or out of attempts. Send a new one. */
  EXPIRED_OR_NOT_FOUND("Expired or Not Found"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditOtpCheckStatus(String wire) {
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
  public static DiditOtpCheckStatus fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditOtpCheckStatus.class, wire, UNKNOWN);
  }
}
