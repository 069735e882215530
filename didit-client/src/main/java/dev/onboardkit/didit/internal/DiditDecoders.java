package dev.onboardkit.didit.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
   * of {@code envelopeKeys} (such as {@code {"results": [...]}}). The body is streamed into the list: no JSON tree of
   * it is built, and other members of the envelope are skipped without being kept.
   *
   * @param type the element type
   * @param envelopeKeys the object members that may hold the array, in order of preference
   * @param <T> the element type
   * @return the decoder; the list it returns is unmodifiable
   */
  public static <T> ResponseDecoder<List<T>> list(Class<T> type, String... envelopeKeys) {
    ObjectMapper mapper = SdkJson.mapper();
    JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, type);
    // Reads the array in the middle of the document; the end of the document is checked here, after the envelope.
    ObjectReader reader = mapper.readerFor(listType).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    List<String> keys = List.of(envelopeKeys);
    String expected = keys.isEmpty()
        ? "a JSON array"
        : "a JSON array or an object with an array under " + String.join(" or ", keys);
    return response -> {
      try (JsonParser parser = mapper.createParser(response.body())) {
        JsonToken first = parser.nextToken();
        if (first == null) {
          throw failure(response, "the body is empty");
        }
        List<T> values = null;
        if (first == JsonToken.START_ARRAY) {
          values = reader.readValue(parser);
        } else if (first == JsonToken.START_OBJECT) {
          int preferred = keys.size();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            int rank = keys.indexOf(parser.currentName());
            if (parser.nextToken() == JsonToken.START_ARRAY && rank >= 0 && rank < preferred) {
              values = reader.readValue(parser);
              preferred = rank;
            } else {
              parser.skipChildren();
            }
          }
        } else {
          parser.skipChildren();
        }
        if (parser.nextToken() != null) {
          throw failure(response, "unexpected content after the JSON value");
        }
        if (values == null) {
          throw failure(response, "expected " + expected);
        }
        return List.copyOf(values);
      }
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
