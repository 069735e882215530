package dev.onboardkit.testkit.didit;

/**
 * How a session of {@link FakeDiditVerificationServer} ends when a test completes it: the session's status, and what
 * its checks show.
 */
public enum DiditOutcome {
  /** {@code Approved}: every check approved. */
  APPROVED("Approved"),
  /** {@code Declined}: the face match declined, with a {@code LOW_FACE_MATCH_SIMILARITY} warning. */
  DECLINED("Declined"),
  /** {@code In Review}: the liveness check in review, with a {@code LOW_LIVENESS_SCORE} warning. */
  IN_REVIEW("In Review");

  private final String status;

  DiditOutcome(String status) {
    this.status = status;
  }

  /**
   * Returns the session status this outcome sets, as Didit writes it.
   *
   * @return the status, such as {@code "In Review"}
   */
  public String status() {
    return status;
  }
}
