package dev.onboardkit.testkit.internal;

import dev.onboardkit.testkit.Exchange;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.FakeServer;
import dev.onboardkit.testkit.Faults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import mockwebserver3.MockWebServer;

/**
 * A running fake server: a MockWebServer on {@code 127.0.0.1} whose {@link FaultingDispatcher} applies the fault rules
 * around a fake's {@link FakeHandler} and records every request in a {@link RequestJournal}. The vendor fakes extend
 * {@link dev.onboardkit.testkit.AbstractFakeServer} around one of these. Not API.
 */
public final class FakeHttpServer implements FakeServer {
  /**
   * Largest request body accepted by default: 1 MiB. Larger bodies are answered with 413 and never buffered whole.
   */
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  private final MockWebServer server = new MockWebServer();
  private final FakeClock clock;
  private final SecretLedger secrets;
  private final FaultRules faults = new FaultRules();
  private final RequestJournal journal = new RequestJournal();
  private final URI baseUrl;

  private FakeHttpServer(FakeClock clock, String basePath, FakeHandler handler, FakeHandler notFound,
      SecretLedger secrets, long maxBodyBytes) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    server.setBodyLimit(maxBodyBytes + 1L);
    server.setServerSocketFactory(new LoopbackServerSockets());
    server.setDispatcher(new FaultingDispatcher(server, basePath, handler, notFound, faults, journal, maxBodyBytes));
    try {
      server.start(InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1}), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake server on 127.0.0.1", e);
    }
    this.baseUrl = URI.create("http://127.0.0.1:" + server.getPort() + basePath);
  }

  /**
   * Starts a server on an ephemeral loopback port.
   *
   * @param clock the fake's clock
   * @param basePath the API base path, such as {@code /api/external}
   * @param handler handles requests under the base path
   * @param notFound answers requests outside the base path
   * @param secrets the secrets the fake issues, for {@link #issuedSecrets()}
   * @return the started server
   */
  public static FakeHttpServer start(FakeClock clock, String basePath, FakeHandler handler, FakeHandler notFound,
      SecretLedger secrets) {
    return start(clock, basePath, handler, notFound, secrets, MAX_BODY_BYTES);
  }

  /**
   * Starts a server on an ephemeral loopback port that accepts request bodies up to {@code maxBodyBytes}, for APIs
   * that take file uploads (its handlers check each route's own limit with {@link FakeRequest#bodySize()}).
   *
   * @param clock the fake's clock
   * @param basePath the API base path, such as {@code /v3}
   * @param handler handles requests under the base path
   * @param notFound answers requests outside the base path
   * @param secrets the secrets the fake issues, for {@link #issuedSecrets()}
   * @param maxBodyBytes the largest request body accepted; larger ones are answered with 413
   * @return the started server
   */
  public static FakeHttpServer start(FakeClock clock, String basePath, FakeHandler handler, FakeHandler notFound,
      SecretLedger secrets, long maxBodyBytes) {
    return new FakeHttpServer(clock, basePath, handler, notFound, secrets, maxBodyBytes);
  }

  @Override
  public URI baseUrl() {
    return baseUrl;
  }

  @Override
  public FakeClock clock() {
    return clock;
  }

  @Override
  public Faults faults() {
    return faults;
  }

  @Override
  public long requestCount() {
    return journal.requestCount();
  }

  @Override
  public List<String> requestLog() {
    return journal.requestLog();
  }

  @Override
  public List<Exchange> exchanges() {
    return journal.exchanges();
  }

  @Override
  public boolean awaitExchanges(long count, Duration timeout) throws InterruptedException {
    return journal.awaitExchanges(count, Objects.requireNonNull(timeout, "timeout"));
  }

  @Override
  public Set<String> issuedSecrets() {
    return secrets.snapshot();
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (RuntimeException | AssertionError e) {
      // Closing must not fail a test's teardown (MockWebServer gives up on stuck handlers after 5 s).
    }
  }

  @Override
  public String toString() {
    return "FakeHttpServer[" + baseUrl + "]";
  }
}
