package dev.onboardkit.testkit;

import java.time.Duration;
import java.util.Map;

/**
 * Fault injection for a fake server: the same on {@code FakeKlaraServer} and {@code FakeDiditServer}.
 *
 * <p>Every rule applies to a number of matching requests and counts down atomically, so concurrent clients consume
 * exactly {@code n} faults between them. Rules are evaluated per request in this order:
 *
 * <ol>
 *   <li>{@link #dropBeforeRequest(int)}: the connection is closed before the request is processed; nothing changes;
 *   <li>{@link #decideWith(RequestMatcher, FaultDecider)}: the first matching decider that returns a fault decides
 *       this request alone, and the rules below are neither consulted nor consumed for it;
 *   <li>{@link #failNext(int, RequestMatcher, int, String)} (first matching rule with budget left), then
 *       {@link #failRandomly(double, long, RequestMatcher, int, String)}: the canned error is returned and the request
 *       is <em>not</em> processed;
 *   <li>the request is processed normally (state changes, counters increase);
 *   <li>{@link #dropAfterProcessing(int, RequestMatcher)}: the connection is shut down and no response is written;
 *       otherwise {@link #failAfterProcessing(int, RequestMatcher, int, String)}: the canned error replaces the real
 *       response;
 *   <li>{@link #delayNext(int, RequestMatcher, Duration)}: the response headers (normal or canned error) are held back
 *       for the duration; the delay is a socket-level delay in the server, the fake's state is already updated.
 * </ol>
 *
 * <p>Every request, faulted or not, is recorded as an {@link Exchange} ({@link FakeServer#exchanges()}).
 *
 * <p>Clients must not retry silently on a dropped connection for the drop faults to be visible: configure a plain
 * OkHttp client with {@code retryOnConnectionFailure(false)} (the OnboardKit transport already does).
 *
 * <p>All methods are thread-safe and return {@code this} for chaining.
 */
public interface Faults {
  /**
   * Answers the next {@code n} matching requests with a canned response instead of processing them. The body is sent
   * with {@code Content-Type: application/json}.
   *
   * @param n how many requests to fail; at least 1
   * @param matcher which requests
   * @param status the HTTP status, 100 to 599
   * @param jsonBody the response body, sent as is (may be empty)
   * @return this
   */
  Faults failNext(int n, RequestMatcher matcher, int status, String jsonBody);

  /**
   * Like {@link #failNext(int, RequestMatcher, int, String)}, with extra response headers such as
   * {@code Retry-After}. A {@code Content-Type} entry replaces the JSON default (to simulate, say, an HTML error page
   * from a proxy).
   *
   * @param n how many requests to fail; at least 1
   * @param matcher which requests
   * @param status the HTTP status, 100 to 599
   * @param body the response body, sent as is (may be empty)
   * @param headers extra response headers
   * @return this
   */
  Faults failNext(int n, RequestMatcher matcher, int status, String body, Map<String, String> headers);

  /**
   * Holds back the response headers of the next {@code n} matching requests. The request is processed first, so a
   * client that times out has still changed the fake's state.
   *
   * @param n how many responses to delay; at least 1
   * @param matcher which requests
   * @param delay how long to wait before the response headers; not negative
   * @return this
   */
  Faults delayNext(int n, RequestMatcher matcher, Duration delay);

  /**
   * Closes the next {@code n} connections (or, on a reused keep-alive connection, the connection carrying the next
   * request) before the request is processed. Nothing changes in the fake and the client gets an I/O error.
   *
   * @param n how many requests or connections to drop; at least 1
   * @return this
   */
  Faults dropBeforeRequest(int n);

  /**
   * Processes the next {@code n} matching requests (state changes and counters increase) and then shuts the connection
   * down without writing a response: the client sees an I/O error although the operation happened.
   *
   * @param n how many requests; at least 1
   * @param matcher which requests
   * @return this
   */
  Faults dropAfterProcessing(int n, RequestMatcher matcher);

  /**
   * Processes the next {@code n} matching requests (state changes and counters increase) and then answers with a
   * canned response instead of the real one, as a gateway answering 502 after the backend acted would. The body is
   * sent with {@code Content-Type: application/json}.
   *
   * @param n how many requests; at least 1
   * @param matcher which requests
   * @param status the HTTP status, 100 to 599
   * @param jsonBody the response body, sent as is (may be empty)
   * @return this
   */
  Faults failAfterProcessing(int n, RequestMatcher matcher, int status, String jsonBody);

  /**
   * Like {@link #failAfterProcessing(int, RequestMatcher, int, String)}, with extra response headers. A
   * {@code Content-Type} entry replaces the JSON default.
   *
   * @param n how many requests; at least 1
   * @param matcher which requests
   * @param status the HTTP status, 100 to 599
   * @param body the response body, sent as is (may be empty)
   * @param headers extra response headers
   * @return this
   */
  Faults failAfterProcessing(int n, RequestMatcher matcher, int status, String body, Map<String, String> headers);

  /**
   * Lets {@code decider} choose the fault of every matching request from the request itself (its path, headers such
   * as {@code X-Retry-Count} or a test's call-id header). Deciders are tried in the order they were added; the first
   * that returns a fault decides the request, and the counted and random rules are then neither consulted nor
   * consumed for it. A decider returning null lets the request through to the other rules. Stays active until
   * {@link #clear()}; each fault it injects counts in {@link #appliedCount()}.
   *
   * @param matcher which requests to ask the decider about
   * @param decider chooses the fault; thread-safe
   * @return this
   */
  Faults decideWith(RequestMatcher matcher, FaultDecider decider);

  /**
   * Fails a random fraction of matching requests (for load and chaos tests). Decisions come from a
   * {@link java.util.Random} seeded with {@code seed}, drawn once per matching request in arrival order, so a
   * sequential client sees a reproducible pattern. Stays active until {@link #clear()}.
   *
   * @param rate the probability of failing a request, 0.0 to 1.0
   * @param seed the random seed
   * @param matcher which requests
   * @param status the HTTP status to return
   * @param jsonBody the response body
   * @return this
   */
  Faults failRandomly(double rate, long seed, RequestMatcher matcher, int status, String jsonBody);

  /**
   * Removes every rule, including deciders and pending drop reservations.
   */
  void clear();

  /**
   * Returns how many faults have been applied so far (each failed, delayed or dropped request counts once per rule
   * that fired).
   *
   * @return the number of applied faults
   */
  int appliedCount();

  /**
   * Returns how many fault applications are still pending for the counted rules ({@code failNext},
   * {@code delayNext}, {@code dropBeforeRequest}, {@code dropAfterProcessing}, {@code failAfterProcessing}); random
   * failures and deciders are not counted.
   *
   * @return the remaining budget
   */
  int remaining();
}
