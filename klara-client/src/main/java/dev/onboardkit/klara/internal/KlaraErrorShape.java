package dev.onboardkit.klara.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.core.internal.error.ErrorBodyParts;
import dev.onboardkit.core.internal.error.ErrorShape;
import java.util.regex.Pattern;

/**
 * Reads Klara's error envelope, {@code {"error": "...", "message"?: "...", "code"?: "...", "required"?: [...],
 * "details"?: {...}, "wait"?: 30}}:
 *
 * <ul>
 *   <li>a token-like {@code error} beside a {@code message} ({@code {"error":"unauthorized","message":"Invalid or
 *       expired API key"}}) is the code, and the message the summary; otherwise the summary is the {@code error}
 *       (followed by a different {@code message}), or the {@code message} alone;
 *   <li>an {@code error} object is read for its {@code message} and {@code code};
 *   <li>each name in {@code required} becomes an {@code "is required"} field error, and {@code details} holds field
 *       errors by field;
 *   <li>{@code wait} is the requested wait in seconds.
 * </ul>
 */
final class KlaraErrorShape implements ErrorShape {
  static final KlaraErrorShape INSTANCE = new KlaraErrorShape();

  private static final Pattern TOKEN = Pattern.compile("[a-z0-9_.:-]{1,64}");

  private KlaraErrorShape() {}

  @Override
  public void read(JsonNode object, ErrorBodyParts parts) {
    String message = ErrorBodyParts.text(object.get("message"));
    JsonNode codeNode = object.get("code");
    String code = codeNode != null && codeNode.isValueNode() ? ErrorBodyParts.text(codeNode) : null;
    JsonNode errorNode = object.get("error");
    String error;
    if (errorNode != null && errorNode.isObject()) {
      error = ErrorBodyParts.firstText(errorNode, "message", "detail", "error");
      if (code == null) {
        code = ErrorBodyParts.text(errorNode.get("code"));
      }
    } else {
      error = ErrorBodyParts.text(errorNode);
    }
    if (error != null && message != null && TOKEN.matcher(error).matches()) {
      parts.summary(message);
      code = code != null ? code : error;
    } else if (error != null) {
      parts.summary(message != null && !message.equals(error) ? error + ": " + message : error);
    } else {
      parts.summary(message);
    }
    parts.code(code);

    JsonNode required = object.get("required");
    if (required != null && required.isArray()) {
      for (JsonNode field : required) {
        if (field.isValueNode()) {
          parts.field(field.asText(), "is required");
        }
      }
    }
    parts.flatten("", object.get("details"));
    parts.retryAfter(ErrorBodyParts.seconds(object.get("wait")));
  }

  @Override
  public String toString() {
    return "KlaraErrorShape";
  }
}
