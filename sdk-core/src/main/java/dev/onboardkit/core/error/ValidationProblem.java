package dev.onboardkit.core.error;

import java.util.Objects;

/** One problem found by client-side validation: which field, and what is wrong with it. */
public final class ValidationProblem {
  private final String field;
  private final String message;

  /**
   * Creates a problem.
   *
   * @param field the field path, such as {@code primaryContact.email}
   * @param message what is wrong, phrased to follow the field name (such as {@code "is required"})
   */
  public ValidationProblem(String field, String message) {
    this.field = Objects.requireNonNull(field, "field");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the field path.
   *
   * @return the field, such as {@code primaryContact.email}
   */
  public String field() {
    return field;
  }

  /**
   * Returns what is wrong with the field.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationProblem
        && field.equals(((ValidationProblem) o).field)
        && message.equals(((ValidationProblem) o).message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, message);
  }

  /** Returns {@code field + " " + message}. */
  @Override
  public String toString() {
    return field + " " + message;
  }
}
