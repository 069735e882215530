package dev.onboardkit.spring;

import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a client builder and reports its problems under the property names they came from, so that a bean that cannot
 * be built names {@code onboardkit.klara.base-url} rather than the builder's {@code baseUrl}. The builder's messages
 * never contain secret values.
 */
final class BuildProblems {
  private BuildProblems() {}

  /**
   * Builds, renaming the fields of an {@link InvalidRequestException}.
   *
   * @param prefix the properties' prefix, such as {@code onboardkit.klara}
   * @param renames builder fields whose property name is not their kebab-case form, such as
   *     {@code baseUrl -> auth-base-url}
   * @param build builds the client
   * @param <T> the client type
   * @return the client
   * @throws InvalidRequestException with property names
   */
  static <T> T build(String prefix, Map<String, String> renames, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidRequestException e) {
      List<ValidationProblem> renamed = new ArrayList<>();
      for (ValidationProblem p : e.problems()) {
        String field = renames.getOrDefault(p.field(), kebab(p.field()));
        renamed.add(new ValidationProblem(prefix + "." + field, p.message()));
      }
      throw new InvalidRequestException(renamed);
    }
  }

  private static String kebab(String field) {
    StringBuilder b = new StringBuilder(field.length() + 4);
    for (char c : field.toCharArray()) {
      if (Character.isUpperCase(c)) {
        b.append('-').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
