package dev.onboardkit.spring.boottests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.NotFoundException;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.spring.MicrometerRequestListener;
import dev.onboardkit.spring.test.OnboardKitFakes;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Calls against the fake Klara produce one timer per operation and outcome, attempts, and retries. */
class MetricsTest {
  private static OnboardKitFakes fakes;

  @BeforeAll
  static void startFakes() {
    fakes = OnboardKitFakes.start("metrics-test@onboardkit.dev", "Fake-Passw0rd!");
  }

  @AfterAll
  static void stopFakes() {
    fakes.close();
  }

  @Test
  void eachCallIsTimedWithItsOperationOutcomeAndStatus() {
    Runners.starter().withBean(SimpleMeterRegistry.class).withPropertyValues(Runners.klaraProperties(fakes))
        .run(context -> {
          KlaraClient klara = context.getBean(KlaraClient.class);
          MeterRegistry registry = context.getBean(MeterRegistry.class);

          klara.applications().create(KlaraCreateApplicationRequest.builder()
              .configId(FakeKlaraServer.DEFAULT_CONFIG_ID)
              .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO")
              .companyName("Acme Financial Ltd")
              .companyNumber("12345678")
              .country("GB")
              .build());
          assertThrows(NotFoundException.class, () -> klara.applications().retrieve("app_missing"));
          assertThrows(NotFoundException.class, () -> klara.applications().retrieve("app_missing_too"));

          Timer created = registry.get(MicrometerRequestListener.CALLS)
              .tags("operation", "klara.applications.create", "method", "POST", "outcome", "success", "status", "201",
                  "exception", "none")
              .timer();
          assertEquals(1, created.count());
          Timer missing = registry.get(MicrometerRequestListener.CALLS)
              .tags("operation", "klara.applications.retrieve", "method", "GET", "outcome", "api_error",
                  "status", "404", "exception", "NotFoundException")
              .timer();
          assertEquals(2, missing.count());
          assertEquals(2, registry.get(MicrometerRequestListener.CALLS).timers().size());
          assertEquals(2.0, registry.get(MicrometerRequestListener.ATTEMPTS)
              .tags("operation", "klara.applications.retrieve", "outcome", "api_error").summary().totalAmount());
          assertEquals(0, registry.find(MicrometerRequestListener.RETRIES).counters().size());
        });
  }

  @Test
  void retriesAreCountedAndAFailedCallIsTimedWithItsOutcome() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Runners.starter().withBean(SimpleMeterRegistry.class)
        .withPropertyValues("onboardkit.klara.api-key=" + fakes.klaraApiKey(),
            "onboardkit.klara.base-url=http://127.0.0.1:" + closedPort + "/api/external",
            "onboardkit.klara.max-retries=1")
        .run(context -> {
          KlaraClient klara = context.getBean(KlaraClient.class);
          MeterRegistry registry = context.getBean(MeterRegistry.class);

          assertThrows(ApiConnectionException.class, () -> klara.applications().retrieve("app_1"));

          assertEquals(1.0, registry.get(MicrometerRequestListener.RETRIES)
              .tags("operation", "klara.applications.retrieve").counter().count());
          assertEquals(1, registry.get(MicrometerRequestListener.CALLS)
              .tags("operation", "klara.applications.retrieve", "outcome", "connection_failure", "status", "none",
                  "exception", "ApiConnectionException")
              .timer().count());
          assertEquals(2.0, registry.get(MicrometerRequestListener.ATTEMPTS)
              .tags("operation", "klara.applications.retrieve").summary().totalAmount());
        });
  }

  @Test
  void withoutAMeterRegistryNothingIsRecorded() {
    Runners.starter().withPropertyValues(Runners.klaraProperties(fakes)).run(context ->
        org.assertj.core.api.Assertions.assertThat(context).doesNotHaveBean(MicrometerRequestListener.class)
            .hasSingleBean(KlaraClient.class));
  }
}
