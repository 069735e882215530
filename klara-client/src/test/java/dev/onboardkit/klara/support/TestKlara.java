package dev.onboardkit.klara.support;

import dev.onboardkit.core.Timeouts;
import dev.onboardkit.core.support.ManualClock;
import dev.onboardkit.core.support.RecordingSleeper;
import dev.onboardkit.klara.KlaraClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A KlaraClient against a MockWebServer with a manual clock, a recording sleeper and zero jitter. */
public final class TestKlara implements AutoCloseable {
  public static final String CLIENT_ID = "abc123def456789012345678";
  public static final String SECRET = "ABCDEFghijklmnop1234567890QRSTUV";
  public static final String API_KEY = "klara_" + CLIENT_ID + "." + SECRET;

  public final MockWebServer server = new MockWebServer();
  public final ManualClock clock = new ManualClock(Instant.parse("2026-03-05T14:30:00Z"));
  public final RecordingSleeper sleeper = new RecordingSleeper(clock);
  public final KlaraClient klara;

  public TestKlara() {
    this(b -> {});
  }

  public TestKlara(Consumer<KlaraClient.Builder> customize) {
    try {
      server.start();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    KlaraClient.Builder b = KlaraClient.builder()
        .apiKey(API_KEY)
        .baseUrl(URI.create(server.url("/api/external").toString()))
        .clock(clock)
        .sleeper(sleeper)
        .jitter(() -> 0.0)
        .timeouts(Timeouts.builder().read(Duration.ofSeconds(5)).call(Duration.ofSeconds(10)).build());
    customize.accept(b);
    this.klara = b.build();
  }

  public static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  public void enqueue(int code, String body) {
    server.enqueue(json(code, body));
  }

  public RecordedRequest take() {
    try {
      RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
      if (r == null) {
        throw new AssertionError("no request was sent");
      }
      return r;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  public List<RecordedRequest> takeAll() {
    List<RecordedRequest> all = new ArrayList<>();
    for (int i = server.getRequestCount(); i > 0; i--) {
      all.add(take());
    }
    return all;
  }

  public static String bodyOf(RecordedRequest r) {
    return r.getBody() == null ? "" : r.getBody().utf8();
  }

  /** Waits for a future and rethrows its failure unwrapped, as the blocking call would throw it. */
  public static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new AssertionError(e.getCause());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    klara.close();
    server.close();
  }
}
