package dev.onboardkit.core.error;

/** 409 Conflict: the request conflicts with the resource's current state. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the response
   */
  public ConflictException(ApiErrorDetails details) {
    super(details);
  }
}
