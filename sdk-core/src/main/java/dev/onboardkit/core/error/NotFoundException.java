package dev.onboardkit.core.error;

/** 404 Not Found: the resource does not exist or is not visible to these credentials. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the response
   */
  public NotFoundException(ApiErrorDetails details) {
    super(details);
  }
}
