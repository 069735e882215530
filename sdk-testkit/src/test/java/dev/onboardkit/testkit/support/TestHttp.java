package dev.onboardkit.testkit.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Plain OkHttp against a fake: no silent retries, short timeouts. */
public final class TestHttp {
  public static final ObjectMapper MAPPER = new ObjectMapper();
  public static final OkHttpClient CLIENT = new OkHttpClient.Builder()
      .retryOnConnectionFailure(false)
      .followRedirects(false)
      .connectTimeout(Duration.ofSeconds(5))
      .readTimeout(Duration.ofSeconds(5))
      .callTimeout(Duration.ofSeconds(10))
      .build();
  private static final MediaType JSON = MediaType.get("application/json");

  private final URI base;
  private final OkHttpClient client;

  public TestHttp(URI base) {
    this(base, CLIENT);
  }

  public TestHttp(URI base, OkHttpClient client) {
    this.base = base;
    this.client = client;
  }

  public record Reply(int status, String body, Headers headers) {
    public JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    public String text(String field) {
      JsonNode v = json().get(field);
      return v == null || v.isNull() ? null : v.asText();
    }
  }

  public static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Reply get(String path, String bearer) throws IOException {
    return send("GET", path, bearer, null, Map.of());
  }

  public Reply post(String path, String bearer, String json) throws IOException {
    return send("POST", path, bearer, json, Map.of());
  }

  public Reply patch(String path, String bearer, String json) throws IOException {
    return send("PATCH", path, bearer, json, Map.of());
  }

  /** Sends a request with any body, such as a multipart form. */
  public Reply send(String method, String path, RequestBody body, Map<String, String> headers) throws IOException {
    Request.Builder b = new Request.Builder().url(base + path);
    headers.forEach(b::header);
    b.method(method, body);
    try (Response r = client.newCall(b.build()).execute()) {
      return new Reply(r.code(), r.body().string(), r.headers());
    }
  }

  /** Sends a request; {@code bearer} null sends no Authorization header; {@code json} null sends no body. */
  public Reply send(String method, String path, String bearer, String json, Map<String, String> headers)
      throws IOException {
    Request.Builder b = new Request.Builder().url(base + path);
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    headers.forEach(b::header);
    RequestBody body = json == null
        ? (method.equals("POST") || method.equals("PATCH") || method.equals("PUT")
            ? RequestBody.create(new byte[0], null) : null)
        : RequestBody.create(json, JSON);
    b.method(method, body);
    try (Response r = client.newCall(b.build()).execute()) {
      return new Reply(r.code(), r.body().string(), r.headers());
    }
  }
}
