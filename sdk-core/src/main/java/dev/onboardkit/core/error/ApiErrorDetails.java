package dev.onboardkit.core.error;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.http.HttpMethod;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Everything known about an error response, shared by all {@link ApiException} subclasses. */
public final class ApiErrorDetails {
  private final int statusCode;
  private final Headers headers;
  private final String rawBody;
  private final ErrorBody error;
  private final ErrorCode errorCode;
  private final int attempts;
  private final HttpMethod method;
  private final String url;
  private final Duration retryAfter;
  private final boolean outcomeUnknown;

  /**
   * Creates the details.
   *
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param rawBody the body as text, at most {@link dev.onboardkit.core.SdkDefaults.Limits#MAX_ERROR_BODY_BYTES}
   * @param error the decoded body
   * @param errorCode the vendor classification
   * @param attempts how many attempts were made
   * @param method the request method
   * @param url the request URL without its query
   * @param retryAfter the wait the server asked for, or null
   * @param outcomeUnknown whether the server may have acted on the request
   */
  public ApiErrorDetails(
      int statusCode,
      Headers headers,
      String rawBody,
      ErrorBody error,
      ErrorCode errorCode,
      int attempts,
      HttpMethod method,
      String url,
      @Nullable Duration retryAfter,
      boolean outcomeUnknown) {
    this.statusCode = statusCode;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.rawBody = Objects.requireNonNull(rawBody, "rawBody");
    this.error = Objects.requireNonNull(error, "error");
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.attempts = attempts;
    this.method = Objects.requireNonNull(method, "method");
    this.url = Objects.requireNonNull(url, "url");
    this.retryAfter = retryAfter;
    this.outcomeUnknown = outcomeUnknown;
  }

  /** @return the HTTP status */
  int statusCode() {
    return statusCode;
  }

  Headers headers() {
    return headers;
  }

  String rawBody() {
    return rawBody;
  }

  ErrorBody error() {
    return error;
  }

  ErrorCode errorCode() {
    return errorCode;
  }

  int attempts() {
    return attempts;
  }

  HttpMethod method() {
    return method;
  }

  String url() {
    return url;
  }

  Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
