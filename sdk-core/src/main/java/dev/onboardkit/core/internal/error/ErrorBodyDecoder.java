package dev.onboardkit.core.internal.error;

import dev.onboardkit.core.error.ErrorBody;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.json.SdkJson;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes any error response body into an {@link ErrorBody}. It never throws: a body it cannot understand becomes a
 * one-line text summary.
 *
 * <ul>
 *   <li>a JSON object: read by the API's {@link ErrorShape};
 *   <li>a bare JSON array: its messages are non-field errors;
 *   <li>a JSON string: the summary;
 *   <li>an empty body, HTML or plain text from a proxy, and truncated or invalid JSON: a text summary (an HTML page's
 *       title, or the first non-blank line).
 * </ul>
 */
public final class ErrorBodyDecoder {
  private static final ErrorInternals INTERNALS = ErrorInternals.get();
  private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");

  private ErrorBodyDecoder() {}

  /**
   * Returns the body of a response without one.
   *
   * @return the empty body
   */
  public static ErrorBody empty() {
    return INTERNALS.empty();
  }

  /**
   * Decodes an error body.
   *
   * @param body the body bytes (possibly truncated); null or empty for no body
   * @param contentType the {@code Content-Type} header, or null
   * @param shape reads the API's JSON error objects
   * @return the decoded body; never null
   */
  public static ErrorBody decode(byte @Nullable [] body, @Nullable String contentType, ErrorShape shape) {
    if (body == null || body.length == 0) {
      return INTERNALS.empty();
    }
    try {
      JsonNode root = parseJson(body);
      if (root == null) {
        return fromText(new String(body, StandardCharsets.UTF_8), contentType);
      }
      if (root.isObject()) {
        ErrorBodyParts parts = new ErrorBodyParts();
        shape.read(root, parts);
        return parts.toBody(root);
      }
      if (root.isArray()) {
        return new ErrorBodyParts().flatten("", root).toBody(null);
      }
      return INTERNALS.errorBody(
          ErrorBodyParts.summarize(root.asText()), Map.of(), List.of(), null, null, null, true);
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
    return INTERNALS.errorBody(ErrorBodyParts.summarize(t), Map.of(), List.of(), null, null, null, false);
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
}
