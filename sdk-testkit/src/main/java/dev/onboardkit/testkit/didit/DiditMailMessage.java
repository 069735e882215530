package dev.onboardkit.testkit.didit;

import java.time.Instant;

/** An email the fake "sent". Immutable; {@link #toString()} leaves out the code. */
public final class DiditMailMessage {
  private final String to;
  private final String subject;
  private final String body;
  private final String code;
  private final Instant sentAt;

  DiditMailMessage(String to, String subject, String body, String code, Instant sentAt) {
    this.to = to;
    this.subject = subject;
    this.body = body;
    this.code = code;
    this.sentAt = sentAt;
  }

  /**
   * Returns the recipient as registered.
   *
   * @return the address
   */
  public String to() {
    return to;
  }

  /**
   * Returns the subject.
   *
   * @return the subject line
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the text body (it contains the code).
   *
   * @return the body
   */
  public String body() {
    return body;
  }

  /**
   * Returns the verification code: 6 upper-case letters and digits.
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
    return "DiditMailMessage[to=" + to + ", subject=" + subject + ", sentAt=" + sentAt + "]";
  }
}
