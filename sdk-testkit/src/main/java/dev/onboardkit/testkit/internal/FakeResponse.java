package dev.onboardkit.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An immutable response produced by a fake's handler. Not API. */
public final class FakeResponse {
  private final int status;
  private final String body;
  private final Map<String, String> headers;

  private FakeResponse(int status, String body, Map<String, String> headers) {
    this.status = status;
    this.body = body;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /**
   * Creates a JSON response.
   *
   * @param status the status
   * @param json the body
   * @return the response
   */
  public static FakeResponse json(int status, JsonNode json) {
    return json(status, json, Map.of());
  }

  /**
   * Creates a JSON response with extra headers.
   *
   * @param status the status
   * @param json the body
   * @param headers extra headers
   * @return the response
   */
  public static FakeResponse json(int status, JsonNode json, Map<String, String> headers) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Content-Type", "application/json");
    all.putAll(headers);
    try {
      return new FakeResponse(status, Json.MAPPER.writeValueAsString(json), all);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a response", e);
    }
  }

  /**
   * Returns {@code Content-Type: application/json} followed by {@code headers}, each replacing any header of the same
   * name, compared without case.
   *
   * @param headers the caller's headers
   * @return the merged headers, unmodifiable
   * @throws NullPointerException if a name or value is null
   */
  public static Map<String, String> withJsonContentType(Map<String, String> headers) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Content-Type", "application/json");
    headers.forEach((k, v) -> {
      Objects.requireNonNull(k, "header name");
      Objects.requireNonNull(v, "header value");
      all.keySet().removeIf(existing -> existing.equalsIgnoreCase(k));
      all.put(k, v);
    });
    return Collections.unmodifiableMap(all);
  }

  /**
   * Creates a response with a body sent as is.
   *
   * @param status the status
   * @param body the body
   * @param headers all headers, including the content type
   * @return the response
   */
  public static FakeResponse raw(int status, String body, Map<String, String> headers) {
    return new FakeResponse(status, body, headers);
  }

  /**
   * Returns the status.
   *
   * @return the HTTP status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the body.
   *
   * @return the body text
   */
  public String body() {
    return body;
  }

  /**
   * Returns the headers.
   *
   * @return the headers, in insertion order
   */
  public Map<String, String> headers() {
    return headers;
  }
}
