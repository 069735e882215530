package dev.onboardkit.testkit;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What every fake server shares: the loopback listener and its base URL, the clock, fault injection, the request log
 * and exchange record, the issued secrets and closing. {@code FakeKlaraServer} and {@code FakeDiditServer} extend it
 * and add their vendor's state and test-side operations.
 *
 * <p>Every {@link FakeServer} method is answered by the running server given to the constructor; the testkit's fakes
 * pass their in-process HTTP server.
 */
public abstract class AbstractFakeServer implements FakeServer {
  private final FakeServer running;

  /**
   * Creates a fake around a running server.
   *
   * @param running the running server, which answers every {@link FakeServer} method of this fake
   */
  protected AbstractFakeServer(FakeServer running) {
    this.running = Objects.requireNonNull(running, "running");
  }

  /**
   * Returns the API base URL on {@code 127.0.0.1}, such as {@code http://127.0.0.1:<port>/api/external} for Klara or
   * {@code http://127.0.0.1:<port>/auth/v2} for Didit.
   *
   * @return the base URL, without a trailing slash
   */
  @Override
  public final URI baseUrl() {
    return running.baseUrl();
  }

  @Override
  public final FakeClock clock() {
    return running.clock();
  }

  @Override
  public final Faults faults() {
    return running.faults();
  }

  @Override
  public final long requestCount() {
    return running.requestCount();
  }

  @Override
  public final List<String> requestLog() {
    return running.requestLog();
  }

  @Override
  public final List<Exchange> exchanges() {
    return running.exchanges();
  }

  @Override
  public final boolean awaitExchanges(long count, Duration timeout) throws InterruptedException {
    return running.awaitExchanges(count, timeout);
  }

  @Override
  public final Set<String> issuedSecrets() {
    return running.issuedSecrets();
  }

  @Override
  public final void close() {
    running.close();
  }

  /** Returns {@code "<fake's class name>[<base URL>]"}, such as {@code FakeKlaraServer[http://127.0.0.1:...]}. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + baseUrl() + "]";
  }
}
