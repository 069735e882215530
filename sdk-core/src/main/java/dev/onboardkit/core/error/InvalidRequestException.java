package dev.onboardkit.core.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Client-side validation failed: nothing was sent. {@link #problems()} lists every problem found, not just the first.
 *
 * <p>Messages name fields and rules; they never echo the rejected values, which may be secrets.
 */
public class InvalidRequestException extends OnboardKitException {
  private static final long serialVersionUID = 1L;

  /** Every problem found. */
  private final List<ValidationProblem> problems;

  /**
   * Creates an exception listing problems.
   *
   * @param problems at least one problem
   */
  public InvalidRequestException(List<ValidationProblem> problems) {
    super(describe(problems), null);
    this.problems = List.copyOf(problems);
  }

  /**
   * Creates an exception for a single problem.
   *
   * @param field the field path
   * @param message what is wrong with it
   * @return the exception
   */
  public static InvalidRequestException single(String field, String message) {
    return new InvalidRequestException(List.of(new ValidationProblem(field, message)));
  }

  /**
   * Returns every problem found, in the order found.
   *
   * @return the problems; never empty
   */
  public List<ValidationProblem> problems() {
    return problems;
  }

  private static String describe(List<ValidationProblem> problems) {
    String list = problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("; "));
    return problems.size() == 1
        ? "Invalid request: " + list
        : "Invalid request (" + problems.size() + " problems): " + list;
  }
}
