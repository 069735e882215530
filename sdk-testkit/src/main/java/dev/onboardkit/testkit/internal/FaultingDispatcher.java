package dev.onboardkit.testkit.internal;

import dev.onboardkit.testkit.Exchange;
import dev.onboardkit.testkit.IncomingRequest;
import dev.onboardkit.testkit.InjectedFault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import okio.ByteString;

/**
 * Answers each request a fake server receives: applies the {@link FaultRules} around the fake's {@link FakeHandler}
 * (requests outside the base path go to the not-found handler) and records the outcome in the
 * {@link RequestJournal}.
 */
final class FaultingDispatcher extends Dispatcher {
  private static final MockResponse SHUTDOWN =
      new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
  private static final MockResponse DROP_AT_START = new MockResponse.Builder()
      .onRequestStart(new SocketEffect.CloseSocket(true, false, false))
      .build();
  private static final MockResponse NORMAL = new MockResponse.Builder().build();

  private final MockWebServer server;
  private final String basePath;
  private final List<String> baseSegments;
  private final FakeHandler handler;
  private final FakeHandler notFound;
  private final FaultRules faults;
  private final RequestJournal journal;
  private final long maxBodyBytes;

  FaultingDispatcher(MockWebServer server, String basePath, FakeHandler handler, FakeHandler notFound,
      FaultRules faults, RequestJournal journal, long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
    this.server = server;
    this.basePath = basePath;
    this.baseSegments = List.of(basePath.substring(1).split("/"));
    this.handler = handler;
    this.notFound = notFound;
    this.faults = faults;
    this.journal = journal;
  }

  @Override
  public MockResponse peek() {
    return faults.reserveDropBefore() ? DROP_AT_START : NORMAL;
  }

  @Override
  public MockResponse dispatch(RecordedRequest recorded) {
    drainRecorded();
    long sequence = journal.arrived();
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
        journal.log("CONNECTION", "-", "closed before reading the request");
        journal.record(sequence, new IncomingRequest("CONNECTION", "-", null, Map.of()), false, -1, dropped, null);
      } else {
        journal.log(method, logPath, "dropped before processing");
        journal.record(sequence, incoming(recorded, method, logPath), false, -1, dropped, null);
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
        journal.log(method, logPath, response.status() + " then dropped");
        journal.record(sequence, incoming, true, -1, EnumSet.of(Exchange.Fault.DROP_AFTER_PROCESSING), null);
        return SHUTDOWN;
      }
      FakeResponse after = faults.takeFailAfter(method, logPath);
      if (after != null) {
        journal.log(method, logPath, response.status() + " then " + after.status() + " (injected)");
        response = after;
        applied.add(Exchange.Fault.FAIL_AFTER_PROCESSING);
      }
    }
    Duration delay = faults.takeDelay(method, logPath);
    if (delay != null) {
      applied.add(Exchange.Fault.DELAY);
    }
    if (!applied.contains(Exchange.Fault.FAIL_AFTER_PROCESSING)) {
      journal.log(method, logPath, response.status() + (failure != null ? " (injected)" : ""));
    }
    journal.record(sequence, incoming, failure == null, response.status(), applied, delay);
    return toMock(response, delay);
  }

  private MockResponse applyDecided(
      long sequence, IncomingRequest incoming, FakeRequest request, boolean underBase, InjectedFault fault) {
    String method = incoming.method();
    String path = incoming.path();
    Set<Exchange.Fault> kind = EnumSet.of(fault.kind());
    switch (fault.kind()) {
      case DROP_BEFORE_PROCESSING:
        journal.log(method, path, "dropped before processing");
        journal.record(sequence, incoming, false, -1, kind, null);
        return SHUTDOWN;
      case FAIL:
        journal.log(method, path, fault.status() + " (injected)");
        journal.record(sequence, incoming, false, fault.status(), kind, null);
        return toMock(canned(fault), null);
      case DROP_AFTER_PROCESSING: {
        FakeResponse response = process(request, underBase);
        journal.log(method, path, response.status() + " then dropped");
        journal.record(sequence, incoming, true, -1, kind, null);
        return SHUTDOWN;
      }
      case FAIL_AFTER_PROCESSING: {
        FakeResponse response = process(request, underBase);
        journal.log(method, path, response.status() + " then " + fault.status() + " (injected)");
        journal.record(sequence, incoming, true, fault.status(), kind, null);
        return toMock(canned(fault), null);
      }
      default: {
        FakeResponse response = process(request, underBase);
        Duration delay = fault.delay().orElse(Duration.ZERO);
        journal.log(method, path, String.valueOf(response.status()));
        journal.record(sequence, incoming, true, response.status(), kind, delay);
        return toMock(response, delay);
      }
    }
  }

  private FakeResponse process(FakeRequest request, boolean underBase) {
    return underBase ? handler.handle(request) : notFound.handle(request);
  }

  private FakeRequest toRequest(RecordedRequest recorded, String path, boolean underBase) {
    HttpUrl url = recorded.getUrl();
    List<String> segments = url.pathSegments();
    List<String> relativeSegments = underBase
        ? new ArrayList<>(segments.subList(Math.min(baseSegments.size(), segments.size()), segments.size()))
        : new ArrayList<>(segments);
    ByteString body = recorded.getBody();
    return new FakeRequest(recorded.getMethod(), path, relativeSegments, url, recorded.getHeaders(),
        body == null ? null : body.toByteArray(), recorded.getBodySize(), maxBodyBytes);
  }

  private void drainRecorded() {
    try {
      while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
        // MockWebServer queues every request for takeRequest(); the fakes keep their own bounded journal instead.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static IncomingRequest incoming(RecordedRequest recorded, String method, String path) {
    Map<String, String> headers = new LinkedHashMap<>();
    okhttp3.Headers h = recorded.getHeaders();
    for (int i = 0; i < h.size(); i++) {
      headers.putIfAbsent(h.name(i).toLowerCase(Locale.ROOT), h.value(i));
    }
    return new IncomingRequest(method, path, recorded.getUrl().encodedQuery(), headers);
  }

  private static FakeResponse canned(InjectedFault fault) {
    return FakeResponse.raw(fault.status(), fault.body(), fault.headers());
  }

  private static MockResponse toMock(FakeResponse response, Duration delay) {
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
}
