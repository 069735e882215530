package dev.onboardkit.core.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects validation problems so that a request reports all of them in one {@link InvalidRequestException}.
 * Messages never include the rejected value.
 */
public final class Problems {
  private static final String LOCAL_PART_SYMBOLS = ".!#$%&'*+/=?^_`{|}~-";
  private static final boolean[] HOST_CHARS = hostChars();
  /** ASCII allowed after the host: printable, except characters that must be percent-encoded in a URL. */
  private static final boolean[] URL_TAIL_CHARS = urlTailChars();

  private List<ValidationProblem> problems;

  /** Creates a collector with no problems. */
  public Problems() {}

  /**
   * Records a problem.
   *
   * @param field the field path
   * @param message what is wrong, phrased to follow the field name
   * @return this collector
   */
  public Problems add(String field, String message) {
    list().add(new ValidationProblem(field, message));
    return this;
  }

  private List<ValidationProblem> list() {
    if (problems == null) {
      problems = new ArrayList<>(4);
    }
    return problems;
  }

  /**
   * Adds every problem another collector found.
   *
   * @param other the other collector
   * @return this collector
   */
  public Problems addAll(Problems other) {
    if (other.problems != null) {
      list().addAll(other.problems);
    }
    return this;
  }

  /**
   * Requires a non-null value.
   *
   * @param field the field path
   * @param value the value
   * @return true if the value is present
   */
  public boolean requireNonNull(String field, @Nullable Object value) {
    if (value == null) {
      add(field, "is required");
      return false;
    }
    return true;
  }

  /**
   * Requires non-blank single-line text of at most {@code maxLength} characters.
   *
   * @param field the field path
   * @param value the value
   * @param maxLength the longest allowed length
   * @return true if the value passed
   */
  public boolean requireText(String field, @Nullable String value, int maxLength) {
    return requireText(field, value, maxLength, false);
  }

  /**
   * Requires non-blank text of at most {@code maxLength} characters without control characters (line breaks and
   * tabs allowed only if {@code multiline}).
   *
   * @param field the field path
   * @param value the value
   * @param maxLength the longest allowed length
   * @param multiline whether line breaks and tabs are allowed
   * @return true if the value passed
   */
  public boolean requireText(String field, @Nullable String value, int maxLength, boolean multiline) {
    if (value == null) {
      add(field, "is required");
      return false;
    }
    if (value.isBlank()) {
      add(field, "must not be blank");
      return false;
    }
    return checkText(field, value, maxLength, multiline);
  }

