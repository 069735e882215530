package dev.onboardkit.testkit.internal;

import dev.onboardkit.testkit.Exchange;
import dev.onboardkit.testkit.IncomingRequest;
import dev.onboardkit.testkit.InjectedFault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import okio.ByteString;

/**
 * A MockWebServer on {@code 127.0.0.1} with a dispatcher that applies {@link FaultRules} around a {@link FakeHandler}.
 * Not API.
 */
public final class FakeHttpServer implements AutoCloseable {
  /** Largest request body accepted: 1 MiB. Larger bodies are answered with 413 and never buffered whole. */
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  private static final int LOG_CAPACITY = 10_000;
  /** Most exchanges kept; older ones are forgotten (the count of recorded exchanges keeps growing). */
  public static final int EXCHANGE_CAPACITY = 100_000;
  private static final MockResponse SHUTDOWN =
      new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
  private static final MockResponse DROP_AT_START = new MockResponse.Builder()
      .onRequestStart(new SocketEffect.CloseSocket(true, false, false))
      .build();
  private static final MockResponse NORMAL = new MockResponse.Builder().build();

  private final MockWebServer server = new MockWebServer();
  private final String basePath;
  private final List<String> baseSegments;
  private final FakeHandler handler;
  private final Function<FakeRequest, FakeResponse> notFound;
  private final FaultRules faults = new FaultRules();
  private final AtomicLong requestCount = new AtomicLong();
  private final Deque<String> log = new ArrayDeque<>();
  private final Deque<Exchange> exchanges = new ArrayDeque<>();
  private long exchangesRecorded;
  private final URI baseUrl;

