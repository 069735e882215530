package dev.onboardkit.core.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.internal.json.SdkJson;
import java.io.IOException;

/**
 * Turns a successful response into a value. Failures (any exception other than an SDK exception) are reported to the
 * caller as a {@link dev.onboardkit.core.error.ResponseDecodingException}.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface ResponseDecoder<T> {
  /**
   * Decodes the response.
   *
   * @param response a 2xx response
   * @return the value
   * @throws IOException if the body does not parse
   */
  T decode(HttpResponse response) throws IOException;

  /**
   * Returns a decoder reading the body as JSON into {@code type}. The Jackson reader is built once, here.
   *
   * @param type the target type
   * @param <T> the target type
   * @return the decoder
   */
  static <T> ResponseDecoder<T> json(Class<T> type) {
    ObjectReader reader = SdkJson.mapper().readerFor(type);
    return response -> reader.readValue(response.body());
  }

  /**
   * Returns a decoder reading the body as JSON into a generic type.
   *
   * @param type the target type
   * @param <T> the target type
   * @return the decoder
   */
  static <T> ResponseDecoder<T> json(TypeReference<T> type) {
    ObjectReader reader = SdkJson.mapper().readerFor(type);
    return response -> reader.readValue(response.body());
  }
}
