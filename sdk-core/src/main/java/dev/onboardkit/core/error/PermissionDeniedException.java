package dev.onboardkit.core.error;

/** 403 Forbidden: the credentials are valid but not allowed to do this. */
public class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the response
   */
  public PermissionDeniedException(ApiErrorDetails details) {
    super(details);
  }
}
