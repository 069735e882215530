package dev.onboardkit.core.error;

/** 400 Bad Request: the request was malformed or failed server-side validation; see {@link #fieldErrors()}. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the response
   */
  public BadRequestException(ApiErrorDetails details) {
    super(details);
  }
}
