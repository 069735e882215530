package dev.onboardkit.testkit;

import java.net.URI;
import java.util.List;

/**
 * What every fake server offers: a loopback base URL, a controllable clock, fault injection and a request log.
 *
 * <p>Implementations are thread-safe. Closing stops the server; it is idempotent.
 */
public interface FakeServer extends AutoCloseable {
  /**
   * Returns the API base URL on a loopback address, to pass to the client's {@code baseUrl} option.
   *
   * @return the base URL, without a trailing slash
   */
  URI baseUrl();

  /**
   * Returns the fake's clock: expiry of codes and tokens and every timestamp the fake writes come from it.
   *
   * @return the clock
   */
  FakeClock clock();

  /**
   * Returns the fault injection rules.
   *
   * @return the rules
   */
  Faults faults();

  /**
   * Returns how many HTTP requests reached the server, including failed and dropped ones.
   *
   * @return the request count
   */
  long requestCount();

  /**
   * Returns the most recent requests (up to 10,000), oldest first, as {@code "METHOD /path -> outcome"}, where the
   * path is relative to the base path (no query string, so no secrets) and the outcome is a status, optionally
   * marked {@code (injected)}, or a drop. A connection closed by {@link Faults#dropBeforeRequest(int)} before its
   * request was read is logged as {@code "CONNECTION - -> closed before reading the request"}.
   *
   * @return a snapshot of the log
   */
  List<String> requestLog();

  /** Stops the server. Idempotent; never throws. */
  @Override
  void close();
}
