package dev.onboardkit.core.error;

import dev.onboardkit.core.Nullable;

/**
 * The base of every exception the SDK throws. Unchecked: catch the subclass you can act on.
 */
public class OnboardKitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message the message; must not contain secrets
   * @param cause the cause, or null
   */
  public OnboardKitException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns whether the server may have acted on a request that is not safe to repeat, even though the call failed:
   * the request was sent and no definite answer came back (a dropped connection, a read timeout, a 500, 502 or 504).
   * After a failed create, look the record up before creating it again. Always false for idempotent operations,
   * which can simply be repeated.
   *
   * @return true when the outcome is unknown
   */
  public boolean outcomeUnknown() {
    return false;
  }
}
