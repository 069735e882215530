package dev.onboardkit.core.internal.error;

import dev.onboardkit.core.error.ErrorBody;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.json.SdkJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes any error response body into an {@link ErrorBody}. It never throws: a body it cannot understand becomes a
 * one-line text summary.
 *
 * <p>Shapes understood:
 * <ul>
 *   <li>{@code {"error": "...", "message"?: "...", "required"?: [...], "details"?: {...}}} (Klara);
 *   <li>{@code {"detail": "..."}}, optionally with {@code "wait": 30} (Didit, Django REST framework);
 *   <li>{@code {"field": ["msg"]}} and nested maps such as {@code {"features": [["msg"]]}} (field errors);
 *   <li>{@code ["msg"]}, a bare array (non-field errors);
 *   <li>an empty body, HTML or plain text from a proxy, and truncated or invalid JSON (text summary).
 * </ul>
 */
public final class ErrorBodyDecoder {
  private static final ErrorInternals INTERNALS = ErrorInternals.get();
  private static final int MAX_DEPTH = 32;
  private static final int MAX_MESSAGES = 200;
  private static final int MAX_SUMMARY_CHARS = 300;
  /** Members handled on their own, never read as field errors. */
  private static final Set<String> ENVELOPE_KEYS = Set.of("wait", "required", "details", "errors", "non_field_errors");
  /** Members that are envelope metadata when they hold a scalar, but field errors when they hold a list or map. */
  private static final Set<String> SCALAR_METADATA_KEYS = Set.of(
      "code", "allowed", "status", "status_code", "request_id", "type", "title");
  private static final Pattern TOKEN = Pattern.compile("[a-z0-9_.:-]{1,64}");
  private static final Pattern THROTTLE_SECONDS =
      Pattern.compile("available in (\\d{1,9}(?:\\.\\d+)?) second", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");

  private ErrorBodyDecoder() {}

  /**
   * Decodes an error body.
   *
   * @param body the body bytes (possibly truncated); null or empty for no body
   * @param contentType the {@code Content-Type} header, or null
   * @return the decoded body; never null
   */
  public static ErrorBody decode(byte @Nullable [] body, @Nullable String contentType) {
    if (body == null || body.length == 0) {
      return INTERNALS.empty();
    }
    try {
      JsonNode root = parseJson(body);
      if (root == null) {
        return fromText(new String(body, StandardCharsets.UTF_8), contentType);
      }
      if (root.isObject()) {
        return fromObject(root);
      }
      if (root.isArray()) {
        Collector c = new Collector();
        c.flatten("", root, 0);
        return c.toBody(null, null, null, null);
      }
      return INTERNALS.errorBody(summarize(root.asText()), Map.of(), List.of(), null, null, null, true);
    } catch (RuntimeException | StackOverflowError e) {
      return fromText(new String(body, StandardCharsets.UTF_8), contentType);
    }
  }

  private static JsonNode parseJson(byte[] body) {
    int first = 0;
    while (first < body.length && Character.isWhitespace(body[first])) {
      first++;
    }
    if (first == body.length || (body[first] != '{' && body[first] != '[' && body[first] != '"')) {
      return null;
    }
    try {
      return SdkJson.mapper().readTree(body);
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  private static ErrorBody fromObject(JsonNode root) {
    Collector c = new Collector();
    String error = text(root.get("error"));
    String detail = text(root.get("detail"));
    String message = text(root.get("message"));
    JsonNode codeNode = root.get("code");
    String code = codeNode != null && codeNode.isValueNode() ? text(codeNode) : null;

    JsonNode errorNode = root.get("error");
    if (errorNode != null && errorNode.isObject()) {
      error = firstText(errorNode, "message", "detail", "error");
      if (code == null) {
        code = text(errorNode.get("code"));
      }
    }
    String summary;
    if (error != null && message != null && TOKEN.matcher(error).matches()) {
      summary = message;
      code = code != null ? code : error;
    } else if (error != null) {
      summary = message != null && !message.equals(error) ? error + ": " + message : error;
    } else if (detail != null) {
      summary = detail;
    } else {
      summary = message;
    }

    JsonNode detailNode = root.get("detail");
    if (detailNode != null && !detailNode.isValueNode()) {
      c.flatten("", detailNode, 0);
    }
    JsonNode required = root.get("required");
    if (required != null && required.isArray()) {
      for (JsonNode field : required) {
        if (field.isValueNode()) {
          c.field(field.asText(), "is required");
        }
      }
    }
    c.flatten("", root.get("details"), 0);
    c.flatten("", root.get("errors"), 0);
    c.flatten("", root.get("non_field_errors"), 0);
    boolean drfFieldMap = errorNode == null && detailNode == null && !root.has("message");
    if (drfFieldMap) {
      Iterator<Map.Entry<String, JsonNode>> fields = root.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        boolean metadata = SCALAR_METADATA_KEYS.contains(e.getKey()) && e.getValue().isValueNode();
        if (!ENVELOPE_KEYS.contains(e.getKey()) && !metadata) {
          c.flatten(e.getKey(), e.getValue(), 0);
        }
      }
    }
    Duration wait = waitOf(root.get("wait"));
    if (wait == null && detail != null) {
      Matcher m = THROTTLE_SECONDS.matcher(detail);
      if (m.find()) {
        wait = seconds(new BigDecimal(m.group(1)));
      }
    }
    return c.toBody(summary, code, wait, root);
  }

  private static ErrorBody fromText(String text, @Nullable String contentType) {
    String t = text.strip();
    boolean html = (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html"))
        || t.regionMatches(true, 0, "<!doctype", 0, 9) || t.regionMatches(true, 0, "<html", 0, 5);
    if (html) {
      Matcher title = HTML_TITLE.matcher(t);
      t = title.find() ? title.group(1) : HTML_TAG.matcher(t).replaceAll(" ");
    } else {
      for (String line : t.split("\\R")) {
        if (!line.isBlank()) {
          t = line;
          break;
        }
      }
    }
    return INTERNALS.errorBody(summarize(t), Map.of(), List.of(), null, null, null, false);
  }

  private static String summarize(String s) {
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

  private static Duration waitOf(@Nullable JsonNode node) {
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

  private static Duration seconds(BigDecimal seconds) {
    if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(366L * 24 * 3600)) > 0) {
      return seconds.signum() < 0 ? null : Duration.ofDays(366);
    }
    return Duration.ofMillis(seconds.movePointRight(3).setScale(0, java.math.RoundingMode.CEILING).longValueExact());
  }

  private static String text(@Nullable JsonNode node) {
    return node != null && node.isValueNode() && !node.isNull() ? summarize(node.asText()) : null;
  }

  private static String firstText(JsonNode node, String... keys) {
    for (String k : keys) {
      String t = text(node.get(k));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /**
   * Converts a JSON object to plain Java values; empty for anything else (including null). Never throws.
   *
   * @param root the JSON tree, or null
   * @return the members as an unmodifiable map
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> toPlainMap(@Nullable JsonNode root) {
    if (root == null || !root.isObject()) {
      return Map.of();
    }
    try {
      ObjectMapper mapper = SdkJson.mapper();
      Map<String, Object> map = mapper.convertValue(root, Map.class);
      return Collections.unmodifiableMap(map);
    } catch (RuntimeException e) {
      return Map.of();
    }
  }

  /** Accumulates flattened messages, bounded in depth and count. */
  private static final class Collector {
    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private final List<String> nonField = new ArrayList<>();
    private int count;

    void flatten(String path, JsonNode node, int depth) {
      if (node == null || node.isNull() || depth > MAX_DEPTH || count >= MAX_MESSAGES) {
        return;
      }
      if (node.isValueNode()) {
        String text = summarize(node.asText());
        if (path.isEmpty() || path.equals("non_field_errors")) {
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

    void field(String path, String message) {
      if (count++ < MAX_MESSAGES) {
        fields.computeIfAbsent(path, k -> new ArrayList<>()).add(message);
      }
    }

    ErrorBody toBody(@Nullable String summary, @Nullable String code, @Nullable Duration wait, @Nullable JsonNode root) {
      Map<String, List<String>> frozen = new LinkedHashMap<>();
      fields.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      String message = summary != null ? summary : fallbackMessage();
      return INTERNALS.errorBody(message, Collections.unmodifiableMap(frozen), List.copyOf(nonField), code, wait, root, true);
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
}
