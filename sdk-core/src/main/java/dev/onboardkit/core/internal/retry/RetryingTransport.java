package dev.onboardkit.core.internal.retry;

import dev.onboardkit.core.retry.Sleeper;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Timeouts;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.error.TimeoutKind;
import dev.onboardkit.core.http.HttpRequest;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.http.HttpTransport;
import dev.onboardkit.core.internal.event.CallEvents;
import dev.onboardkit.core.internal.http.CallFuture;
import dev.onboardkit.core.internal.http.TransportFailure;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>A 2xx response whose body broke off is the transport failure it really is (see {@link RetryPolicy}).
 *
 * <p>Cancelling the future of an async call cancels the attempt in flight or the wait before the next one, and no
 * further attempt starts. After {@link #close()} no attempt starts either: a call that would retry fails instead with
 * the exception of {@link #closedDuringCall(int)}; an attempt in flight runs to its end under all its timeouts.
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
  /** The waits of async calls before their next attempt, cut short by {@link #close()}. */
  private final Set<CompletableFuture<Void>> waiting = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

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
      if (retries > 0 && closed) {
        throw closedDuringCall(retries);
      }
      Attempt attempt = prepare(request, retries, deadline);
      events.attemptStarted();
      Outcome outcome;
      try {
        outcome = attempt.outcomeOf(delegate.execute(attempt.request));
        outcome.report(events);
        if (outcome.isSuccess()) {
          return retries == 0 ? outcome.response : outcome.response.withAttempts(retries + 1);
        }
      } catch (IOException e) {
        outcome = Outcome.of(attempt.reclassify(TransportFailure.classify(e)));
        outcome.report(events);
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
    AsyncCall call = new AsyncCall(request, deadlineOf(request), events);
    call.attempt(0);
    return call.result;
  }

  /** One async call: its attempts and the waits between them, all stopped by cancelling {@link #result}. */
  private final class AsyncCall {
    final HttpRequest request;
    final @Nullable Instant deadline;
    final CallEvents events;
    final CallFuture<HttpResponse> result = new CallFuture<>();

    AsyncCall(HttpRequest request, @Nullable Instant deadline, CallEvents events) {
      this.request = request;
      this.deadline = deadline;
      this.events = events;
    }

    void attempt(int retries) {
      if (result.isDone()) {
        return;
      }
      if (retries > 0 && closed) {
        result.completeExceptionally(closedDuringCall(retries));
        return;
      }
      Attempt attempt;
      CompletableFuture<HttpResponse> sent;
      try {
        attempt = prepare(request, retries, deadline);
        events.attemptStarted();
        sent = delegate.executeAsync(attempt.request);
      } catch (TransportFailure | RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
      result.waitFor(sent).whenComplete((response, error) -> attempted(attempt, retries, response, error));
    }

    void attempted(Attempt attempt, int retries, @Nullable HttpResponse response, @Nullable Throwable error) {
      if (result.isDone()) {
        return;
      }
      Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
      if (cause != null && !(cause instanceof IOException)) {
        events.attemptFailed(cause, null);
        result.completeExceptionally(cause);
        return;
      }
      Outcome outcome;
      try {
        outcome = cause == null
            ? attempt.outcomeOf(response)
            : Outcome.of(attempt.reclassify(TransportFailure.classify((IOException) cause)));
        outcome.report(events);
        if (outcome.isSuccess()) {
          result.complete(retries == 0 ? outcome.response : outcome.response.withAttempts(retries + 1));
          return;
        }
        RetryPolicy.Decision decision = decide(request, outcome, retries, deadline);
        if (!decision.retry()) {
          outcome.finishInto(result, retries + 1);
          return;
        }
        events.retryScheduled(decision.delay());
        CompletableFuture<Void> sleep = result.waitFor(sleeper.sleepAsync(decision.delay()));
        waiting.add(sleep);
        if (closed) {
          sleep.cancel(false);
        }
        sleep.whenComplete((ignored, slept) -> {
          waiting.remove(sleep);
          if (slept == null || closed) {
            attempt(retries + 1);
          } else if (!result.isDone()) {
            outcome.finishInto(result, retries + 1);
          }
        });
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    }
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
      return new Attempt(request, attempt, true);
    }
    return new Attempt(request, attempt, false);
  }

  private Instant deadlineOf(HttpRequest request) {
    Optional<Duration> deadline = request.timeouts().deadline();
    return deadline.isPresent() ? clock.instant().plus(deadline.get()) : null;
  }

  /**
   * Returns the exception a call fails with when this transport was closed while the call waited to retry.
   *
   * @param attempts how many attempts the call made
   * @return the exception
   */
  static OnboardKitException closedDuringCall(int attempts) {
    return new OnboardKitException("This client has been closed; the call stopped after " + attempts
        + (attempts == 1 ? " attempt" : " attempts") + " instead of retrying", null);
  }

  /**
   * Stops retrying: from now on no call of this transport starts another attempt. Async calls waiting to retry fail
   * at once, blocking ones when their wait ends; attempts in flight run to their end under all their timeouts. The
   * delegate is not closed; its owner closes it.
   */
  @Override
  public void close() {
    closed = true;
    for (CompletableFuture<Void> sleep : waiting) {
      sleep.cancel(false);
    }
  }

  /** One attempt's request, and whether its call timeout is really the deadline. */
  private static final class Attempt {
    final HttpRequest original;
    final HttpRequest request;
    final boolean cutByDeadline;

    Attempt(HttpRequest original, HttpRequest request, boolean cutByDeadline) {
      this.original = original;
      this.request = request;
      this.cutByDeadline = cutByDeadline;
    }

    TransportFailure reclassify(TransportFailure failure) {
      boolean deadlineHit = cutByDeadline && failure.timeoutKind().orElse(null) == TimeoutKind.CALL;
      return deadlineHit ? failure.withTimeoutKind(TimeoutKind.DEADLINE, failure.attempts()) : failure;
    }

    /** A response whose body broke off counts as the failure that broke it, when the policy says so. */
    Outcome outcomeOf(HttpResponse response) {
      Optional<TransportFailure> broken = RetryPolicy.bodyFailureAsTransportFailure(original, response);
      return broken.isPresent() ? Outcome.of(reclassify(broken.get())) : Outcome.of(response);
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

    boolean isSuccess() {
      return response != null && response.isSuccessful();
    }

    /** Tells the call's events what this attempt produced: a response, or the failure it really was. */
    void report(CallEvents events) {
      if (failure != null) {
        events.attemptFailed(failure, failure.timeoutKind().orElse(null));
      } else {
        events.responseReceived(response.statusCode());
      }
    }

    HttpResponse finish(int attempts) throws TransportFailure {
      if (response != null) {
        return response.withAttempts(attempts);
      }
      throw failure.withAttempts(attempts);
    }

    void finishInto(CompletableFuture<HttpResponse> result, int attempts) {
      if (response != null) {
        result.complete(response.withAttempts(attempts));
      } else {
        result.completeExceptionally(failure.withAttempts(attempts));
      }
    }

    String describe() {
      return response != null ? "HTTP " + response.statusCode() : String.valueOf(failure.getMessage());
    }
  }
}
