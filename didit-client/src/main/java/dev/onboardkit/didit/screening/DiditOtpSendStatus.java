package dev.onboardkit.didit.screening;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;

/**
 * The outcome of sending a one-time code ({@code /email/send/}, {@code /phone/send/}).
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}, and the raw string stays available.
 */
public enum DiditOtpSendStatus implements OpenEnum {
  /** The code was sent for a new verification. */
  SUCCESS("Success"),
  /** The code was sent again for the verification still pending (same {@code request_id}). */
  RETRY("Retry"),
  /** The address or number cannot receive the code ({@code reason} says why). */
  UNDELIVERABLE("Undeliverable"),
  /** The anti-fraud layer refused to send; the verification is already declined. */
  BLOCKED("Blocked"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditOtpSendStatus(String wire) {
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
  public static DiditOtpSendStatus fromWire(@Nullable String wire) {
    return OpenEnum.fromWire(DiditOtpSendStatus.class, wire, UNKNOWN);
  }
}
