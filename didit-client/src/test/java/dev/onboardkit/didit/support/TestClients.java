package dev.onboardkit.didit.support;

import dev.onboardkit.core.Timeouts;
import dev.onboardkit.core.support.ManualClock;
import dev.onboardkit.core.support.RecordingSleeper;
import dev.onboardkit.didit.DiditAuthClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Builds Didit clients against a MockWebServer with a manual clock, a recording sleeper and zero jitter. */
public final class TestClients {
  public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  public final ManualClock clock = new ManualClock(START);
  public final RecordingSleeper sleeper = new RecordingSleeper(clock);

  public URI baseUrl(MockWebServer server) {
    return URI.create(server.url("/auth/v2").toString());
  }

  public DiditAuthClient.Builder builder(MockWebServer server) {
    return DiditAuthClient.builder()
        .baseUrl(baseUrl(server))
        .clock(clock)
        .sleeper(sleeper)
        .jitter(() -> 0.0)
        .timeouts(Timeouts.builder().read(Duration.ofSeconds(5)).call(Duration.ofSeconds(10)).build());
  }

  public static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }
}
