package dev.onboardkit.core.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.TimeoutKind;
import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.HttpRequest;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.http.TransportFailure;
import dev.onboardkit.core.support.TestVendor;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private static RetryPolicy policy(double jitter) {
    return new RetryPolicy(Duration.ofSeconds(60), () -> jitter, CLOCK, TestVendor.SHAPE);
  }

  private static HttpRequest request(Idempotency idempotency) {
    return HttpRequest.builder(HttpMethod.POST, URI.create("https://api.example/x")).idempotency(idempotency).build();
  }

  private static HttpResponse response(int status, String... headers) {
    Headers.Builder h = Headers.builder();
    for (int i = 0; i < headers.length; i += 2) {
      h.add(headers[i], headers[i + 1]);
    }
    return new HttpResponse(status, h.build(), new byte[0], false, null, 1);
  }

  @ParameterizedTest
  @CsvSource({"1,500,375", "2,1000,750", "3,2000,1500", "4,4000,3000", "5,8000,6000", "6,8000,6000", "30,8000,6000"})
  void backoffIsExponentialCappedAndJittered(int n, long nominalMillis, long minMillis) {
    HttpRequest get = request(Idempotency.IDEMPOTENT);
    assertEquals(Duration.ofMillis(minMillis), policy(0.0).backoff(get, n));
    Duration top = policy(0.999999).backoff(get, n);
    assertTrue(top.toMillis() < nominalMillis && top.toMillis() >= nominalMillis - 1, top.toString());
  }

  @ParameterizedTest
  @CsvSource({"1,100", "2,200", "3,400", "4,500", "5,500", "40,500"})
  void backoffFollowsTheRequestsInitialAndMaximumBackoff(int n, long nominalMillis) {
    HttpRequest tuned = request(Idempotency.IDEMPOTENT).toBuilder()
        .initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(500)).build();
    assertEquals(Duration.ofMillis(nominalMillis * 3 / 4), policy(0.0).backoff(tuned, n));
  }

  @Test
  void aZeroBackoffRetriesAtOnceAndHugeValuesSaturateAtTheMaximum() {
    HttpRequest zero = request(Idempotency.IDEMPOTENT).toBuilder().initialBackoff(Duration.ZERO).build();
    assertEquals(Duration.ZERO, policy(0.0).backoff(zero, Integer.MAX_VALUE));
    HttpRequest huge = request(Idempotency.IDEMPOTENT).toBuilder()
        .initialBackoff(Duration.ofDays(365 * 1000)).maxBackoff(Duration.ofDays(365 * 1000)).build();
    assertEquals(Duration.ofNanos((long) (Long.MAX_VALUE * 0.75)), policy(0.0).backoff(huge, 3));
  }

  @ParameterizedTest
  @CsvSource({
      "IDEMPOTENT,408,false,true", "IDEMPOTENT,429,false,true", "IDEMPOTENT,500,false,true",
      "IDEMPOTENT,502,false,true", "IDEMPOTENT,503,false,true", "IDEMPOTENT,504,false,true",
      "IDEMPOTENT,400,false,false", "IDEMPOTENT,401,false,false", "IDEMPOTENT,404,false,false",
      "IDEMPOTENT,409,false,false", "IDEMPOTENT,501,false,false",
      "NON_IDEMPOTENT,429,false,true", "NON_IDEMPOTENT,503,true,true", "NON_IDEMPOTENT,503,false,false",
      "NON_IDEMPOTENT,500,true,false", "NON_IDEMPOTENT,502,false,false", "NON_IDEMPOTENT,504,false,false",
      "NON_IDEMPOTENT,408,false,false",
      "RETRY_UNSENT_OR_THROTTLED,429,false,true", "RETRY_UNSENT_OR_THROTTLED,429,true,true",
      "RETRY_UNSENT_OR_THROTTLED,503,true,false", "RETRY_UNSENT_OR_THROTTLED,503,false,false",
      "RETRY_UNSENT_OR_THROTTLED,500,false,false", "RETRY_UNSENT_OR_THROTTLED,408,false,false",
      "RETRY_UNSENT_ONLY,429,true,false", "RETRY_UNSENT_ONLY,503,true,false"})
  void statusRules(Idempotency idempotency, int status, boolean hint, boolean retryable) {
    assertEquals(retryable, RetryPolicy.statusIsRetryable(idempotency, status, hint));
  }

  @Test
  void failuresBeforeSendingAreRetriedForEveryOperation() {
    TransportFailure refused = new TransportFailure("refused", null, false, null, 1);
    TransportFailure connectTimeout = new TransportFailure("t", null, false, TimeoutKind.CONNECT, 1);
    for (Idempotency i : Idempotency.values()) {
      assertTrue(policy(0).afterFailure(request(i), refused, 0, null).retry(), i.name());
      assertTrue(policy(0).afterFailure(request(i), connectTimeout, 0, null).retry(), i.name());
    }
  }

  @Test
  void failuresAfterSendingAreRetriedOnlyForIdempotentOperations() {
    TransportFailure readTimeout = new TransportFailure("t", null, true, TimeoutKind.READ, 1);
    TransportFailure reset = new TransportFailure("reset", null, true, null, 1);

    assertTrue(policy(0).afterFailure(request(Idempotency.IDEMPOTENT), readTimeout, 0, null).retry());
    assertTrue(policy(0).afterFailure(request(Idempotency.IDEMPOTENT), reset, 0, null).retry());
    assertFalse(policy(0).afterFailure(request(Idempotency.NON_IDEMPOTENT), readTimeout, 0, null).retry());
    assertFalse(policy(0).afterFailure(request(Idempotency.NON_IDEMPOTENT), reset, 0, null).retry());
    assertFalse(policy(0).afterFailure(request(Idempotency.RETRY_UNSENT_OR_THROTTLED), reset, 0, null).retry());
    assertFalse(policy(0).afterFailure(request(Idempotency.RETRY_UNSENT_OR_THROTTLED), readTimeout, 0, null).retry());
    assertFalse(policy(0).afterFailure(request(Idempotency.RETRY_UNSENT_ONLY), reset, 0, null).retry());
  }

  @Test
  void createsAreRetriedOnA429WithinTheMaximumWaitButSignInsNever() {
    HttpRequest create = request(Idempotency.RETRY_UNSENT_OR_THROTTLED);
    RetryPolicy.Decision hinted = policy(0).afterResponse(create, response(429, "Retry-After-Ms", "1200"), 0, null);
    assertTrue(hinted.retry());
    assertEquals(Duration.ofMillis(1200), hinted.delay());
    assertEquals(Duration.ofMillis(375), policy(0).afterResponse(create, response(429), 0, null).delay());
    assertFalse(policy(0).afterResponse(create, response(429, "Retry-After", "61"), 0, null).retry());

    HttpRequest signIn = request(Idempotency.RETRY_UNSENT_ONLY);
    assertFalse(policy(0).afterResponse(signIn, response(429, "Retry-After-Ms", "1"), 0, null).retry());
    assertFalse(policy(0).afterResponse(signIn, response(429, "X-Should-Retry", "true"), 0, null).retry());
  }

  @Test
  void forCreatesTheShouldRetryHeaderCanOnlyVetoARetry() {
    HttpRequest create = request(Idempotency.RETRY_UNSENT_OR_THROTTLED);
    assertFalse(policy(0).afterResponse(create, response(500, "X-Should-Retry", "true"), 0, null).retry());
    assertFalse(policy(0).afterResponse(create, response(503, "X-Should-Retry", "true", "Retry-After", "1"), 0, null)
        .retry());
    assertFalse(policy(0).afterResponse(create, response(429, "X-Should-Retry", "false"), 0, null).retry());
    assertTrue(policy(0).afterResponse(create, response(429, "X-Should-Retry", "true"), 0, null).retry());
  }

  @Test
  void a2xxWhoseBodyBrokeOffIsItsTransportFailureOnlyForIdempotentOperations() {
    TransportFailure reset = new TransportFailure("reset mid-body", null, true, null, 1);
    HttpResponse broken = new HttpResponse(200, Headers.empty(), new byte[0], false, reset, 1);
    assertEquals(java.util.Optional.of(reset),
        RetryPolicy.bodyFailureAsTransportFailure(request(Idempotency.IDEMPOTENT), broken));
    for (Idempotency i : new Idempotency[] {Idempotency.NON_IDEMPOTENT, Idempotency.RETRY_UNSENT_OR_THROTTLED,
        Idempotency.RETRY_UNSENT_ONLY}) {
      assertEquals(java.util.Optional.empty(), RetryPolicy.bodyFailureAsTransportFailure(request(i), broken), i.name());
    }
    HttpResponse corrupt = new HttpResponse(200, Headers.empty(), new byte[0], false,
        new java.io.IOException("bad gzip"), 1);
    assertEquals(java.util.Optional.empty(),
        RetryPolicy.bodyFailureAsTransportFailure(request(Idempotency.IDEMPOTENT), corrupt));
    HttpResponse errorStatus = new HttpResponse(503, Headers.empty(), new byte[0], false, reset, 1);
    assertEquals(java.util.Optional.empty(),
        RetryPolicy.bodyFailureAsTransportFailure(request(Idempotency.IDEMPOTENT), errorStatus));
  }

  @Test
  void deadlineFailuresAndExhaustedBudgetsStop() {
    TransportFailure deadline = new TransportFailure("d", null, false, TimeoutKind.DEADLINE, 1);
    TransportFailure refused = new TransportFailure("refused", null, false, null, 1);

    assertFalse(policy(0).afterFailure(request(Idempotency.IDEMPOTENT), deadline, 0, null).retry());
    assertFalse(policy(0).afterFailure(request(Idempotency.IDEMPOTENT), refused, 2, null).retry());
    assertFalse(policy(0).afterResponse(request(Idempotency.IDEMPOTENT), response(503), 2, null).retry());
  }

  @Test
  void serverWaitUpToTheMaximumIsUsedAndAboveItStops() {
    RetryPolicy.Decision atMax = policy(0).afterResponse(request(Idempotency.IDEMPOTENT),
        response(429, "Retry-After", "60"), 0, null);
    assertTrue(atMax.retry());
    assertEquals(Duration.ofSeconds(60), atMax.delay());

    assertFalse(policy(0).afterResponse(request(Idempotency.IDEMPOTENT), response(429, "Retry-After", "61"), 0, null)
        .retry());
  }

  @Test
  void waitMustEndBeforeTheDeadline() {
    HttpRequest r = request(Idempotency.IDEMPOTENT);
    assertTrue(policy(0).afterResponse(r, response(503), 0, Duration.ofMillis(376)).retry());
    assertFalse(policy(0).afterResponse(r, response(503), 0, Duration.ofMillis(375)).retry());
  }

  @Test
  void malformedRetryAfterFallsBackToBackoff() {
    RetryPolicy.Decision d = policy(0).afterResponse(request(Idempotency.IDEMPOTENT),
        response(503, "Retry-After", "soon"), 0, null);
    assertEquals(Duration.ofMillis(375), d.delay());
  }

  @Test
  void shouldRetryHeaderWinsButUnknownValuesAreIgnored() {
    HttpRequest post = request(Idempotency.NON_IDEMPOTENT);
    assertTrue(policy(0).afterResponse(post, response(500, "X-Should-Retry", "true"), 0, null).retry());
    assertFalse(policy(0).afterResponse(post, response(429, "X-Should-Retry", "false"), 0, null).retry());
    assertTrue(policy(0).afterResponse(post, response(429, "X-Should-Retry", "maybe"), 0, null).retry());
  }
}
