package dev.onboardkit.spring;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * With Micrometer and a {@link MeterRegistry} bean, records every call of the OnboardKit clients (see
 * {@link MicrometerRequestListener} for the meters). Runs after Spring Boot's registry auto-configuration (its class
 * moved between Boot 3 and 4; both names are listed). Turn off with
 * {@code management.metrics.onboardkit.enabled=false}.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(prefix = "management.metrics.onboardkit", name = "enabled", matchIfMissing = true)
public class OnboardKitMetricsAutoConfiguration {
  /** Created by Spring. */
  public OnboardKitMetricsAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean
  MicrometerRequestListener onboardKitMicrometerRequestListener(MeterRegistry registry) {
    return new MicrometerRequestListener(registry);
  }
}
