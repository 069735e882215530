package dev.onboardkit.core.internal.retry;

import dev.onboardkit.core.retry.Sleeper;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Timeouts;
import dev.onboardkit.core.error.TimeoutKind;
import dev.onboardkit.core.http.HttpRequest;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.http.HttpTransport;
import dev.onboardkit.core.internal.event.CallEvents;
import dev.onboardkit.core.internal.http.TransportFailure;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;

/**
 * Applies the {@link RetryPolicy} around every call, sync and async, within the request's overall deadline.
 *
 * <p>Each attempt carries an {@code X-Retry-Count} header (0 on the first). The per-attempt call timeout is cut to
 * what is left of the deadline; a timeout caused by that cut is reported as {@link TimeoutKind#DEADLINE}. Waits
 * between attempts use the {@link Sleeper}: blocking for sync calls, a scheduled completion for async calls, so no
 * pool thread is held while waiting. An interrupted wait restores the thread's interrupt flag and stops retrying: the
 * last outcome is returned (or thrown) as it was.
 *
 * <p>The runtime passes each call's {@link CallEvents}, which hear of every attempt, its response or failure, and
 * every retry; through the {@link HttpTransport} methods nothing listens.
 */
public final class RetryingTransport implements HttpTransport {
  /** The header carrying the retry number of each attempt. */
  public static final String RETRY_COUNT_HEADER = "X-Retry-Count";
  private static final String[] COUNTS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

  private final HttpTransport delegate;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final Logger log;

  /**
   * Creates the decorator.
   *
   * @param delegate the transport that sends each attempt
   * @param policy decides on retries
   * @param sleeper waits between attempts
   * @param clock measures the deadline
   * @param log where retry decisions are logged at DEBUG
   */
  public RetryingTransport(HttpTransport delegate, RetryPolicy policy, Sleeper sleeper, Clock clock, Logger log) {
    this.delegate = delegate;
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.log = log;
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    return execute(request, CallEvents.NONE);
  }

  /**
   * Sends the request with retries, reporting each attempt to the call's events.
   *
   * @param request the request
   * @param events the call's events
   * @return the final response
   * @throws IOException the final transport failure
   */
  public HttpResponse execute(HttpRequest request, CallEvents events) throws IOException {
    Instant deadline = deadlineOf(request);
    for (int retries = 0; ; retries++) {
      Attempt attempt = prepare(request, retries, deadline);
      events.attemptStarted();
      Outcome outcome;
      try {
        HttpResponse response = delegate.execute(attempt.request);
        events.responseReceived(response.statusCode());
        if (response.isSuccessful()) {
          return retries == 0 ? response : response.withAttempts(retries + 1);
        }
        outcome = Outcome.of(response);
      } catch (IOException e) {
        outcome = Outcome.of(attempt.reclassify(TransportFailure.classify(e)));
        events.attemptFailed(outcome.failure, outcome.failure.timeoutKind().orElse(null));
      } catch (RuntimeException e) {
        events.attemptFailed(e, null);
        throw e;
      }
      RetryPolicy.Decision decision = decide(request, outcome, retries, deadline);
      if (!decision.retry()) {
        return outcome.finish(retries + 1);
      }
      events.retryScheduled(decision.delay());
      try {
        sleeper.sleep(decision.delay());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return outcome.finish(retries + 1);
      }
    }
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    return executeAsync(request, CallEvents.NONE);
  }

