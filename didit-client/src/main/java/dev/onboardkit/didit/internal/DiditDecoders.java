package dev.onboardkit.didit.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.json.SdkJson;
import dev.onboardkit.core.internal.log.Redactor;
import java.io.IOException;
import java.util.List;

/**
 * Response decoders for the Didit Auth API's looser shapes. Internal: used by the resource packages of this module.
 */
public final class DiditDecoders {
  private DiditDecoders() {}

  /**
   * Returns a decoder for a list that the server sends either as a bare JSON array or wrapped in an object under one
   * of {@code envelopeKeys} (such as {@code {"results": [...]}}).
   *
   * @param type the element type
   * @param envelopeKeys the object members that may hold the array, tried in order
   * @param <T> the element type
   * @return the decoder; the list it returns is unmodifiable
   */
  public static <T> ResponseDecoder<List<T>> list(Class<T> type, String... envelopeKeys) {
    ObjectMapper mapper = SdkJson.mapper();
    JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, type);
    ObjectReader reader = mapper.readerFor(listType);
    List<String> keys = List.of(envelopeKeys);
    String expected = keys.isEmpty()
        ? "a JSON array"
        : "a JSON array or an object with an array under " + String.join(" or ", keys);
    return response -> {
      JsonNode root = readTree(response);
      JsonNode array = root.isArray() ? root : null;
      if (root.isObject()) {
        for (String key : keys) {
          JsonNode candidate = root.get(key);
          if (candidate != null && candidate.isArray()) {
            array = candidate;
            break;
          }
        }
      }
      if (array == null) {
        throw failure(response, "expected " + expected);
      }
      List<T> values = reader.readValue(array);
      return List.copyOf(values);
    };
  }

  /**
   * Reads the body as a JSON tree.
   *
   * @param response the response
   * @return the root node; never null
   * @throws IOException if the body is not JSON
   * @throws ResponseDecodingException if the body is empty
   */
  public static JsonNode readTree(HttpResponse response) throws IOException {
    JsonNode root = SdkJson.mapper().readTree(response.body());
    if (root == null || root.isMissingNode()) {
      throw failure(response, "the body is empty");
    }
    return root;
  }

  /**
   * Creates the exception for a 2xx body that does not have the expected shape.
   *
   * @param response the response
   * @param reason what did not match, without secrets
   * @return the exception
   */
  public static ResponseDecodingException failure(HttpResponse response, String reason) {
    return new ResponseDecodingException(reason, null, response.statusCode(), response.contentType().orElse(null),
        Redactor.defaults().body(response.body(), ResponseDecodingException.MAX_SNIPPET_CHARS),
        response.requestId().orElse(null));
  }
}
