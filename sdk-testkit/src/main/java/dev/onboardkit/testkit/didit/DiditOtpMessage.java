package dev.onboardkit.testkit.didit;

import java.time.Instant;

/** A one-time code the fake "sent" by email or to a phone. Immutable; {@link #toString()} leaves out the code. */
public final class DiditOtpMessage {
  private final String channel;
  private final String to;
  private final String code;
  private final Instant sentAt;

  DiditOtpMessage(String channel, String to, String code, Instant sentAt) {
    this.channel = channel;
    this.to = to;
    this.code = code;
    this.sentAt = sentAt;
  }

  /**
   * Returns how it was sent: {@code email}, or the phone channel ({@code whatsapp}, {@code sms}, ...).
   *
   * @return the channel
   */
  public String channel() {
    return channel;
  }

  /**
   * Returns the address or number it went to, as the send gave it.
   *
   * @return the recipient
   */
  public String to() {
    return to;
  }

  /**
   * Returns the code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns when it was sent (fake clock).
   *
   * @return the instant
   */
  public Instant sentAt() {
    return sentAt;
  }

  @Override
  public String toString() {
    return "DiditOtpMessage[channel=" + channel + ", to=" + to + ", sentAt=" + sentAt + "]";
  }
}