  /**
   * Sends the request with retries without blocking, reporting each attempt to the call's events.
   *
   * @param request the request
   * @param events the call's events
   * @return a future of the final response
   */
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, CallEvents events) {
    return attemptAsync(request, 0, deadlineOf(request), events);
  }

  private CompletableFuture<HttpResponse> attemptAsync(
      HttpRequest request, int retries, @Nullable Instant deadline, CallEvents events) {
    Attempt attempt;
    try {
      attempt = prepare(request, retries, deadline);
    } catch (TransportFailure f) {
      return CompletableFuture.failedFuture(f);
    }
    events.attemptStarted();
    return delegate.executeAsync(attempt.request)
        .handle((response, error) -> {
          Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
          if (cause != null && !(cause instanceof IOException)) {
            events.attemptFailed(cause, null);
            return CompletableFuture.<HttpResponse>failedFuture(cause);
          }
          Outcome outcome;
          if (cause == null) {
            events.responseReceived(response.statusCode());
            outcome = Outcome.of(response);
          } else {
            outcome = Outcome.of(attempt.reclassify(TransportFailure.classify((IOException) cause)));
            events.attemptFailed(outcome.failure, outcome.failure.timeoutKind().orElse(null));
          }
          RetryPolicy.Decision decision = decide(request, outcome, retries, deadline);
          if (!decision.retry()) {
            return outcome.finishAsync(retries + 1);
          }
          events.retryScheduled(decision.delay());
          return sleeper.sleepAsync(decision.delay())
              .thenCompose(ignored -> attemptAsync(request, retries + 1, deadline, events));
        })
        .thenCompose(future -> future);
  }

  private RetryPolicy.Decision decide(HttpRequest request, Outcome outcome, int retries, @Nullable Instant deadline) {
    Duration remaining = deadline == null ? null : Duration.between(clock.instant(), deadline);
    RetryPolicy.Decision decision = outcome.response != null
        ? policy.afterResponse(request, outcome.response, retries, remaining)
        : policy.afterFailure(request, outcome.failure, retries, remaining);
    if (decision.retry() && log.isDebugEnabled()) {
      log.debug("Retrying {} in {} ms (retry {} of {}) after {}", request, decision.delay().toMillis(), retries + 1,
          request.maxRetries(), outcome.describe());
    }
    return decision;
  }

  private Attempt prepare(HttpRequest request, int retries, @Nullable Instant deadline) throws TransportFailure {
    boolean cutByDeadline = false;
    Duration call = null;
    if (deadline != null) {
      call = request.timeouts().call().orElse(Duration.ofMillis(Long.MAX_VALUE));
      Duration remaining = Duration.between(clock.instant(), deadline);
      if (remaining.isNegative() || remaining.isZero()) {
        throw new TransportFailure(request + ": deadline exceeded before the attempt could start", null, false,
            TimeoutKind.DEADLINE, retries);
      }
      if (remaining.compareTo(call) < 0) {
        call = remaining;
        cutByDeadline = true;
      }
    }
    HttpRequest attempt = request;
    String count = retries < COUNTS.length ? COUNTS[retries] : Integer.toString(retries);
    if (!request.headers().has(RETRY_COUNT_HEADER, count)) {
      attempt = request.withHeader(RETRY_COUNT_HEADER, count);
    }
    if (cutByDeadline) {
      attempt = attempt.withTimeouts(Timeouts.builder().call(call).build().mergedOver(request.timeouts()));
      return new Attempt(attempt, true);
    }
    return attempt == request && retries == 0 ? Attempt.plain(request) : new Attempt(attempt, false);
  }

  private Instant deadlineOf(HttpRequest request) {
    Optional<Duration> deadline = request.timeouts().deadline();
    return deadline.isPresent() ? clock.instant().plus(deadline.get()) : null;
  }

  @Override
  public void close() {
    delegate.close();
  }

  /** One attempt's request, and whether its call timeout is really the deadline. */
  private static final class Attempt {
    final HttpRequest request;
    final boolean cutByDeadline;

    Attempt(HttpRequest request, boolean cutByDeadline) {
      this.request = request;
      this.cutByDeadline = cutByDeadline;
    }

    /** The first attempt of a request that needs no change (the common case) still needs a wrapper; keep it cheap. */
    static Attempt plain(HttpRequest request) {
      return new Attempt(request, false);
    }

    TransportFailure reclassify(TransportFailure failure) {
      boolean deadlineHit = cutByDeadline && failure.timeoutKind().orElse(null) == TimeoutKind.CALL;
      return deadlineHit ? failure.withTimeoutKind(TimeoutKind.DEADLINE, failure.attempts()) : failure;
    }
  }

  /** What an attempt produced: a response or a failure. */
  private static final class Outcome {
    final HttpResponse response;
    final TransportFailure failure;

    private Outcome(HttpResponse response, TransportFailure failure) {
      this.response = response;
      this.failure = failure;
    }

    static Outcome of(HttpResponse response) {
      return new Outcome(response, null);
    }

    static Outcome of(TransportFailure failure) {
      return new Outcome(null, failure);
    }

    HttpResponse finish(int attempts) throws TransportFailure {
      if (response != null) {
        return response.withAttempts(attempts);
      }
      throw failure.withAttempts(attempts);
    }

    CompletableFuture<HttpResponse> finishAsync(int attempts) {
      return response != null
          ? CompletableFuture.completedFuture(response.withAttempts(attempts))
          : CompletableFuture.failedFuture(failure.withAttempts(attempts));
    }

    String describe() {
      return response != null ? "HTTP " + response.statusCode() : String.valueOf(failure.getMessage());
    }
  }
}
