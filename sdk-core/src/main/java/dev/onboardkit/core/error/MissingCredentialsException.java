package dev.onboardkit.core.error;

/**
 * An authenticated endpoint was called on a client that has no credentials, such as an anonymous Didit client built
 * for sign-up only. Thrown (or the future fails with it) before anything is sent; the message says what to configure.
 * Not an {@link ApiException}: no server was asked.
 */
public class MissingCredentialsException extends OnboardKitException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is missing and how to configure it; must not contain secrets
   */
  public MissingCredentialsException(String message) {
    super(message, null);
  }
}
