package dev.onboardkit.core.http;

import dev.onboardkit.core.Nullable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * An HTTP response whose body has been read into memory, up to a size limit.
 *
 * <p>Bodies are read eagerly and bounded ({@link dev.onboardkit.core.SdkDefaults.Limits}), so a response never
 * holds a connection open and never makes memory grow without bound.
 */
public final class HttpResponse {
  private final int statusCode;
  private final Headers headers;
  private final byte[] body;
  private final boolean bodyTruncated;
  private final IOException bodyError;
  private final int attempts;
  private final List<String> sentCredentials;

  /**
   * Creates a response.
   *
   * @param statusCode the HTTP status code
   * @param headers the response headers
   * @param body the bytes read (not copied)
   * @param bodyTruncated whether the body was longer than the limit and cut
   * @param bodyError the failure that stopped reading the body early, or null if it was read to the end; a
   *     {@link dev.onboardkit.core.internal.http.TransportFailure} when a timeout or the connection stopped it, which
   *     the retry policy treats as that failure for idempotent operations
   * @param attempts how many attempts produced this response (1 unless retried)
   */
  public HttpResponse(
      int statusCode,
      Headers headers,
      byte[] body,
      boolean bodyTruncated,
      @Nullable IOException bodyError,
      int attempts) {
    this(statusCode, headers, body, bodyTruncated, bodyError, attempts, List.of());
  }

  private HttpResponse(
      int statusCode,
      Headers headers,
      byte[] body,
      boolean bodyTruncated,
      @Nullable IOException bodyError,
      int attempts,
      List<String> sentCredentials) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
    this.bodyTruncated = bodyTruncated;
    this.bodyError = bodyError;
    this.attempts = attempts;
    this.sentCredentials = sentCredentials;
  }

  /**
   * Returns a copy recording a different attempt count.
   *
   * @param attempts the number of attempts made
   * @return the copy
   */
  public HttpResponse withAttempts(int attempts) {
    return new HttpResponse(statusCode, headers, body, bodyTruncated, bodyError, attempts, sentCredentials);
  }

  /**
   * Returns a copy that remembers a credential header value sent with the request that produced it, so that error
   * decoding can mask it if the server echoes it back. Used by the authenticating layer.
   *
   * @param headerValue the credential header value sent
   * @return the copy
   */
  public HttpResponse withSentCredential(String headerValue) {
    List<String> all = new java.util.ArrayList<>(sentCredentials);
    all.add(headerValue);
    return new HttpResponse(statusCode, headers, body, bodyTruncated, bodyError, attempts, List.copyOf(all));
  }

  /**
   * Returns the credential header values sent with the request that produced this response (see
   * {@link #withSentCredential}). Never logged.
   *
   * @return the values; empty for unauthenticated requests
   */
  public List<String> sentCredentials() {
    return sentCredentials;
  }

  /**
   * Returns the HTTP status code.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns whether the status is 2xx.
   *
   * @return true for 200-299
   */
  public boolean isSuccessful() {
    return statusCode >= 200 && statusCode < 300;
  }

  /**
   * Returns the response headers.
   *
   * @return the headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * Returns the body bytes read. The array is shared, not copied: callers must not modify it.
   *
   * @return the body; empty when there was none
   */
  public byte[] body() {
    return body;
  }

  /**
   * Decodes the body as UTF-8, replacing malformed input.
   *
   * @return the body text
   */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Returns whether the body was longer than the limit and was cut.
   *
   * @return true if truncated
   */
  public boolean bodyTruncated() {
    return bodyTruncated;
  }

  /**
   * Returns the failure that stopped the body being read to the end (a timeout or reset, as a
   * {@code TransportFailure}; a corrupt gzip stream as itself).
   *
   * @return the failure, if any
   */
  public Optional<IOException> bodyError() {
    return Optional.ofNullable(bodyError);
  }

  /**
   * Returns the {@code Content-Type} header.
   *
   * @return the content type, if present
   */
  public Optional<String> contentType() {
    return headers.first("Content-Type");
  }

  /**
   * Returns the server's request id.
   *
   * @return the request id, if present
   */
  public Optional<String> requestId() {
    return headers.requestId();
  }

  /**
   * Returns how many attempts produced this response.
   *
   * @return 1 unless the call was retried
   */
  public int attempts() {
    return attempts;
  }

  @Override
  public String toString() {
    return "HttpResponse{status=" + statusCode + ", bodyBytes=" + body.length + (bodyTruncated ? "+" : "")
        + ", attempts=" + attempts + "}";
  }
}
