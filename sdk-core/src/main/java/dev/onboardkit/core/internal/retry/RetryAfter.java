package dev.onboardkit.core.internal.retry;

import dev.onboardkit.core.internal.error.ErrorBodyDecoder;
import dev.onboardkit.core.internal.error.ErrorShape;
import dev.onboardkit.core.error.ErrorBody;
import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the wait a server asks for: {@code Retry-After-Ms} (milliseconds), {@code Retry-After} (seconds or an
 * HTTP-date), or a wait in the error body, as the API's {@link ErrorShape} reads it (such as a {@code wait} member).
 *
 * <p>The one owner of the order: the headers first ({@code Retry-After-Ms}, then {@code Retry-After}), then the body,
 * unless the shape's {@link ErrorShape#bodyWaitFirst()} puts the body first. Both the retry policy and the exception
 * ({@code ApiException.retryAfter()}) take their wait from here, so they always agree.
 */
public final class RetryAfter {
  private static final Duration MAX = Duration.ofDays(366);

  private RetryAfter() {}

  /**
   * Reads the wait from a response's headers, then from its body.
   *
   * @param response the error response
   * @param clock the clock used for HTTP-date values
   * @param shape reads the API's JSON error bodies
   * @return the requested wait, if any
   */
  public static Optional<Duration> of(HttpResponse response, Clock clock, ErrorShape shape) {
    Optional<Duration> fromHeaders = fromHeaders(response.headers(), clock);
    if ((fromHeaders.isPresent() && !shape.bodyWaitFirst()) || response.body().length == 0) {
      return fromHeaders;
    }
    return choose(fromHeaders,
        ErrorBodyDecoder.decode(response.body(), response.contentType().orElse(null), shape).retryAfter(), shape);
  }

  /**
   * Picks the wait from an already decoded error body and the response headers, in the shape's order.
   *
   * @param headers the response headers
   * @param body the decoded error body
   * @param clock the clock used for HTTP-date values
   * @param shape the API's error shape, which says whether the body's wait comes first
   * @return the requested wait, if any
   */
  public static Optional<Duration> of(Headers headers, ErrorBody body, Clock clock, ErrorShape shape) {
    return choose(fromHeaders(headers, clock), body.retryAfter(), shape);
  }

  private static Optional<Duration> choose(Optional<Duration> fromHeaders, Optional<Duration> fromBody, ErrorShape shape) {
    return shape.bodyWaitFirst() ? fromBody.or(() -> fromHeaders) : fromHeaders.or(() -> fromBody);
  }

  /**
   * Reads the wait from {@code Retry-After-Ms} or {@code Retry-After}. Malformed or negative values are ignored.
   *
   * @param headers the response headers
   * @param clock the clock used for HTTP-date values
   * @return the requested wait, if any
   */
  public static Optional<Duration> fromHeaders(Headers headers, Clock clock) {
    Optional<String> millis = headers.first("Retry-After-Ms");
    if (millis.isPresent()) {
      Optional<Duration> d = number(millis.get(), 1);
      if (d.isPresent()) {
        return d;
      }
    }
    Optional<String> value = headers.first("Retry-After");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<Duration> seconds = number(value.get(), 1000);
    if (seconds.isPresent()) {
      return seconds;
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value.get().strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(d.isNegative() ? Duration.ZERO : min(d, MAX));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> number(String text, long millisPerUnit) {
    try {
      double v = Double.parseDouble(text.strip());
      if (Double.isNaN(v) || v < 0) {
        return Optional.empty();
      }
      double ms = Math.min(v * millisPerUnit, MAX.toMillis());
      return Optional.of(Duration.ofMillis((long) Math.ceil(ms)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
