package dev.onboardkit.spring;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A vendor's health from its last call, for Spring Boot 4's health API
 * ({@code org.springframework.boot.health.contributor}).
 */
final class Boot4HealthIndicator implements HealthIndicator {
  private final LastCallTracker tracker;
  private final String vendor;

  Boot4HealthIndicator(LastCallTracker tracker, String vendor) {
    this.tracker = tracker;
    this.vendor = vendor;
  }

  @Override
  public Health health() {
    LastCallTracker.Verdict verdict = tracker.verdict(vendor);
    return (verdict.up ? Health.up() : Health.down()).withDetails(verdict.details).build();
  }
}
