package dev.onboardkit.core.error;

import dev.onboardkit.core.Nullable;

/**
 * No response arrived: the connection could not be made, or broke, or a timeout fired.
 *
 * <p>{@link #requestSent()} says whether the request may have reached the server. When it did and the request was
 * not idempotent, the SDK does not retry it, and {@link #outcomeUnknown()} is true: the server may have acted on it.
 * Look the record up (or reconcile later) before sending it again.
 */
public class ApiConnectionException extends OnboardKitException {
  private static final long serialVersionUID = 1L;

  /** Whether the request may have reached the server. */
  private final boolean requestSent;
  /** Whether a request unsafe to repeat may have been acted on. */
  private final boolean outcomeUnknown;
  /** How many attempts were made. */
  private final int attempts;

  /**
   * Creates the exception.
   *
   * @param message what failed, without secrets
   * @param cause the underlying I/O exception, or null
   * @param requestSent whether the request may have reached the server
   * @param outcomeUnknown whether a request that is not safe to repeat may have been acted on
   * @param attempts how many attempts were made
   */
  public ApiConnectionException(
      String message, @Nullable Throwable cause, boolean requestSent, boolean outcomeUnknown, int attempts) {
    super(message, cause);
    this.requestSent = requestSent;
    this.outcomeUnknown = outcomeUnknown;
    this.attempts = attempts;
  }

  /**
   * Returns whether the request may have reached the server. False means it provably did not (DNS failure, refused
   * connection, connect timeout, failed TLS handshake), so sending it again is safe.
   *
   * @return true if any part of the request may have been written
   */
  public boolean requestSent() {
    return requestSent;
  }

  /**
   * Returns how many attempts were made.
   *
   * @return one or more
   */
  public int attempts() {
    return attempts;
  }

  /** {@inheritDoc} True when the request was sent and is not idempotent. */
  @Override
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
