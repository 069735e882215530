package dev.onboardkit.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A controllable clock for the fake servers. A clock created with a constructor stands still: time moves only when a
 * test calls {@link #advance(Duration)} or {@link #set(Instant)}, so expiry of codes and tokens in the fakes is
 * measured without sleeping. A clock from {@link #tracking()} moves with the system clock, shifted by whatever
 * {@link #advance(Duration)} and {@link #set(Instant)} add; every fake uses one by default, so that a client or a
 * webhook verifier built the obvious way (on the system clock) agrees with the fake about token expiry and webhook
 * timestamps. A standing clock is for tests that assert exact instants: pass it to the fake's {@code start(FakeClock)}
 * and to the client's or verifier's {@code clock(...)}.
 *
 * <p>Thread-safe. Clocks derived with {@link #withZone(ZoneId)} share the same instant.
 */
public final class FakeClock extends Clock {
  /** The instant a clock created with {@link #FakeClock()} starts at: {@code 2026-01-15T10:00:00Z}. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-15T10:00:00Z");

  /** Added to {@link #base}'s instant; a standing clock's base is fixed at the epoch. */
  private final AtomicReference<Duration> offset;
  private final Clock base;
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
    this(new AtomicReference<>(Duration.between(Instant.EPOCH, Objects.requireNonNull(start, "start"))),
        Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), ZoneOffset.UTC);
  }

  private FakeClock(AtomicReference<Duration> offset, Clock base, ZoneId zone) {
    this.offset = offset;
    this.base = base;
    this.zone = zone;
  }

  /**
   * Creates a clock that shows the system time and moves with it, in UTC; {@link #advance(Duration)} and
   * {@link #set(Instant)} shift it from there.
   *
   * @return the clock
   */
  public static FakeClock tracking() {
    return new FakeClock(new AtomicReference<>(Duration.ZERO), Clock.systemUTC(), ZoneOffset.UTC);
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
    Duration shifted = offset.updateAndGet(o -> o.plus(amount));
    return base.instant().plus(shifted);
  }

  /**
   * Sets the clock to an instant (backwards too).
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    offset.set(Duration.between(base.instant(), instant));
  }

  /**
   * Returns the current instant.
   *
   * @return the instant the clock shows
   */
  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
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
    return new FakeClock(offset, base, Objects.requireNonNull(zone, "zone"));
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
