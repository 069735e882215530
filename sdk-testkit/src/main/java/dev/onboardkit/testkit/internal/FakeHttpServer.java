package dev.onboardkit.testkit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
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
      requestCount.incrementAndGet();
      HttpUrl url = recorded.getUrl();
      String method = recorded.getMethod();
      String encodedPath = url.encodedPath();
      String relative = encodedPath.startsWith(basePath + "/") || encodedPath.equals(basePath)
          ? encodedPath.substring(basePath.length())
          : null;
      String logPath = relative == null ? encodedPath : relative;
      if (faults.consumeDropBefore()) {
        if (recorded.getHeaders().size() == 0) {
          record("CONNECTION", "-", "closed before reading the request");
        } else {
          record(method, logPath, "dropped before processing");
        }
        return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
      }
      FakeRequest request = toRequest(recorded, relative == null ? encodedPath : relative, relative != null);
      FakeResponse failure = faults.takeFailure(method, logPath);
      FakeResponse response;
      if (failure != null) {
        response = failure;
      } else {
        response = relative == null ? notFound.apply(request) : handler.handle(request);
        if (faults.takeDropAfter(method, logPath)) {
          record(method, logPath, response.status() + " then dropped");
          return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
        }
      }
      Duration delay = faults.takeDelay(method, logPath);
      record(method, logPath, response.status() + (failure != null ? " (injected)" : ""));
      return toMock(response, delay);
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
