package dev.onboardkit.didit.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.onboardkit.core.Timeouts;
import dev.onboardkit.core.support.ManualClock;
import dev.onboardkit.core.support.RecordingSleeper;
import dev.onboardkit.didit.DiditClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Builds verification clients against a MockWebServer (base path {@code /v3}) with a manual clock and no jitter. */
public final class VerificationClients {
  public static final String API_KEY = "tno2NTeRC1ZK3sBOYlBJDyEzBVENl3pQ1AcZyAW0xnQ";
  public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  public final ManualClock clock = new ManualClock(START);
  public final RecordingSleeper sleeper = new RecordingSleeper(clock);

  public URI baseUrl(MockWebServer server) {
    return URI.create(server.url("/v3").toString());
  }

  public DiditClient.Builder builder(MockWebServer server) {
    return DiditClient.builder()
        .baseUrl(baseUrl(server))
        .apiKey(API_KEY)
        .clock(clock)
        .sleeper(sleeper)
        .jitter(() -> 0.0)
        .timeouts(Timeouts.builder().read(Duration.ofSeconds(5)).call(Duration.ofSeconds(10)).build());
  }

  /** Takes the next request and checks the API key went with it. */
  public static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(r, "no request received");
    assertEquals(API_KEY, r.getHeaders().get("x-api-key"));
    return r;
  }

  /** The request body as UTF-8 text. */
  public static String body(RecordedRequest r) {
    return r.getBody() == null ? "" : r.getBody().utf8();
  }
}
