package dev.onboardkit.testkit;

import dev.onboardkit.core.Nullable;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One request a fake server received and what it did with it: the request (with credential headers masked), whether
 * the fake processed it (so its state may have changed), the status it answered (none when the connection was
 * dropped), and which faults were injected. Returned by {@link FakeServer#exchanges()}.
 *
 * <p>With a call-id header of the test's own ({@code RequestOptions.builder().header("X-Test-Call", id)}) and the
 * SDK's {@code X-Retry-Count}, the exchanges tell exactly how many attempts each call made and which ones were
 * faulted. Immutable and thread-safe.
 */
public final class Exchange {
  /** A fault applied to a request. */
  public enum Fault {
    /**
     * The connection was closed before the request was processed ({@link Faults#dropBeforeRequest(int)},
     * {@link InjectedFault#dropBeforeProcessing()}): nothing changed, no response.
     */
    DROP_BEFORE_PROCESSING,
    /**
     * A canned response was sent instead of processing the request ({@link Faults#failNext(int, RequestMatcher, int,
     * String)}, {@link Faults#failRandomly(double, long, RequestMatcher, int, String)},
     * {@link InjectedFault#failInstead(int, String)}).
     */
    FAIL,
    /**
     * The request was processed, then the connection was shut down without a response
     * ({@link Faults#dropAfterProcessing(int, RequestMatcher)}, {@link InjectedFault#dropAfterProcessing()}).
     */
    DROP_AFTER_PROCESSING,
    /**
     * The request was processed, then a canned response replaced the real one
     * ({@link Faults#failAfterProcessing(int, RequestMatcher, int, String)},
     * {@link InjectedFault#failAfterProcessing(int, String)}).
     */
    FAIL_AFTER_PROCESSING,
    /**
     * The response headers were held back ({@link Faults#delayNext(int, RequestMatcher, Duration)},
     * {@link InjectedFault#delayAfterProcessing(Duration)}).
     */
    DELAY
  }

  private final long sequence;
  private final IncomingRequest request;
  private final boolean processed;
  private final int status;
  private final Set<Fault> faults;
  private final @Nullable Duration delay;

  /**
   * Creates an exchange. The fakes create these; the constructor is public for tests of code that reads exchanges.
   *
   * @param sequence the 1-based arrival number at the fake
   * @param request the request
   * @param processed whether the fake processed the request (its state may have changed)
   * @param status the status answered, or -1 when no response was sent
   * @param faults the faults applied
   * @param delay the response delay, or null for none
   */
  public Exchange(long sequence, IncomingRequest request, boolean processed, int status, Set<Fault> faults,
      @Nullable Duration delay) {
    this.sequence = sequence;
    this.request = Objects.requireNonNull(request, "request");
    this.processed = processed;
    this.status = status;
    this.faults = faults.isEmpty()
        ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(Objects.requireNonNull(faults)));
    this.delay = delay;
  }

  /**
   * Returns the arrival number: 1 for the first request the fake received, in the order the fake started handling
   * them.
   *
   * @return the sequence number
   */
  public long sequence() {
    return sequence;
  }

  /**
   * Returns the request. A connection closed by {@link Faults#dropBeforeRequest(int)} before its request was read
   * is recorded with method {@code CONNECTION} and path {@code -}.
   *
   * @return the request
   */
  public IncomingRequest request() {
    return request;
  }

  /**
   * Returns the request method; a shortcut for {@code request().method()}.
   *
   * @return the method
   */
  public String method() {
    return request.method();
  }

  /**
   * Returns the encoded path relative to the base path; a shortcut for {@code request().path()}.
   *
   * @return the path
   */
  public String path() {
    return request.path();
  }

  /**
   * Returns a request header (credential values masked); a shortcut for {@code request().header(name)}.
   *
   * @param name the header name, in any case
   * @return the value, if sent
   */
  public Optional<String> header(String name) {
    return request.header(name);
  }

  /**
   * Returns whether the fake processed the request, so its state may have changed (a create created).
   *
   * @return true if the request reached the fake's logic
   */
  public boolean processed() {
    return processed;
  }

  /**
   * Returns the status the fake answered with.
   *
   * @return the status; empty when the connection was dropped without a response
   */
  public OptionalInt status() {
    return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /**
   * Returns the faults applied to this request.
   *
   * @return the faults; empty for a normal exchange
   */
  public Set<Fault> faults() {
    return faults;
  }

  /**
   * Returns whether any fault was applied.
   *
   * @return true if {@link #faults()} is not empty
   */
  public boolean faultInjected() {
    return !faults.isEmpty();
  }

  /**
   * Returns how long the response headers were held back.
   *
   * @return the delay, if one was applied
   */
  public Optional<Duration> delay() {
    return Optional.ofNullable(delay);
  }

  /** Returns a one-line summary such as {@code #12 GET /applications/x -> 503 [FAIL]}. */
  @Override
  public String toString() {
    return "#" + sequence + " " + request + " -> " + (status < 0 ? "no response" : String.valueOf(status))
        + (processed ? "" : " (not processed)")
        + (faults.isEmpty() ? "" : " " + faults.stream().map(Enum::name).collect(Collectors.joining(",", "[", "]")));
  }
}