  /**
   * Checks optional text: when present, at most {@code maxLength} characters and no control characters.
   *
   * @param field the field path
   * @param value the value, or null
   * @param maxLength the longest allowed length
   * @param multiline whether line breaks and tabs are allowed
   * @return true if the value is absent or passed
   */
  public boolean checkText(String field, @Nullable String value, int maxLength, boolean multiline) {
    if (value == null) {
      return true;
    }
    if (value.length() > maxLength) {
      add(field, "must be at most " + maxLength + " characters");
      return false;
    }
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        continue;
      }
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
      boolean allowedWhitespace = multiline && (c == '\n' || c == '\r' || c == '\t');
      if (control && !allowedWhitespace) {
        add(field, multiline ? "must not contain control characters" : "must not contain line breaks or control characters");
        return false;
      }
    }
    return true;
  }

  /**
   * Requires an identifier used in a URL path: non-blank, at most 256 characters, no control characters, and not
   * {@code .} or {@code ..} (which would change the path). Other characters are percent-encoded when sent.
   *
   * @param field the field path
   * @param value the identifier
   * @return true if the identifier passed
   */
  public boolean requireId(String field, @Nullable String value) {
    if (!requireText(field, value, 256)) {
      return false;
    }
    String v = value.strip();
    if (v.equals(".") || v.equals("..")) {
      add(field, "must not be '.' or '..'");
      return false;
    }
    return true;
  }

  /**
   * Requires a syntactically valid email address (at most 254 characters).
   *
   * @param field the field path
   * @param value the address
   * @return true if the address passed
   */
  public boolean requireEmail(String field, @Nullable String value) {
    if (!requireText(field, value, 254)) {
      return false;
    }
    if (!isEmail(value.strip())) {
      add(field, "must be a valid email address");
      return false;
    }
    return true;
  }

  /**
   * Returns whether {@code s} is {@code local@domain}: a local part of 1 to 64 characters, each a letter or digit (any
   * script: RFC 6531 allows UTF-8 in addresses, such as {@code josé@example.com} or {@code 用户@例子.中国}) or one of
   * {@code .!#$%&'*+/=?^_`{|}~-}, and a domain of at least two dot-separated labels, each 1 to 63 letters (any script),
   * digits or hyphens, not starting or ending with a hyphen. Whitespace, control characters, quotes and a second
   * {@code @} are refused. Neither vendor documents a narrower rule, so the server decides the rest. (Hand-written
   * rather than a regex: it runs on every create.)
   */
  static boolean isEmail(String s) {
    int at = s.indexOf('@');
    if (at < 1 || at > 64 || at != s.lastIndexOf('@')) {
      return false;
    }
    for (int i = 0; i < at; i++) {
      char c = s.charAt(i);
      if (!isLetterOrDigit(c) && LOCAL_PART_SYMBOLS.indexOf(c) < 0) {
        return false;
      }
    }
    int labels = 0;
    int start = at + 1;
    while (true) {
      int end = s.indexOf('.', start);
      int stop = end < 0 ? s.length() : end;
      int length = stop - start;
      if (length < 1 || length > 63 || s.charAt(start) == '-' || s.charAt(stop - 1) == '-') {
        return false;
      }
      for (int i = start; i < stop; i++) {
        char c = s.charAt(i);
        if (!isLetterOrDigit(c) && c != '-') {
          return false;
        }
      }
      labels++;
      if (end < 0) {
        return labels >= 2;
      }
      start = end + 1;
    }
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Returns whether {@code c} is an ASCII letter or digit, or a non-ASCII letter, digit, combining mark or surrogate
   * (half of a supplementary character, such as a CJK extension letter); never whitespace, punctuation or a control.
   */
  private static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return isAsciiLetterOrDigit(c);
    }
    if (Character.isSurrogate(c)) {
      return true;
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * Checks an optional URL: when present, an absolute {@code http} or {@code https} URL with a host.
   *
   * @param field the field path
   * @param value the URL, or null
   * @return true if the URL is absent or passed
   */
  public boolean checkHttpUrl(String field, @Nullable String value) {
    if (value == null) {
      return true;
    }
    if (!checkText(field, value, 2048, false)) {
      return false;
    }
    if (isHttpUrl(value.strip())) {
      return true;
    }
    add(field, "must be an absolute http(s) URL, such as https://example.com/path");
    return false;
  }

  /**
   * Checks an optional URI of any scheme, such as an app's deep link ({@code myapp://callback},
   * {@code com.example.app:/oauth2redirect}) or a web URL: when present, a scheme (a letter, then letters, digits,
   * {@code +}, {@code -} or {@code .}), a colon, and at least one more character, without spaces or characters a URI
   * may not contain. An {@code http} or {@code https} URI must also be a well-formed web URL (scheme, {@code ://} and
   * a host, as {@link #checkHttpUrl} checks, without its length limit). No length limit applies.
   *
   * @param field the field path
   * @param value the URI, or null
   * @return true if the URI is absent or passed
   */
  public boolean checkUri(String field, @Nullable String value) {
    if (value == null) {
      return true;
    }
    if (!checkText(field, value, Integer.MAX_VALUE, false)) {
      return false;
    }
    String v = value.strip();
    boolean web = v.regionMatches(true, 0, "http:", 0, 5) || v.regionMatches(true, 0, "https:", 0, 6);
    if (web ? isHttpUrl(v) : isAbsoluteUri(v)) {
      return true;
    }
    add(field, web
        ? "must be an absolute http(s) URL, such as https://example.com/path"
        : "must be an absolute URI with a scheme, such as https://example.com/callback or myapp://callback");
    return false;
  }

  /** Returns whether {@code s} is {@code scheme:rest} with a non-empty rest of characters a URI may hold. */
  static boolean isAbsoluteUri(String s) {
    int colon = s.indexOf(':');
    if (colon < 1 || colon == s.length() - 1 || !isAsciiLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < colon; i++) {
      char c = s.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.') {
        return false;
      }
    }
    for (int i = colon + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80 ? !URL_TAIL_CHARS[c] : Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * Returns whether {@code s} is an absolute {@code http} or {@code https} URL: the scheme, {@code ://}, a host
   * (letters, digits, dots and hyphens, or a bracketed IPv6 literal), an optional port, then an optional path, query
   * and fragment made of characters a URL may contain. Hand-written rather than {@link java.net.URI} parsing, which
   * costs far more and runs for every URL field of every request.
   */
  static boolean isHttpUrl(String s) {
    int hostStart = schemeLength(s);
    if (hostStart < 0) {
      return false;
    }
    int i = hostStart;
    int n = s.length();
    if (i < n && s.charAt(i) == '[') {
      int close = s.indexOf(']', i);
      if (close < 0) {
        return false;
      }
      for (int k = i + 1; k < close; k++) {
        char c = s.charAt(k);
        if (!(isHexDigit(c) || c == ':' || c == '.')) {
          return false;
        }
      }
      i = close + 1;
    } else {
      while (i < n && isIn(HOST_CHARS, s.charAt(i))) {
        i++;
      }
      if (i == hostStart || s.charAt(hostStart) == '.' || s.charAt(i - 1) == '.') {
        return false;
      }
    }
    if (i < n && s.charAt(i) == ':') {
      int portStart = ++i;
      int port = 0;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - portStart < 6) {
        port = port * 10 + (s.charAt(i++) - '0');
      }
      if (i == portStart || i - portStart > 5 || port > 65535) {
        return false;
      }
    }
    if (i < n && s.charAt(i) != '/' && s.charAt(i) != '?' && s.charAt(i) != '#') {
      return false;
    }
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80 && !URL_TAIL_CHARS[c]) {
        return false;
      }
    }
    return true;
  }

  /** Returns the length of a leading {@code http://} or {@code https://} (any case), or -1. */
  private static int schemeLength(String s) {
    if (s.startsWith("https://")) {
      return 8;
    }
    if (s.startsWith("http://")) {
      return 7;
    }
    if (s.regionMatches(true, 0, "https://", 0, 8)) {
      return 8;
    }
    return s.regionMatches(true, 0, "http://", 0, 7) ? 7 : -1;
  }

  private static boolean[] urlTailChars() {
    boolean[] table = new boolean[0x80];
    for (char c = 0x21; c < 0x7f; c++) {
      table[c] = "\"<>\\^`{|}".indexOf(c) < 0;
    }
    return table;
  }

  private static boolean isIn(boolean[] table, char c) {
    return c < table.length && table[c];
  }

  private static boolean[] hostChars() {
    boolean[] table = new boolean[0x80];
    for (char c = 0; c < 0x80; c++) {
      table[c] = isAsciiLetterOrDigit(c) || c == '.' || c == '-';
    }
    return table;
  }

  private static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /**
   * Checks an optional duration: when present, strictly positive.
   *
   * @param field the field path
   * @param value the duration, or null
   */
  public void requirePositiveIfSet(String field, @Nullable Duration value) {
    if (value != null && (value.isNegative() || value.isZero())) {
      add(field, "must be positive");
    }
  }

  /**
   * Runs a step that may throw {@link InvalidRequestException}, collecting its problems instead.
   *
   * @param step the step
   * @param <T> its result type
   * @return the step's result, or null if it failed
   */
  public <T> T capture(Supplier<T> step) {
    try {
      return step.get();
    } catch (InvalidRequestException e) {
      list().addAll(e.problems());
      return null;
    }
  }

  /**
   * Returns whether no problem was found.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return problems == null;
  }

  /**
   * Throws if any problem was found.
   *
   * @throws InvalidRequestException listing every problem
   */
  public void throwIfAny() {
    if (problems != null) {
      throw new InvalidRequestException(problems);
    }
  }
}
