package dev.onboardkit.core.error;

/** A 5xx status: the server failed. For non-idempotent requests other than 503-with-retry-hint, {@link #outcomeUnknown()} is true. */
public class InternalServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the response
   */
  public InternalServerException(ApiErrorDetails details) {
    super(details);
  }
}
