package dev.onboardkit.spring;

import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.klara.KlaraClient;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With Actuator, adds a health indicator per client, {@code klara} and {@code didit}, that reports the outcome of that
 * client's last call: no probe ever calls the vendor. Down after a connection failure, a timeout, a 5xx or a 401;
 * up otherwise (including before the first call). Turn off with {@code management.health.onboardkit.enabled=false}.
 *
 * <p>Spring Boot 3 and 4 keep the health API in different packages; one nested configuration per major, each read
 * only when its package is on the class path.
 */
@AutoConfiguration(after = {KlaraAutoConfiguration.class, DiditAutoConfiguration.class})
@ConditionalOnProperty(prefix = "management.health.onboardkit", name = "enabled", matchIfMissing = true)
public class OnboardKitHealthAutoConfiguration {
  private static final String BOOT3_HEALTH = "org.springframework.boot.actuate.health.HealthIndicator";
  private static final String BOOT4_HEALTH = "org.springframework.boot.health.contributor.HealthIndicator";

  /** Created by Spring. */
  public OnboardKitHealthAutoConfiguration() {}

  /** Spring Boot 3: {@code org.springframework.boot.actuate.health}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = BOOT3_HEALTH)
  static class Boot3 {
    @Bean
    LastCallTracker onboardKitLastCallTracker() {
      return new LastCallTracker(Clock.systemUTC());
    }

    @Bean
    @ConditionalOnBean(KlaraClient.class)
    Boot3HealthIndicator klaraHealthIndicator(LastCallTracker tracker) {
      return new Boot3HealthIndicator(tracker, "klara");
    }

    @Bean
    @Conditional(AnyDiditClient.class)
    Boot3HealthIndicator diditHealthIndicator(LastCallTracker tracker) {
      return new Boot3HealthIndicator(tracker, "didit");
    }
  }

  /** Spring Boot 4: {@code org.springframework.boot.health.contributor}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = BOOT4_HEALTH)
  static class Boot4 {
    @Bean
    LastCallTracker onboardKitLastCallTracker() {
      return new LastCallTracker(Clock.systemUTC());
    }

    @Bean
    @ConditionalOnBean(KlaraClient.class)
    Boot4HealthIndicator klaraHealthIndicator(LastCallTracker tracker) {
      return new Boot4HealthIndicator(tracker, "klara");
    }

    @Bean
    @Conditional(AnyDiditClient.class)
    Boot4HealthIndicator diditHealthIndicator(LastCallTracker tracker) {
      return new Boot4HealthIndicator(tracker, "didit");
    }
  }

  /** A Didit health indicator is worth having when either Didit client is a bean. */
  static final class AnyDiditClient extends AnyNestedCondition {
    AnyDiditClient() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnBean(DiditAuthClient.class)
    static final class Auth {}

    @ConditionalOnBean(DiditClient.class)
    static final class Verification {}
  }
}
