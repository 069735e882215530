package dev.onboardkit.testkit.internal;

import dev.onboardkit.core.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/** A request as the fakes' handlers see it. Not API. */
public final class FakeRequest {
  private final String method;
  private final String path;
  private final List<String> segments;
  private final HttpUrl url;
  private final Headers headers;
  private final byte @Nullable [] body;
  private final long bodySize;
  private final long maxBodyBytes;

  /**
   * Creates a request.
   *
   * @param method the method
   * @param path the encoded path relative to the base path (starts with {@code /}, or is empty)
   * @param segments the decoded path segments relative to the base path
   * @param url the full URL
   * @param headers the headers
   * @param body the body, or null when the request had none
   * @param bodySize the full body size before truncation
   * @param maxBodyBytes the largest accepted body
   */
  public FakeRequest(String method, String path, List<String> segments, HttpUrl url, Headers headers,
      byte @Nullable [] body, long bodySize, long maxBodyBytes) {
    this.method = method;
    this.path = path;
    this.segments = Collections.unmodifiableList(segments);
    this.url = url;
    this.headers = headers;
    this.body = body;
    this.bodySize = bodySize;
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * Returns the method.
   *
   * @return the upper-case method
   */
  public String method() {
    return method;
  }

  /**
   * Returns the encoded path relative to the base path.
   *
   * @return the path, such as {@code /applications}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the decoded path segments relative to the base path; a trailing slash gives a trailing empty segment.
   *
   * @return the segments
   */
  public List<String> segments() {
    return segments;
  }

  /**
   * Returns a header.
   *
   * @param name the header name
   * @return the first value, or null
   */
  public @Nullable String header(String name) {
    return headers.get(name);
  }

  /**
   * Returns a query parameter.
   *
   * @param name the parameter name
   * @return the first decoded value, or null
   */
  public @Nullable String query(String name) {
    return url.queryParameter(name);
  }

  /**
   * Returns whether the query has a parameter.
   *
   * @param name the parameter name
   * @return true if present (even without a value)
   */
  public boolean hasQuery(String name) {
    return url.queryParameterNames().contains(name);
  }

  /**
   * Returns the body as UTF-8 text.
   *
   * @return the body, empty when there was none
   */
  public String bodyText() {
    return body == null ? "" : new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Returns the body bytes as received; shared, not copied.
   *
   * @return the body, empty when there was none
   */
  public byte[] bodyBytes() {
    return body == null ? new byte[0] : body;
  }

  /**
   * Returns the size of the body as sent, even when it was too large to keep.
   *
   * @return the size in bytes
   */
  public long bodySize() {
    return bodySize;
  }

  /**
   * Returns whether the request had a non-empty body.
   *
   * @return true if a body was sent
   */
  public boolean hasBody() {
    return body != null && body.length > 0;
  }

  /**
   * Returns whether the body exceeded the size limit (it was truncated and must be rejected).
   *
   * @return true if too large
   */
  public boolean bodyTooLarge() {
    return bodySize > maxBodyBytes;
  }

  /**
   * Returns the client address used for per-IP rate limits: the first {@code X-Forwarded-For} entry when a test sends
   * one (to simulate several clients), otherwise {@code 127.0.0.1} (every client of a loopback fake).
   *
   * @return the client address
   */
  public String clientIp() {
    String forwarded = headers.get("X-Forwarded-For");
    if (forwarded != null && !forwarded.isBlank()) {
      return forwarded.split(",", 2)[0].trim();
    }
    return "127.0.0.1";
  }
}
