package dev.onboardkit.core.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.HttpRequest;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.error.ApiExceptions;
import dev.onboardkit.core.internal.http.TransportFailure;
import dev.onboardkit.core.support.TestVendor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one rule for "might the server have acted?", and the two places that ask it: the exception factory reports it as
 * {@code outcomeUnknown()}, and the retry policy repeats a non-idempotent request only when the answer is no.
 */
class OutcomeUnknownTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(60), () -> 0.0, CLOCK,
      TestVendor.SHAPE);

  /** The hint is sent as {@code Retry-After}, as a body wait, or not at all. */
  enum Hint { NONE, HEADER, BODY }

  @ParameterizedTest(name = "{0} {1} hint {2}: unknown {3}, retried {4}")
  @CsvSource({
      // idempotency,       status, hint,   outcome unknown, retried
      "IDEMPOTENT,          400,    NONE,   false,           false",
      "IDEMPOTENT,          408,    NONE,   false,           true",
      "IDEMPOTENT,          429,    NONE,   false,           true",
      "IDEMPOTENT,          500,    NONE,   false,           true",
      "IDEMPOTENT,          501,    NONE,   false,           false",
      "IDEMPOTENT,          502,    NONE,   false,           true",
      "IDEMPOTENT,          503,    NONE,   false,           true",
      "IDEMPOTENT,          504,    NONE,   false,           true",
      "NON_IDEMPOTENT,      400,    NONE,   false,           false",
      "NON_IDEMPOTENT,      408,    NONE,   false,           false",
      "NON_IDEMPOTENT,      409,    NONE,   false,           false",
      "NON_IDEMPOTENT,      429,    NONE,   false,           true",
      "NON_IDEMPOTENT,      429,    BODY,   false,           true",
      "NON_IDEMPOTENT,      500,    NONE,   true,            false",
      "NON_IDEMPOTENT,      500,    HEADER, true,            false",
      "NON_IDEMPOTENT,      502,    NONE,   true,            false",
      "NON_IDEMPOTENT,      503,    NONE,   true,            false",
      "NON_IDEMPOTENT,      503,    HEADER, false,           true",
      "NON_IDEMPOTENT,      503,    BODY,   false,           true",
      "NON_IDEMPOTENT,      504,    HEADER, true,            false",
      "NON_IDEMPOTENT,      599,    NONE,   true,            false",
      "RETRY_UNSENT_ONLY,   429,    HEADER, false,           false",
      "RETRY_UNSENT_ONLY,   500,    NONE,   true,            false",
      "RETRY_UNSENT_ONLY,   503,    NONE,   true,            false",
      "RETRY_UNSENT_ONLY,   503,    HEADER, false,           false",
  })
  void afterAResponse(Idempotency idempotency, int status, Hint hint, boolean unknown, boolean retried) {
    HttpRequest request = request(idempotency);
    HttpResponse response = response(status, hint);

    assertEquals(unknown, OutcomeUnknown.afterResponse(idempotency, status, hint != Hint.NONE));
    ApiException e = ApiExceptions.fromResponse(request, response, TestVendor.PROFILE, CLOCK);
    assertEquals(unknown, e.outcomeUnknown(), "the exception factory");
    assertEquals(retried, RetryPolicy.statusIsRetryable(idempotency, status, hint != Hint.NONE), "the status rules");
    assertEquals(retried, POLICY.afterResponse(request, response, 0, null).retry(), "the retry policy");
  }

  @ParameterizedTest(name = "{0} sent {1}: unknown {2}, retried {3}")
  @CsvSource({
      "IDEMPOTENT,        false, false, true",
      "IDEMPOTENT,        true,  false, true",
      "NON_IDEMPOTENT,    false, false, true",
      "NON_IDEMPOTENT,    true,  true,  false",
      "RETRY_UNSENT_ONLY, false, false, true",
      "RETRY_UNSENT_ONLY, true,  true,  false",
  })
  void afterNoResponse(Idempotency idempotency, boolean sent, boolean unknown, boolean retried) {
    HttpRequest request = request(idempotency);
    TransportFailure failure = new TransportFailure("connection reset", null, sent, null, 1);

    assertEquals(unknown, OutcomeUnknown.afterFailure(idempotency, sent));
    ApiConnectionException e = ApiExceptions.fromFailure(request, failure);
    assertEquals(unknown, e.outcomeUnknown(), "the exception factory");
    assertEquals(retried, POLICY.afterFailure(request, failure, 0, null).retry(), "the retry policy");
  }

  private static HttpRequest request(Idempotency idempotency) {
    return HttpRequest.builder(HttpMethod.POST, URI.create("https://api.example/things"))
        .idempotency(idempotency).build();
  }

  private static HttpResponse response(int status, Hint hint) {
    Headers.Builder headers = Headers.builder().add("Content-Type", "application/json");
    if (hint == Hint.HEADER) {
      headers.add("Retry-After", "1");
    }
    String body = hint == Hint.BODY ? "{\"detail\":\"busy\",\"wait\":1}" : "{\"detail\":\"busy\"}";
    return new HttpResponse(status, headers.build(), body.getBytes(StandardCharsets.UTF_8), false, null, 1);
  }
}
