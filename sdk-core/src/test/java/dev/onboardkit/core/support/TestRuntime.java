package dev.onboardkit.core.support;

import dev.onboardkit.core.ClientOptions;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.Timeouts;
import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.auth.CredentialsProvider;
import dev.onboardkit.core.internal.ClientRuntime;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;

/** Builds a ClientRuntime against a MockWebServer with a manual clock, a recording sleeper and zero jitter. */
public final class TestRuntime {
  public static final String TOKEN = "tok_live_9f8e7d6c5b4a";

  public final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
  public final RecordingSleeper sleeper = new RecordingSleeper(clock);
  public final ClientRuntime runtime;

  public TestRuntime(MockWebServer server) {
    this(server, b -> {});
  }

  public TestRuntime(MockWebServer server, Consumer<ClientOptions.Builder> customize) {
    ClientOptions.Builder b = ClientOptions.builder()
        .baseUrl(URI.create(server.url("/api").toString()))
        .credentials(CredentialsProvider.fixed(Credential.bearer(Secret.of(TOKEN))))
        .clock(clock)
        .sleeper(sleeper)
        .jitter(() -> 0.0)
        .timeouts(Timeouts.builder().read(Duration.ofSeconds(5)).call(Duration.ofSeconds(10)).build());
    customize.accept(b);
    this.runtime = ClientRuntime.create(b.build(), "test-client", TestVendor.PROFILE);
  }
}
