package dev.onboardkit.didit.account;

import dev.onboardkit.core.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Didit's documented password policy for new accounts: at least 8 characters, with an uppercase letter
 * ({@code A-Z}), a lowercase letter ({@code a-z}), a digit ({@code 0-9}) and one of the special characters
 * {@value #SPECIAL_CHARACTERS}. Only these ASCII characters count towards the rules: letters such as {@code É} or
 * {@code ß} and digits such as {@code ٣} are allowed in a password but do not satisfy them. {@code register} checks
 * the policy before sending and reports every unmet rule at once (the server reports only the first).
 */
public final class DiditPasswordPolicy {
  /** The shortest allowed password. */
  public static final int MIN_LENGTH = 8;
  /** The special characters of which a password needs at least one. */
  public static final String SPECIAL_CHARACTERS = "!@#$%^&*()_+-=[]{}|;:,.<>?";

  private DiditPasswordPolicy() {}

  /**
   * Returns the rules a password does not meet. The messages describe the rules, never the password.
   *
   * @param password the candidate password
   * @return the unmet rules, phrased to follow "password", such as {@code "must contain a digit"}; empty when the
   *     password meets the policy
   */
  public static List<String> unmetRules(@Nullable String password) {
    if (password == null) {
      return List.of("is required");
    }
    List<String> unmet = new ArrayList<>();
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      unmet.add("must be at least " + MIN_LENGTH + " characters long");
    }
    if (password.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
      unmet.add("must contain an uppercase letter (A-Z)");
    }
    if (password.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
      unmet.add("must contain a lowercase letter (a-z)");
    }
    if (password.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      unmet.add("must contain a digit (0-9)");
    }
    if (password.chars().noneMatch(c -> SPECIAL_CHARACTERS.indexOf(c) >= 0)) {
      unmet.add("must contain one of the special characters " + SPECIAL_CHARACTERS);
    }
    return Collections.unmodifiableList(unmet);
  }
}
