package dev.onboardkit.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A controllable clock for the fake servers. Time moves only when a test calls {@link #advance(Duration)} or
 * {@link #set(Instant)}; expiry of codes and tokens in the fakes is measured on this clock, so tests never sleep.
 *
 * <p>Thread-safe. Clocks derived with {@link #withZone(ZoneId)} share the same instant.
 */
public final class FakeClock extends Clock {
  /** The instant a clock created with {@link #FakeClock()} starts at: {@code 2026-01-15T10:00:00Z}. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-15T10:00:00Z");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /** Creates a clock at {@link #DEFAULT_START} in UTC. */
  public FakeClock() {
    this(DEFAULT_START);
  }

  /**
   * Creates a clock at the given instant in UTC.
   *
   * @param start the initial instant
   */
  public FakeClock(Instant start) {
    this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  private FakeClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Moves the clock forward.
   *
   * @param amount how far to move; must not be negative
   * @return the new instant
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  public Instant advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative");
    }
    return now.updateAndGet(i -> i.plus(amount));
  }

  /**
   * Sets the clock to an instant (backwards too).
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /**
   * Returns the current instant.
   *
   * @return the instant the clock shows
   */
  @Override
  public Instant instant() {
    return now.get();
  }

  /**
   * Returns the zone of this clock (UTC unless derived with {@link #withZone(ZoneId)}).
   *
   * @return the zone
   */
  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * Returns a clock with another zone that shares this clock's instant (advancing one advances both).
   *
   * @param zone the zone
   * @return the derived clock
   */
  @Override
  public FakeClock withZone(ZoneId zone) {
    return new FakeClock(now, Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Returns the current instant in whole epoch seconds.
   *
   * @return seconds since the epoch
   */
  public long epochSecond() {
    return instant().getEpochSecond();
  }

  @Override
  public String toString() {
    return "FakeClock[" + instant() + "]";
  }
}
