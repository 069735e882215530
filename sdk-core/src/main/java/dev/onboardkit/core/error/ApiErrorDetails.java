package dev.onboardkit.core.error;

import dev.onboardkit.core.internal.error.ApiExceptions;
import dev.onboardkit.core.internal.log.Redactor;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Everything known about an error response, shared by all {@link ApiException} subclasses. */
public final class ApiErrorDetails {
  private final int statusCode;
  private final Headers headers;
  private final ErrorBody error;
  private final int attempts;
  private final HttpMethod method;
  private final String url;
  private final Duration retryAfter;
  private final boolean outcomeUnknown;
  // The raw text and the vendor code are derived on first read: a caller that only branches on the exception class or
  // reads the field errors never pays for them.
  private final byte @Nullable [] rawBytes;
  private final @Nullable ErrorClassifier classifier;
  private final Redactor redactor;
  private String rawBody;
  private ErrorCode errorCode;

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
    this(statusCode, headers, null, null, Redactor.defaults(), error, attempts, method, url, retryAfter,
        outcomeUnknown);
    this.rawBody = Objects.requireNonNull(rawBody, "rawBody");
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
  }

  /**
   * Keeps the body bytes (already capped) and the classifier, to decode and classify on first read, and the redactor
   * that masks the server's message (with the vendor's secret formats) in the exception message.
   */
  ApiErrorDetails(
      int statusCode,
      Headers headers,
      byte @Nullable [] rawBytes,
      @Nullable ErrorClassifier classifier,
      Redactor redactor,
      ErrorBody error,
      int attempts,
      HttpMethod method,
      String url,
      @Nullable Duration retryAfter,
      boolean outcomeUnknown) {
    this.statusCode = statusCode;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.rawBytes = rawBytes;
    this.classifier = classifier;
    this.redactor = redactor;
    this.error = Objects.requireNonNull(error, "error");
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
    String raw = rawBody;
    if (raw == null) {
      raw = rawBytes == null ? "" : new String(rawBytes, StandardCharsets.UTF_8);
      rawBody = raw;
    }
    return raw;
  }

  ErrorBody error() {
    return error;
  }

  Redactor redactor() {
    return redactor;
  }

  ErrorCode errorCode() {
    ErrorCode code = errorCode;
    if (code == null) {
      code = ApiExceptions.classify(classifier, statusCode, error);
      errorCode = code;
    }
    return code;
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