  private FakeHttpServer(String basePath, FakeHandler handler, Function<FakeRequest, FakeResponse> notFound) {
    this.basePath = basePath;
    this.baseSegments = List.of(basePath.substring(1).split("/"));
    this.handler = handler;
    this.notFound = notFound;
    server.setBodyLimit(MAX_BODY_BYTES + 1L);
    server.setServerSocketFactory(new LoopbackServerSockets());
    server.setDispatcher(new FaultingDispatcher());
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
   * @param basePath the API base path, such as {@code /api/external}
   * @param handler handles requests under the base path
   * @param notFound answers requests outside the base path
   * @return the started server
   */
  public static FakeHttpServer start(
      String basePath, FakeHandler handler, Function<FakeRequest, FakeResponse> notFound) {
    return new FakeHttpServer(basePath, handler, notFound);
  }

  /**
   * Returns the base URL, such as {@code http://127.0.0.1:54321/api/external}.
   *
   * @return the base URL
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the fault rules.
   *
   * @return the rules
   */
  public FaultRules faults() {
    return faults;
  }

  /**
   * Returns how many requests the server has received (including dropped ones).
   *
   * @return the count
   */
  public long requestCount() {
    return requestCount.get();
  }

  /**
   * Returns the most recent requests (up to 10,000), oldest first, as {@code "METHOD /relative/path -> outcome"}.
   *
   * @return a snapshot of the log
   */
  public List<String> requestLog() {
    synchronized (log) {
      return new ArrayList<>(log);
    }
  }

  /**
   * Returns the most recent exchanges (up to {@value #EXCHANGE_CAPACITY}), in the order they were recorded.
   *
   * @return a snapshot
   */
  public List<Exchange> exchanges() {
    synchronized (exchanges) {
      return new ArrayList<>(exchanges);
    }
  }

  /**
   * Waits until at least {@code count} exchanges have been recorded in total.
   *
   * @param count the number to wait for
   * @param timeout the longest wait
   * @return true if reached, false on timeout
   * @throws InterruptedException if interrupted while waiting
   */
  public boolean awaitExchanges(long count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (exchanges) {
      while (exchangesRecorded < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(exchanges, left);
      }
      return true;
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (RuntimeException | AssertionError e) {
      // Closing must not fail a test's teardown (MockWebServer gives up on stuck handlers after 5 s).
    }
  }

  private void record(String method, String path, String outcome) {
    synchronized (log) {
      if (log.size() == LOG_CAPACITY) {
        log.removeFirst();
      }
      log.addLast(method + " " + path + " -> " + outcome);
    }
  }

  private void exchange(long sequence, IncomingRequest request, boolean processed, int status, Set<Exchange.Fault> faults,
      Duration delay) {
    Exchange e = new Exchange(sequence, request, processed, status, faults, delay);
    synchronized (exchanges) {
      if (exchanges.size() == EXCHANGE_CAPACITY) {
        exchanges.removeFirst();
      }
      exchanges.addLast(e);
      exchangesRecorded++;
      exchanges.notifyAll();
    }
  }

  private static IncomingRequest incoming(RecordedRequest recorded, String method, String path) {
    Map<String, String> headers = new LinkedHashMap<>();
    okhttp3.Headers h = recorded.getHeaders();
    for (int i = 0; i < h.size(); i++) {
      headers.putIfAbsent(h.name(i).toLowerCase(java.util.Locale.ROOT), h.value(i));
    }
    return new IncomingRequest(method, path, recorded.getUrl().encodedQuery(), headers);
  }

  private static FakeResponse canned(InjectedFault fault) {
    return FakeResponse.raw(fault.status(), fault.body(), fault.headers());
  }

  private MockResponse toMock(FakeResponse response, Duration delay) {
    MockResponse.Builder b = new MockResponse.Builder().code(response.status());
    for (Map.Entry<String, String> h : response.headers().entrySet()) {
      b.setHeader(h.getKey(), h.getValue());
    }
    b.body(response.body());
    if (delay != null && !delay.isZero()) {
      b.headersDelay(delay.toMillis(), TimeUnit.MILLISECONDS);
    }
    return b.build();
  }

  private final class FaultingDispatcher extends Dispatcher {
    @Override
    public MockResponse peek() {
      return faults.reserveDropBefore() ? DROP_AT_START : NORMAL;
    }

    @Override
    public MockResponse dispatch(RecordedRequest recorded) {
      drainRecorded();
      long sequence = requestCount.incrementAndGet();
      HttpUrl url = recorded.getUrl();
      String method = recorded.getMethod();
      String encodedPath = url.encodedPath();
      String relative = encodedPath.startsWith(basePath + "/") || encodedPath.equals(basePath)
          ? encodedPath.substring(basePath.length())
          : null;
      String logPath = relative == null ? encodedPath : relative;
      if (faults.consumeDropBefore()) {
        Set<Exchange.Fault> dropped = EnumSet.of(Exchange.Fault.DROP_BEFORE_PROCESSING);
        if (recorded.getHeaders().size() == 0) {
          record("CONNECTION", "-", "closed before reading the request");
          exchange(sequence, new IncomingRequest("CONNECTION", "-", null, Map.of()), false, -1, dropped, null);
        } else {
          record(method, logPath, "dropped before processing");
          exchange(sequence, incoming(recorded, method, logPath), false, -1, dropped, null);
        }
        return SHUTDOWN;
      }
      IncomingRequest incoming = incoming(recorded, method, logPath);
      FakeRequest request = toRequest(recorded, relative == null ? encodedPath : relative, relative != null);
      InjectedFault decided = faults.decide(incoming);
      if (decided != null) {
        return applyDecided(sequence, incoming, request, relative != null, decided);
      }
      Set<Exchange.Fault> applied = EnumSet.noneOf(Exchange.Fault.class);
      FakeResponse failure = faults.takeFailure(method, logPath);
      FakeResponse response;
      if (failure != null) {
        response = failure;
        applied.add(Exchange.Fault.FAIL);
      } else {
        response = process(request, relative != null);
        if (faults.takeDropAfter(method, logPath)) {
          record(method, logPath, response.status() + " then dropped");
          exchange(sequence, incoming, true, -1, EnumSet.of(Exchange.Fault.DROP_AFTER_PROCESSING), null);
          return SHUTDOWN;
        }
        FakeResponse after = faults.takeFailAfter(method, logPath);
        if (after != null) {
          record(method, logPath, response.status() + " then " + after.status() + " (injected)");
          response = after;
          applied.add(Exchange.Fault.FAIL_AFTER_PROCESSING);
        }
      }
      Duration delay = faults.takeDelay(method, logPath);
      if (delay != null) {
        applied.add(Exchange.Fault.DELAY);
      }
      if (!applied.contains(Exchange.Fault.FAIL_AFTER_PROCESSING)) {
        record(method, logPath, response.status() + (failure != null ? " (injected)" : ""));
      }
      exchange(sequence, incoming, failure == null, response.status(), applied, delay);
      return toMock(response, delay);
    }

    private MockResponse applyDecided(
        long sequence, IncomingRequest incoming, FakeRequest request, boolean underBase, InjectedFault fault) {
      String method = incoming.method();
      String path = incoming.path();
      Set<Exchange.Fault> kind = EnumSet.of(fault.kind());
      switch (fault.kind()) {
        case DROP_BEFORE_PROCESSING:
          record(method, path, "dropped before processing");
          exchange(sequence, incoming, false, -1, kind, null);
          return SHUTDOWN;
        case FAIL:
          record(method, path, fault.status() + " (injected)");
          exchange(sequence, incoming, false, fault.status(), kind, null);
          return toMock(canned(fault), null);
        case DROP_AFTER_PROCESSING: {
          FakeResponse response = process(request, underBase);
          record(method, path, response.status() + " then dropped");
          exchange(sequence, incoming, true, -1, kind, null);
          return SHUTDOWN;
        }
        case FAIL_AFTER_PROCESSING: {
          FakeResponse response = process(request, underBase);
          record(method, path, response.status() + " then " + fault.status() + " (injected)");
          exchange(sequence, incoming, true, fault.status(), kind, null);
          return toMock(canned(fault), null);
        }
        default: {
          FakeResponse response = process(request, underBase);
          Duration delay = fault.delay().orElse(Duration.ZERO);
          record(method, path, String.valueOf(response.status()));
          exchange(sequence, incoming, true, response.status(), kind, delay);
          return toMock(response, delay);
        }
      }
    }

    private FakeResponse process(FakeRequest request, boolean underBase) {
      return underBase ? handler.handle(request) : notFound.apply(request);
    }

    private FakeRequest toRequest(RecordedRequest recorded, String path, boolean underBase) {
      HttpUrl url = recorded.getUrl();
      List<String> segments = url.pathSegments();
      List<String> relativeSegments = underBase
          ? new ArrayList<>(segments.subList(Math.min(baseSegments.size(), segments.size()), segments.size()))
          : new ArrayList<>(segments);
      ByteString body = recorded.getBody();
      return new FakeRequest(recorded.getMethod(), path, relativeSegments, url, recorded.getHeaders(),
          body == null ? null : body.toByteArray(), recorded.getBodySize(), MAX_BODY_BYTES);
    }

    private void drainRecorded() {
      try {
        while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
          // MockWebServer queues every request for takeRequest(); the fakes keep their own bounded log instead.
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
