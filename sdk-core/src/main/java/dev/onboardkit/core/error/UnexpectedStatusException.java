package dev.onboardkit.core.error;

/** A status with no dedicated exception (for example 402, or a 3xx redirect, which the SDK never follows). */
public class UnexpectedStatusException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the response
   */
  public UnexpectedStatusException(ApiErrorDetails details) {
    super(details);
  }
}
