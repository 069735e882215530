package dev.onboardkit.spring;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** A vendor's health from its last call, for Spring Boot 3's health API ({@code org.springframework.boot.actuate}). */
final class Boot3HealthIndicator implements HealthIndicator {
  private final LastCallTracker tracker;
  private final String vendor;

  Boot3HealthIndicator(LastCallTracker tracker, String vendor) {
    this.tracker = tracker;
    this.vendor = vendor;
  }

  @Override
  public Health health() {
    LastCallTracker.Verdict verdict = tracker.verdict(vendor);
    return (verdict.up ? Health.up() : Health.down()).withDetails(verdict.details).build();
  }
}
