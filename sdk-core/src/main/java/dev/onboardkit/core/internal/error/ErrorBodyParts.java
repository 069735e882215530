package dev.onboardkit.core.internal.error;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.ErrorBody;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an {@link ErrorShape} found in one error body: the summary, the machine-readable code, the requested wait, and
 * the messages, flattened into field errors (keyed by a path such as {@code items[1].name}) and non-field errors.
 * Bounded: at most 200 messages, 32 levels deep, and every text is one line of at most 300 characters.
 */
public final class ErrorBodyParts {
  private static final ErrorInternals INTERNALS = ErrorInternals.get();
  private static final int MAX_DEPTH = 32;
  private static final int MAX_MESSAGES = 200;
  private static final int MAX_SUMMARY_CHARS = 300;
  private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(366L * 24 * 3600);

  private final Map<String, List<String>> fields = new LinkedHashMap<>();
  private final List<String> nonField = new ArrayList<>();
  private int count;
  private @Nullable String summary;
  private @Nullable String code;
  private @Nullable Duration retryAfter;
  private @Nullable String nonFieldMember;

  ErrorBodyParts() {}

  /**
   * Sets the one-line summary; without one, the first collected message (and how many more there are) is used.
   *
   * @param summary the summary, or null for none
   * @return this
   */
  public ErrorBodyParts summary(@Nullable String summary) {
    this.summary = summary;
    return this;
  }

  /**
   * Sets the machine-readable code.
   *
   * @param code the code, or null for none
   * @return this
   */
  public ErrorBodyParts code(@Nullable String code) {
    this.code = code;
    return this;
  }

  /**
   * Sets the wait the body asked for.
   *
   * @param retryAfter the wait, or null for none
   * @return this
   */
  public ErrorBodyParts retryAfter(@Nullable Duration retryAfter) {
    this.retryAfter = retryAfter;
    return this;
  }

  /**
   * Names a member whose messages are tied to no field wherever {@link #flatten} meets it at the top of a structure,
   * such as {@code non_field_errors}. Call it before flattening.
   *
   * @param name the member name
   * @return this
   */
  public ErrorBodyParts nonFieldMember(String name) {
    this.nonFieldMember = name;
    return this;
  }

  /**
   * Adds one message for a field.
   *
   * @param path the field path
   * @param message the message
   * @return this
   */
  public ErrorBodyParts field(String path, String message) {
    if (count++ < MAX_MESSAGES) {
      fields.computeIfAbsent(path, k -> new ArrayList<>()).add(message);
    }
    return this;
  }

  /**
   * Collects every scalar under {@code node} as a message: under the empty path (or the {@link #nonFieldMember}) as a
   * non-field error, otherwise as an error of the field at that path. Object members extend the path with
   * {@code .name}; list elements that are structures extend it with {@code [index]}. JSON null and absent nodes add
   * nothing.
   *
   * @param path the path of {@code node}; empty at the top
   * @param node the node, or null
   * @return this
   */
  public ErrorBodyParts flatten(String path, @Nullable JsonNode node) {
    flatten(path, node, 0);
    return this;
  }

  private void flatten(String path, @Nullable JsonNode node, int depth) {
    if (node == null || node.isNull() || depth > MAX_DEPTH || count >= MAX_MESSAGES) {
      return;
    }
    if (node.isValueNode()) {
      String text = summarize(node.asText());
      if (path.isEmpty() || path.equals(nonFieldMember)) {
        nonField.add(text);
      } else {
        fields.computeIfAbsent(path, k -> new ArrayList<>()).add(text);
      }
      count++;
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode element = node.get(i);
        flatten(element.isValueNode() ? path : path + "[" + i + "]", element, depth + 1);
      }
    } else {
      Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), depth + 1);
      }
    }
  }

  /**
   * Returns a scalar member's text as a one-line summary.
   *
   * @param node the member, or null
   * @return the text; null when absent, JSON null, an object or a list
   */
  public static @Nullable String text(@Nullable JsonNode node) {
    return node != null && node.isValueNode() && !node.isNull() ? summarize(node.asText()) : null;
  }

  /**
   * Returns the text of the first of the named members that is a scalar.
   *
   * @param object the JSON object
   * @param names the member names, in order of preference
   * @return the text, or null if none is a scalar
   */
  public static @Nullable String firstText(JsonNode object, String... names) {
    for (String name : names) {
      String t = text(object.get(name));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /**
   * Reads a number of seconds: a JSON number, or a string holding one. Negative or malformed values give null; values
   * above 366 days give 366 days; fractions round up to the next millisecond.
   *
   * @param node the member, or null
   * @return the wait, or null
   */
  public static @Nullable Duration seconds(@Nullable JsonNode node) {
    if (node == null) {
      return null;
    }
    try {
      if (node.isNumber()) {
        return seconds(node.decimalValue());
      }
      if (node.isTextual()) {
        return seconds(new BigDecimal(node.asText().strip()));
      }
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
    return null;
  }

  /**
   * Converts a number of seconds, with the bounds of {@link #seconds(JsonNode)}.
   *
   * @param seconds the seconds
   * @return the wait, or null when negative
   */
  public static @Nullable Duration seconds(BigDecimal seconds) {
    if (seconds.signum() < 0 || seconds.compareTo(MAX_SECONDS) > 0) {
      return seconds.signum() < 0 ? null : Duration.ofDays(366);
    }
    return Duration.ofMillis(seconds.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact());
  }

  /** Turns text into one line of at most 300 characters (then {@code ...}): whitespace and control runs become one space. */
  static String summarize(String s) {
    if (isSummary(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(Math.min(s.length(), MAX_SUMMARY_CHARS));
    boolean space = false;
    for (int i = 0; i < s.length() && out.length() < MAX_SUMMARY_CHARS; i++) {
      char ch = s.charAt(i);
      if (Character.isWhitespace(ch) || Character.isISOControl(ch)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(ch);
      }
    }
    if (out.length() >= MAX_SUMMARY_CHARS) {
      out.append("...");
    }
    return out.toString();
  }

  /** Whether {@link #summarize} would return {@code s} unchanged: short, no control characters, single inner spaces. */
  private static boolean isSummary(String s) {
    int n = s.length();
    if (n == 0 || n >= MAX_SUMMARY_CHARS) {
      return n == 0;
    }
    char previous = ' ';
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      boolean collapsed = ch == ' '
          ? previous == ' '
          : ch < 0x21 || (ch >= 0x7f && (Character.isWhitespace(ch) || Character.isISOControl(ch)));
      if (collapsed) {
        return false;
      }
      previous = ch;
    }
    return previous != ' ';
  }

  ErrorBody toBody(@Nullable JsonNode root) {
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    fields.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    String message = summary != null ? summary : fallbackMessage();
    return INTERNALS.errorBody(
        message, Collections.unmodifiableMap(frozen), List.copyOf(nonField), code, retryAfter, root, true);
  }

  private String fallbackMessage() {
    String first = null;
    int total = nonField.size();
    if (!nonField.isEmpty()) {
      first = nonField.get(0);
    }
    for (Map.Entry<String, List<String>> e : fields.entrySet()) {
      if (first == null && !e.getValue().isEmpty()) {
        first = e.getKey() + ": " + e.getValue().get(0);
      }
      total += e.getValue().size();
    }
    if (first == null) {
      return "";
    }
    return total == 1 ? first : first + " (and " + (total - 1) + " more)";
  }
}
