package dev.onboardkit.core;

import dev.onboardkit.core.http.Headers;
import java.util.Optional;

/**
 * A decoded response together with its HTTP metadata, returned by the {@code withRawResponse()} views of the
 * clients.
 *
 * @param <T> the decoded body type
 */
public final class ApiResponse<T> {
  private final int statusCode;
  private final Headers headers;
  private final T value;
  private final int attempts;

  /**
   * Creates a response.
   *
   * @param statusCode the HTTP status code
   * @param headers the response headers
   * @param value the decoded body
   * @param attempts how many attempts the call took (1 when it was not retried)
   */
  public ApiResponse(int statusCode, Headers headers, T value, int attempts) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.value = value;
    this.attempts = attempts;
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
   * Returns the response headers.
   *
   * @return the headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * Returns the server's request id ({@code x-request-id} or a similar header), if it sent one.
   *
   * @return the request id
   */
  public Optional<String> requestId() {
    return headers.requestId();
  }

  /**
   * Returns the decoded body.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  /**
   * Returns how many attempts the call took; 1 means it succeeded without a retry.
   *
   * @return the attempt count
   */
  public int attempts() {
    return attempts;
  }

  @Override
  public String toString() {
    return "ApiResponse{status=" + statusCode + ", requestId=" + requestId().orElse(null) + ", attempts=" + attempts
        + ", value=" + value + "}";
  }
}
