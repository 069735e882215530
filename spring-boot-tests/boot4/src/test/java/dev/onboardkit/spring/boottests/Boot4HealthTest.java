package dev.onboardkit.spring.boottests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.spring.test.OnboardKitFakes;
import dev.onboardkit.testkit.RequestMatcher;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Spring Boot 4's health API ({@code org.springframework.boot.health.contributor}): one indicator per client bean, from the outcome of its last
 * call, without calling the vendor.
 */
class Boot4HealthTest {
  private static OnboardKitFakes fakes;

  @BeforeAll
  static void startFakes() {
    fakes = OnboardKitFakes.start("health-test@onboardkit.dev", "Fake-Passw0rd!");
  }

  @AfterAll
  static void stopFakes() {
    fakes.close();
  }

  @Test
  void eachClientReportsItsLastCallAndProbesNeverCallTheVendor() {
    Runners.starter().withPropertyValues(Runners.properties(fakes)).withPropertyValues("onboardkit.klara.max-retries=0")
        .run(context -> {
          HealthIndicator klara = context.getBean("klaraHealthIndicator", HealthIndicator.class);
          HealthIndicator didit = context.getBean("diditHealthIndicator", HealthIndicator.class);
          long requests = fakes.klara().requestCount();

          Health before = klara.health();
          assertEquals(Status.UP, before.getStatus());
          assertEquals(Map.of("lastCall", "none yet"), before.getDetails());

          context.getBean(KlaraClient.class).applications().list();
          Health afterSuccess = klara.health();
          assertEquals(Status.UP, afterSuccess.getStatus());
          assertEquals("klara.applications.list", afterSuccess.getDetails().get("lastCall"));
          assertEquals("success", afterSuccess.getDetails().get("outcome"));
          assertEquals(200, afterSuccess.getDetails().get("status"));

          fakes.klara().faults().failNext(1, RequestMatcher.any(), 503, "{\"error\":\"unavailable\"}");
          assertThrows(RuntimeException.class, () -> context.getBean(KlaraClient.class).applications().list());
          Health afterOutage = klara.health();
          assertEquals(Status.DOWN, afterOutage.getStatus());
          assertEquals("api_error", afterOutage.getDetails().get("outcome"));
          assertEquals(503, afterOutage.getDetails().get("status"));

          assertEquals(requests + 2, fakes.klara().requestCount(), "three probes, two calls");
          assertEquals(Status.UP, didit.health().getStatus(), "the Didit client has its own record");
        });
  }

  @Test
  void aClientThatCannotConnectIsDownAndTheIndicatorsCanBeSwitchedOff() {
    Runners.starter()
        .withPropertyValues("onboardkit.klara.api-key=" + fakes.klaraApiKey(),
            "onboardkit.klara.base-url=http://127.0.0.1:1/api/external", "onboardkit.klara.max-retries=0")
        .run(context -> {
          assertThat(context).doesNotHaveBean("diditHealthIndicator");
          assertThrows(ApiConnectionException.class, () -> context.getBean(KlaraClient.class).applications().list());
          Health health = context.getBean("klaraHealthIndicator", HealthIndicator.class).health();
          assertEquals(Status.DOWN, health.getStatus());
          assertEquals("connection_failure", health.getDetails().get("outcome"));
          assertEquals("ApiConnectionException", health.getDetails().get("exception"));
        });
    Runners.starter().withPropertyValues(Runners.properties(fakes))
        .withPropertyValues("management.health.onboardkit.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(HealthIndicator.class).hasSingleBean(KlaraClient.class));
  }
}
