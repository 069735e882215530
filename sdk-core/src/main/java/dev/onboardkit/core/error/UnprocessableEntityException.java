package dev.onboardkit.core.error;

/** 422 Unprocessable Entity: the request was understood but its values were rejected. */
public class UnprocessableEntityException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the response
   */
  public UnprocessableEntityException(ApiErrorDetails details) {
    super(details);
  }
}
