package dev.onboardkit.core.error;

/** 401 Unauthorized: the credentials are missing, invalid, expired or lack a required scope. */
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
