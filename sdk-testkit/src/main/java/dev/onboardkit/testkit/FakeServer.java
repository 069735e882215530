package dev.onboardkit.testkit;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

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
   * Returns the fake's clock: expiry of codes and tokens and every timestamp the fake writes come from it. A fake
   * started without a clock follows the system clock ({@link FakeClock#tracking()}), so clients and webhook verifiers
   * on the system clock agree with it; advancing this clock moves the fake's time ahead of theirs.
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

  /**
   * Returns the most recent exchanges (up to 100,000), in the order the fake recorded them: every request with its
   * method, path, query and headers (credential values masked), whether it was processed, the status answered and
   * the faults injected. A request is recorded once the fake has decided its outcome (and changed its state), before
   * any response delay.
   *
   * @return a snapshot
   */
  List<Exchange> exchanges();

  /**
   * Waits until at least {@code count} exchanges have been recorded since the fake started, for example to be sure
   * the fake has processed a request whose client gave up early (a read timeout during a delayed response).
   *
   * @param count how many exchanges to wait for
   * @param timeout the longest wait
   * @return true when reached, false if the timeout passed first
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  boolean awaitExchanges(long count, Duration timeout) throws InterruptedException;

  /**
   * Returns every secret value this fake has issued or been given (up to 200,000, most recent kept), for tests that
   * scan logs, exception messages and {@code toString()} output for leaks. For Klara: API keys (the whole key and its
   * secret half), pre-auth codes of applications and RFI requests (superseded ones too) and webhook secrets. For
   * Didit: account passwords, emailed verification codes, access and refresh tokens, two-factor temporary tokens and
   * application api keys. TOTP codes are not included (see the Didit fake's {@code currentTotp}).
   *
   * @return a snapshot, oldest first
   */
  Set<String> issuedSecrets();

  /** Stops the server. Idempotent; never throws. */
  @Override
  void close();
}
