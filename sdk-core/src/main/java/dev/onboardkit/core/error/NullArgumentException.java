package dev.onboardkit.core.error;

import java.util.List;

/**
 * A null was passed where a value is required, for example to a request builder's {@code from(...)}. A kind of
 * {@link InvalidRequestException}: nothing was sent.
 */
public class NullArgumentException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the constructor generated request builders call.
   *
   * @param argument the name of the null argument
   */
  public NullArgumentException(String argument) {
    super(List.of(new ValidationProblem(argument, "must not be null")));
  }
}
