package dev.onboardkit.core.internal.retry;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.SdkDefaults;
import dev.onboardkit.core.error.TimeoutKind;
import dev.onboardkit.core.http.HttpRequest;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.error.ErrorShape;
import dev.onboardkit.core.internal.http.TransportFailure;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Decides whether a failed attempt is retried, and after what wait. The whole policy is this class, with
 * {@link OutcomeUnknown} deciding whether the server may have acted:
 *
 * <table>
 *   <caption>What each idempotency is retried on (never beyond the retry budget, {@code maxRetries}, default 2)</caption>
 *   <tr><th>Idempotency</th><th>Used for</th><th>Retried on</th></tr>
 *   <tr><td>{@link Idempotency#IDEMPOTENT}</td><td>reads, updates that set a value</td>
 *       <td>connection failures, timeouts (also while the body is read), 408, 429, 500, 502, 503, 504</td></tr>
 *   <tr><td>{@link Idempotency#NON_IDEMPOTENT}</td><td>POST and PATCH not declared otherwise</td>
 *       <td>not sent; 429; 503 with a retry hint</td></tr>
 *   <tr><td>{@link Idempotency#RETRY_UNSENT_OR_THROTTLED}</td><td>creates</td><td>not sent; 429</td></tr>
 *   <tr><td>{@link Idempotency#RETRY_UNSENT_ONLY}</td><td>sign-ins and hour-scale limits</td><td>not sent</td></tr>
 * </table>
 *
 * <ol>
 *   <li>"Not sent" means the request provably never reached the server: DNS failure, refused connection, connect
 *       timeout, failed TLS handshake. Every operation is retried then. Once a request may have reached the server,
 *       an operation other than {@code IDEMPOTENT} is never repeated after a read timeout, a reset, 500, 502 or 504:
 *       the server may have acted ({@link OutcomeUnknown}).
 *   <li>A 429 means the server refused the request without acting on it, so creates are retried on it like reads,
 *       honouring the wait. Sign-ins are not: their limits are lockouts measured in minutes or hours, reported at once
 *       as a rate-limit exception and never slept on.
 *   <li>A 2xx response whose body broke off (a reset, a stall past the read or call timeout) is the transport failure
 *       that broke it for an {@code IDEMPOTENT} operation, retried as such. For any other operation the status proves
 *       the server acted: the response is kept, and reported as a body that could not be read.
 *   <li>A server's {@code X-Should-Retry: true|false} overrides the status rules for {@code IDEMPOTENT} and
 *       {@code NON_IDEMPOTENT} operations. For creates it can only veto a retry; sign-ins ignore it.
 *   <li>The wait is the server's ({@code Retry-After-Ms}, {@code Retry-After}, or one in the body) when it sent one,
 *       otherwise {@code min(initialBackoff * 2^(n-1), maxBackoff)} (defaults 0.5 s and 8 s, per client and per call)
 *       times a jitter factor in [0.75, 1).
 *   <li>A server wait longer than {@code maxRetryAfter} (default 60 s), or any wait that would cross the deadline,
 *       is not slept: the failure is reported at once (a 429 as a rate-limit exception carrying the wait).
 *   <li>A request whose body holds a stream ({@link HttpRequest#isReplayable()} is false: an upload from an
 *       {@code InputStream}) is sent again only when the first attempt provably never reached the server, whatever
 *       its idempotency: then nothing was read from the stream. After any response, or a failure once sending
 *       started, the stream is spent, so the outcome is reported at once. (The replay after a 401 and the fallback
 *       path do not resend such a request either.)
 * </ol>
 */
public final class RetryPolicy {
  private final Duration maxRetryAfter;
  private final DoubleSupplier jitter;
  private final Clock clock;
  private final ErrorShape errorShape;

  /**
   * Creates the policy.
   *
   * @param maxRetryAfter the longest server-requested wait to sleep through
   * @param jitter returns values in [0, 1); scales the backoff into [0.75, 1) of its nominal value
   * @param clock used for HTTP-date {@code Retry-After} values
   * @param errorShape reads a wait from the API's JSON error bodies
   */
  public RetryPolicy(Duration maxRetryAfter, DoubleSupplier jitter, Clock clock, ErrorShape errorShape) {
    this.maxRetryAfter = maxRetryAfter;
    this.jitter = jitter;
    this.clock = clock;
    this.errorShape = errorShape;
  }

  /**
   * Decides after an attempt that got an error response.
   *
   * @param request the request
   * @param response the response (status outside 2xx)
   * @param retriesSoFar how many retries were already made
   * @param remaining time left before the deadline, or null without one
   * @return the decision
   */
  public Decision afterResponse(
      HttpRequest request, HttpResponse response, int retriesSoFar, @Nullable Duration remaining) {
    if (response.isSuccessful() || retriesSoFar >= request.maxRetries() || !request.isReplayable()) {
      return Decision.STOP;
    }
    if (request.idempotency() == Idempotency.RETRY_UNSENT_ONLY) {
      return Decision.STOP;
    }
    Optional<Boolean> serverSays = shouldRetryHeader(response);
    if (request.idempotency() == Idempotency.RETRY_UNSENT_OR_THROTTLED) {
      serverSays = serverSays.filter(retry -> !retry);
    }
    int status = response.statusCode();
    // Reading the server's wait may mean parsing the body: only do it when the answer could be a retry.
    if (serverSays.isEmpty() && !statusIsRetryable(request.idempotency(), status, true)) {
      return Decision.STOP;
    }
    Optional<Duration> serverWait = RetryAfter.of(response, clock, errorShape);
    boolean retryable = serverSays.orElseGet(
        () -> statusIsRetryable(request.idempotency(), status, serverWait.isPresent()));
    if (!retryable) {
      return Decision.STOP;
    }
    if (serverWait.isPresent() && serverWait.get().compareTo(maxRetryAfter) > 0) {
      return Decision.STOP;
    }
    return waitUnlessPastDeadline(serverWait.orElseGet(() -> backoff(request, retriesSoFar + 1)), remaining);
  }

  /**
   * Decides after an attempt that got no response.
   *
   * @param request the request
   * @param failure the classified failure
   * @param retriesSoFar how many retries were already made
   * @param remaining time left before the deadline, or null without one
   * @return the decision
   */
  public Decision afterFailure(
      HttpRequest request, TransportFailure failure, int retriesSoFar, @Nullable Duration remaining) {
    if (retriesSoFar >= request.maxRetries() || failure.timeoutKind().orElse(null) == TimeoutKind.DEADLINE) {
      return Decision.STOP;
    }
    if (failure.requestSent() && !request.isReplayable()) {
      return Decision.STOP;
    }
    boolean retryable = !OutcomeUnknown.afterFailure(request.idempotency(), failure.requestSent());
    return retryable ? waitUnlessPastDeadline(backoff(request, retriesSoFar + 1), remaining) : Decision.STOP;
  }

  /**
   * Returns the failure a 2xx response stands for when its body broke off (its {@code bodyError} is a
   * {@link TransportFailure}: a timeout or a broken connection) and the operation is {@link Idempotency#IDEMPOTENT}:
   * the caller got nothing and repeating is harmless, so it is retried like any failure of its kind. Empty for every
   * other response: a complete body, a body that is itself corrupt (such as a bad gzip stream), an error status (the
   * status is the answer), or an operation that is not idempotent, for which the 2xx proves the server acted.
   *
   * @param request the request
   * @param response the response
   * @return the failure, if the response stands for one
   */
  public static Optional<TransportFailure> bodyFailureAsTransportFailure(HttpRequest request, HttpResponse response) {
    Optional<IOException> error = response.bodyError();
    if (error.isEmpty() || !(error.get() instanceof TransportFailure) || !response.isSuccessful()
        || request.idempotency() != Idempotency.IDEMPOTENT) {
      return Optional.empty();
    }
    return Optional.of((TransportFailure) error.get());
  }

  /**
   * Returns whether a status may be retried for an operation of this idempotency.
   *
   * @param idempotency the operation's idempotency
   * @param status the HTTP status
   * @param hasRetryHint whether the server sent a wait (Retry-After, Retry-After-Ms or one in the body)
   * @return true if the status rules allow a retry
   */
  public static boolean statusIsRetryable(Idempotency idempotency, int status, boolean hasRetryHint) {
    switch (idempotency) {
      case IDEMPOTENT:
        return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
      case NON_IDEMPOTENT:
        // Only the statuses that refuse work are repeated, and only when the server cannot have acted.
        return (status == 429 || status == 503) && !OutcomeUnknown.afterResponse(idempotency, status, hasRetryHint);
      case RETRY_UNSENT_OR_THROTTLED:
        return status == 429 && !OutcomeUnknown.afterResponse(idempotency, status, hasRetryHint);
      default:
        return false;
    }
  }

  /**
   * Returns the backoff before retry number {@code n}: {@code min(initialBackoff * 2^(n-1), maxBackoff)} of the
   * request, times a jitter factor in [0.75, 1).
   *
   * @param request the request, which carries the initial and maximum backoff
   * @param n the retry number, from 1
   * @return the wait
   */
  public Duration backoff(HttpRequest request, int n) {
    long max = nanos(request.maxBackoff());
    long nominal = Math.min(nanos(request.initialBackoff()), max);
    for (int i = 1; i < n && nominal > 0 && nominal < max; i++) {
      nominal = nominal > max / 2 ? max : nominal * 2;
    }
    double u = Math.min(Math.max(jitter.getAsDouble(), 0.0), Math.nextDown(1.0));
    double factor = SdkDefaults.Retry.MIN_JITTER + (1 - SdkDefaults.Retry.MIN_JITTER) * u;
    return Duration.ofNanos((long) (nominal * factor));
  }

  private static long nanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  private static Decision waitUnlessPastDeadline(Duration wait, @Nullable Duration remaining) {
    if (remaining != null && wait.compareTo(remaining) >= 0) {
      return Decision.STOP;
    }
    return new Decision(true, wait);
  }

  private static Optional<Boolean> shouldRetryHeader(HttpResponse response) {
    return response.headers().first("X-Should-Retry").map(String::strip).flatMap(v ->
        v.equalsIgnoreCase("true") ? Optional.of(true) : v.equalsIgnoreCase("false") ? Optional.of(false)
            : Optional.empty());
  }

  /** The outcome of a decision: stop, or retry after a wait. */
  public static final class Decision {
    /** Do not retry. */
    public static final Decision STOP = new Decision(false, Duration.ZERO);

    private final boolean retry;
    private final Duration delay;

    private Decision(boolean retry, Duration delay) {
      this.retry = retry;
      this.delay = delay;
    }

    /**
     * Returns whether to retry.
     *
     * @return true to retry
     */
    public boolean retry() {
      return retry;
    }

    /**
     * Returns how long to wait before retrying.
     *
     * @return the wait; zero when stopping
     */
    public Duration delay() {
      return delay;
    }

    @Override
    public String toString() {
      return retry ? "retry after " + delay.toMillis() + " ms" : "stop";
    }
  }
}
