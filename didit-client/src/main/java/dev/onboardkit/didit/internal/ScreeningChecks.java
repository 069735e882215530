package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.Problems;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The format checks the standalone checks' request builders share: the one-time code, the phone number, the code
 * size and country codes, each as Didit documents it. Messages never show the value. Internal.
 */
public final class ScreeningChecks {
  /** Didit's codes: 4 to 8 letters or digits. */
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{4,8}");
  /** E.164 as Didit documents it: a leading {@code +} and the country code, at most 20 characters. */
  private static final Pattern PHONE = Pattern.compile("\\+[0-9]{4,19}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2,3}");

  private ScreeningChecks() {}

  /**
   * Checks a required one-time code, given as text or as a {@link Secret}.
   *
   * @param problems collects the problems
   * @param field the builder method's name
   * @param value the value set, or null
   */
  public static void requireCode(Problems problems, String field, @Nullable Object value) {
    String code = value instanceof Secret ? ((Secret) value).reveal() : (String) value;
    if (code == null) {
      problems.add(field, "is required: the code the user received");
    } else if (!CODE.matcher(code).matches()) {
      problems.add(field, "must be 4 to 8 letters or digits, as received");
    }
  }

  /**
   * Checks a required phone number: E.164, a {@code +} then 4 to 19 digits, without spaces.
   *
   * @param problems collects the problems
   * @param field the builder method's name
   * @param value the number, or null
   */
  public static void requirePhone(Problems problems, String field, @Nullable String value) {
    if (value == null) {
      problems.add(field, "is required: the number in E.164 format, such as +14155552671");
    } else if (!PHONE.matcher(value).matches()) {
      problems.add(field, "must be in E.164 format: + and the country code, digits only, at most 20 characters");
    }
  }

  /**
   * Checks a required email address.
   *
   * @param problems collects the problems
   * @param field the builder method's name
   * @param value the address, or null
   */
  public static void requireEmail(Problems problems, String field, @Nullable String value) {
    problems.requireEmail(field, value);
  }

  /**
   * Checks an optional ISO 3166-1 country code, alpha-2 or alpha-3 (Didit's sources use both).
   *
   * @param problems collects the problems
   * @param field the builder method's name
   * @param value the code, or null
   */
  public static void checkCountry(Problems problems, String field, @Nullable String value) {
    if (value != null && !COUNTRY.matcher(value).matches()) {
      problems.add(field, "must be an ISO 3166-1 country code (2 or 3 letters)");
    }
  }

  /**
   * Checks the options of a code send: {@code code_size} from 4 to 8.
   *
   * @param problems collects the problems
   * @param options the options set
   */
  public static void checkOptions(Problems problems, Map<String, Object> options) {
    Object size = options.get("code_size");
    if (size instanceof Integer && ((Integer) size < 4 || (Integer) size > 8)) {
      problems.add("codeSize", "must be from 4 to 8");
    }
  }

  /**
   * Checks that a text value is one of the documented choices.
   *
   * @param problems collects the problems
   * @param field the builder method's name
   * @param value the value, or null
   * @param allowed the documented values
   */
  public static void checkChoice(Problems problems, String field, @Nullable String value, String... allowed) {
    if (value == null) {
      return;
    }
    for (String a : allowed) {
      if (a.equals(value)) {
        return;
      }
    }
    problems.add(field, "must be one of " + String.join(", ", allowed));
  }
}
