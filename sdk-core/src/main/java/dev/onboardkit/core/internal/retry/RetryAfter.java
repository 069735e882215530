package dev.onboardkit.core.internal.retry;

import dev.onboardkit.core.internal.error.ErrorBodyDecoder;
import dev.onboardkit.core.internal.error.ErrorShape;
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
    if (fromHeaders.isPresent() || response.body().length == 0) {
      return fromHeaders;
    }
    return ErrorBodyDecoder.decode(response.body(), response.contentType().orElse(null), shape).retryAfter();
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
