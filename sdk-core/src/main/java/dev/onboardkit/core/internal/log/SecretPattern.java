package dev.onboardkit.core.internal.log;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vendor's secret format in free text, such as an API key whose public prefix may stay visible: the
 * {@link Redactor} masks everything a match covers after its first group.
 */
public final class SecretPattern {
  private static final String REPLACEMENT = "$1" + Matcher.quoteReplacement(Redactor.MASK);

  private final String marker;
  private final Pattern pattern;

  private SecretPattern(String marker, Pattern pattern) {
    this.marker = marker;
    this.pattern = pattern;
  }

  /**
   * Creates a pattern.
   *
   * @param marker a literal that every match contains, such as the key's prefix; text without it is skipped cheaply
   * @param regex the format; group 1 is kept (use an empty group to mask the whole match)
   * @return the pattern
   * @throws IllegalArgumentException if the marker is empty or the expression has no group
   */
  public static SecretPattern of(String marker, String regex) {
    Pattern pattern = Pattern.compile(Objects.requireNonNull(regex, "regex"));
    if (Objects.requireNonNull(marker, "marker").isEmpty() || pattern.matcher("").groupCount() < 1) {
      throw new IllegalArgumentException("a secret pattern needs a marker and a first group to keep: " + regex);
    }
    return new SecretPattern(marker, pattern);
  }

  /** Whether {@code text} could hold a match. */
  boolean mayOccurIn(String text) {
    return text.contains(marker);
  }

  /** Masks every match in {@code text}. */
  String mask(String text) {
    return mayOccurIn(text) ? pattern.matcher(text).replaceAll(REPLACEMENT) : text;
  }

  @Override
  public String toString() {
    return "SecretPattern{" + pattern.pattern() + "}";
  }
}
