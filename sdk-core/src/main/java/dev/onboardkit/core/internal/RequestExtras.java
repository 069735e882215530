package dev.onboardkit.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.internal.json.JsonValues;
import dev.onboardkit.core.internal.json.SdkJson;
import java.util.List;
import java.util.Map;

/**
 * Merges a call's extra query parameters and body properties ({@link RequestOptions#queryParams()},
 * {@link RequestOptions#bodyProperties()}) into the request an operation describes, after the operation has been
 * validated. The rules are documented on {@link RequestOptions}; this class is their one owner. Only calls with extras
 * come here.
 */
final class RequestExtras {
  private static final String FIELD = "bodyProperties";

  private RequestExtras() {}

  /**
   * Returns the query with the extra parameters: the operation's parameters whose name an extra parameter uses are
   * dropped, then every extra value is appended.
   *
   * @param query the operation's encoded query, or null
   * @param extras the extra parameters
   * @return the encoded query, or null when there is none
   */
  static @Nullable String query(@Nullable String query, Map<String, List<String>> extras) {
    if (extras.isEmpty()) {
      return query;
    }
    StringBuilder out = new StringBuilder(query == null ? 32 : query.length() + 32);
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String encodedName = eq < 0 ? pair : pair.substring(0, eq);
        if (!replaced(encodedName, extras)) {
          append(out, pair);
        }
      }
    }
    extras.forEach((name, values) -> {
      String encodedName = UrlEncoding.encode(name);
      for (String value : values) {
        append(out, encodedName + "=" + UrlEncoding.encode(value));
      }
    });
    return out.length() == 0 ? null : out.toString();
  }

  private static boolean replaced(String encodedName, Map<String, List<String>> extras) {
    for (String name : extras.keySet()) {
      if (UrlEncoding.encode(name).equals(encodedName)) {
        return true;
      }
    }
    return false;
  }

  private static void append(StringBuilder out, String pair) {
    if (out.length() > 0) {
      out.append('&');
    }
    out.append(pair);
  }

  /**
   * Returns the JSON body with the extra properties as top-level members, replacing the operation's members of the
   * same name.
   *
   * @param method the request method
   * @param body the operation's body object, or null when it sends none
   * @param extras the extra properties
   * @return the body bytes, or null when there is no body
   * @throws InvalidRequestException if there are extras but the request cannot carry them: a GET, HEAD or DELETE
   *     without a body, or a body that is not a JSON object
   */
  static byte @Nullable [] body(HttpMethod method, @Nullable Object body, Map<String, Object> extras) {
    if (extras.isEmpty()) {
      return body == null ? null : write(body);
    }
    ObjectNode merged;
    if (body == null) {
      if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH) {
        throw InvalidRequestException.single(FIELD, "cannot be sent: a " + method + " request has no body");
      }
      merged = SdkJson.mapper().createObjectNode();
    } else {
      JsonNode tree = JsonValues.toTree(body);
      if (!tree.isObject()) {
        throw InvalidRequestException.single(FIELD, "cannot be added: this request's body is not a JSON object");
      }
      merged = (ObjectNode) tree;
    }
    extras.forEach((name, value) -> merged.set(name, JsonValues.toTree(value)));
    return write(merged);
  }

  /**
   * Writes a request body with the SDK's settings.
   *
   * @param body the body
   * @return the bytes
   */
  static byte[] write(Object body) {
    try {
      return SdkJson.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new OnboardKitException("Could not serialise the request body of type " + body.getClass().getSimpleName(),
          null);
    }
  }
}
