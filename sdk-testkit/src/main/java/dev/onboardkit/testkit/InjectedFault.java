package dev.onboardkit.testkit;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.FakeResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link FaultDecider} does to one request. Each fault says whether the fake processes the request first (its
 * state changes) and what the client then gets:
 *
 * <ul>
 *   <li>{@link #failInstead(int, String)}: a canned response; the request is <em>not</em> processed;
 *   <li>{@link #dropBeforeProcessing()}: the connection is shut down without a response; not processed;
 *   <li>{@link #dropAfterProcessing()}: processed, then the connection is shut down without a response;
 *   <li>{@link #failAfterProcessing(int, String)}: processed, then a canned response replaces the real one (a gateway
 *       answering 502 after the backend acted);
 *   <li>{@link #delayAfterProcessing(Duration)}: processed, then the real response headers are held back (a client
 *       with a shorter read timeout times out although the operation happened).
 * </ul>
 *
 * <p>Canned responses are sent with {@code Content-Type: application/json} unless the headers name another content
 * type. Immutable and thread-safe.
 */
public final class InjectedFault {
  private static final InjectedFault DROP_BEFORE =
      new InjectedFault(Exchange.Fault.DROP_BEFORE_PROCESSING, 0, "", Map.of(), null);
  private static final InjectedFault DROP_AFTER =
      new InjectedFault(Exchange.Fault.DROP_AFTER_PROCESSING, 0, "", Map.of(), null);

  private final Exchange.Fault kind;
  private final int status;
  private final String body;
  private final Map<String, String> headers;
  private final @Nullable Duration delay;

  private InjectedFault(
      Exchange.Fault kind, int status, String body, Map<String, String> headers, @Nullable Duration delay) {
    this.kind = kind;
    this.status = status;
    this.body = body;
    this.headers = headers;
    this.delay = delay;
  }

  /**
   * Answers with a canned response instead of processing the request.
   *
   * @param status the HTTP status, 100 to 599
   * @param body the response body, sent as is (may be empty)
   * @return the fault
   */
  public static InjectedFault failInstead(int status, String body) {
    return failInstead(status, body, Map.of());
  }

  /**
   * Answers with a canned response and extra headers (such as {@code Retry-After}) instead of processing the request.
   *
   * @param status the HTTP status, 100 to 599
   * @param body the response body, sent as is (may be empty)
   * @param headers extra response headers; a {@code Content-Type} entry replaces the JSON default
   * @return the fault
   */
  public static InjectedFault failInstead(int status, String body, Map<String, String> headers) {
    return canned(Exchange.Fault.FAIL, status, body, headers);
  }

  /**
   * Shuts the connection down after reading the request, without processing it: the client gets an I/O error after
   * it sent the request, and nothing changed on the fake.
   *
   * @return the fault
   */
  public static InjectedFault dropBeforeProcessing() {
    return DROP_BEFORE;
  }

  /**
   * Processes the request, then shuts the connection down without a response: the operation happened but the client
   * gets an I/O error.
   *
   * @return the fault
   */
  public static InjectedFault dropAfterProcessing() {
    return DROP_AFTER;
  }

  /**
   * Processes the request, then answers with a canned response instead of the real one.
   *
   * @param status the HTTP status, 100 to 599
   * @param body the response body, sent as is (may be empty)
   * @return the fault
   */
  public static InjectedFault failAfterProcessing(int status, String body) {
    return failAfterProcessing(status, body, Map.of());
  }

  /**
   * Processes the request, then answers with a canned response and extra headers instead of the real one.
   *
   * @param status the HTTP status, 100 to 599
   * @param body the response body, sent as is (may be empty)
   * @param headers extra response headers; a {@code Content-Type} entry replaces the JSON default
   * @return the fault
   */
  public static InjectedFault failAfterProcessing(int status, String body, Map<String, String> headers) {
    return canned(Exchange.Fault.FAIL_AFTER_PROCESSING, status, body, headers);
  }

  /**
   * Processes the request, then holds the real response headers back for {@code delay}.
   *
   * @param delay how long to wait before the response headers; not negative
   * @return the fault
   */
  public static InjectedFault delayAfterProcessing(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    return new InjectedFault(Exchange.Fault.DELAY, 0, "", Map.of(), delay);
  }

  private static InjectedFault canned(Exchange.Fault kind, int status, String body, Map<String, String> headers) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be between 100 and 599");
    }
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(headers, "headers");
    return new InjectedFault(kind, status, body, FakeResponse.withJsonContentType(headers), null);
  }

  /**
   * Returns which fault this is, as recorded in {@link Exchange#faults()}.
   *
   * @return the kind
   */
  public Exchange.Fault kind() {
    return kind;
  }

  /**
   * Returns whether the fake processes the request (and changes its state) before the fault applies.
   *
   * @return true for the after-processing faults and the delay
   */
  public boolean processesRequest() {
    return kind != Exchange.Fault.FAIL && kind != Exchange.Fault.DROP_BEFORE_PROCESSING;
  }

  /**
   * Returns the canned status.
   *
   * @return the status, or 0 for faults without a canned response
   */
  public int status() {
    return status;
  }

  /**
   * Returns the canned body.
   *
   * @return the body; empty for faults without a canned response
   */
  public String body() {
    return body;
  }

  /**
   * Returns the canned response headers, including the content type.
   *
   * @return the headers; empty for faults without a canned response
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns the response delay.
   *
   * @return the delay of {@link #delayAfterProcessing(Duration)}; empty otherwise
   */
  public Optional<Duration> delay() {
    return Optional.ofNullable(delay);
  }

  @Override
  public String toString() {
    return kind + (status != 0 ? " " + status : "") + (delay != null ? " " + delay.toMillis() + " ms" : "");
  }
}
