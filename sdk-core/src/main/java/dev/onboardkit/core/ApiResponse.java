package dev.onboardkit.core;

import dev.onboardkit.core.http.Headers;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A decoded response together with its HTTP metadata and the JSON it was decoded from, returned by the
 * {@code withRawResponse()} views of the clients.
 *
 * <p>{@link #rawJson()} gives the whole body as received, for members no model declares (each model's
 * {@code additionalProperties()} holds its own). The body is kept as the bytes read and turned into text only when
 * asked for, so a call that never reads it pays nothing for it.
 *
 * @param <T> the decoded body type
 */
public final class ApiResponse<T> {
  private static final byte[] NO_BODY = new byte[0];

  private final int statusCode;
  private final Headers headers;
  private final T value;
  private final int attempts;
  private final byte[] rawBody;

  /**
   * Creates a response without its body, for example in a test double; {@link #rawJson()} is then empty.
   *
   * @param statusCode the HTTP status code
   * @param headers the response headers
   * @param value the decoded body
   * @param attempts how many attempts the call took (1 when it was not retried)
   */
  public ApiResponse(int statusCode, Headers headers, T value, int attempts) {
    this(statusCode, headers, value, attempts, NO_BODY);
  }

  /**
   * Creates a response with the body it was decoded from.
   *
   * @param statusCode the HTTP status code
   * @param headers the response headers
   * @param value the decoded body
   * @param attempts how many attempts the call took (1 when it was not retried)
   * @param rawBody the body as received, UTF-8 JSON (kept, not copied: do not change it afterwards); null for none
   */
  public ApiResponse(int statusCode, Headers headers, T value, int attempts, byte @Nullable [] rawBody) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.value = value;
    this.attempts = attempts;
    this.rawBody = rawBody == null ? NO_BODY : rawBody;
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

  /**
   * Returns the body exactly as the server sent it (read as UTF-8), including the members the models do not declare.
   * It also holds every secret of the response in plain text (API keys, tokens, pre-auth codes): never log it.
   * Decoded from the kept bytes on each call.
   *
   * @return the JSON text; empty when the response had no body or was created without one
   */
  public String rawJson() {
    return new String(rawBody, StandardCharsets.UTF_8);
  }

  /**
   * Returns a response with this one's status, headers, attempts and raw JSON around another value, for example a page
   * built from the decoded body, or a test double's adapted value.
   *
   * @param newValue the value
   * @param <U> its type
   * @return the new response
   */
  public <U> ApiResponse<U> withValue(U newValue) {
    return new ApiResponse<>(statusCode, headers, newValue, attempts, rawBody);
  }

  /** Describes the status, request id, attempts and value; never the raw JSON, which may hold secrets. */
  @Override
  public String toString() {
    return "ApiResponse{status=" + statusCode + ", requestId=" + requestId().orElse(null) + ", attempts=" + attempts
        + ", value=" + value + "}";
  }
}
