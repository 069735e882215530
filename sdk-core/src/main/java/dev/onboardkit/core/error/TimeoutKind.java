package dev.onboardkit.core.error;

/** Which timeout ended an attempt or a call. */
public enum TimeoutKind {
  /** Establishing the connection (TCP and TLS) took longer than the connect timeout. The request was not sent. */
  CONNECT("connect"),
  /** Writing the request stalled longer than the write timeout. */
  WRITE("write"),
  /** The server was silent longer than the read timeout while the response was awaited or read. */
  READ("read"),
  /** The whole attempt took longer than the per-attempt call timeout. */
  CALL("call"),
  /** The overall deadline, covering every attempt and wait, ran out. */
  DEADLINE("deadline");

  private final String description;

  TimeoutKind(String description) {
    this.description = description;
  }

  /**
   * Returns a short lower-case description, such as {@code "read"}.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
