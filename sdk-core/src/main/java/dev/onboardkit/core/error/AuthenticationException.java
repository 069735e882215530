package dev.onboardkit.core.error;

/**
 * The credentials are missing, invalid, expired or lack a required scope: a 401 Unauthorized, or another status that
 * the vendor uses for rejected credentials (Didit's verification API answers a bad API key with a 403 and
 * {@code "You do not have permission to perform this action."}); {@link #statusCode()} tells which.
 */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the response
   */
  public AuthenticationException(ApiErrorDetails details) {
    super(details);
  }
}
