package dev.onboardkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FakeClockTest {

  @Test
  void startsAtAFixedInstantAndMovesOnlyWhenTold() {
    FakeClock clock = new FakeClock();
    assertEquals(Instant.parse("2026-01-15T10:00:00Z"), clock.instant());
    assertEquals(clock.instant(), clock.instant());
    assertEquals(Instant.parse("2026-01-15T11:00:00Z"), clock.advance(Duration.ofHours(1)));
    clock.set(Instant.parse("2020-01-01T00:00:00Z"));
    assertEquals(1577836800L, clock.epochSecond());
    assertEquals(1577836800000L, clock.millis());
    assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
    assertEquals(Instant.EPOCH, new FakeClock(Instant.EPOCH).instant());
  }

  @Test
  void derivedZonesShareTheInstant() {
    FakeClock clock = new FakeClock();
    FakeClock paris = clock.withZone(ZoneId.of("Europe/Paris"));
    clock.advance(Duration.ofMinutes(5));
    assertEquals(clock.instant(), paris.instant());
    assertEquals(ZoneId.of("Europe/Paris"), paris.getZone());
    assertEquals(ZoneId.of("Z"), clock.getZone());
  }

  @Test
  void concurrentAdvancesAreNotLost() throws Exception {
    FakeClock clock = new FakeClock(Instant.EPOCH);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 8000; i++) {
      pool.execute(() -> clock.advance(Duration.ofMillis(1)));
    }
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.SECONDS);
    assertEquals(Instant.EPOCH.plusMillis(8000), clock.instant());
  }

  @Test
  void oneClockCanDriveBothFakes() throws Exception {
    FakeClock clock = new FakeClock(Instant.parse("2030-06-01T00:00:00Z"));
    try (dev.onboardkit.testkit.klara.FakeKlaraServer klara = dev.onboardkit.testkit.klara.FakeKlaraServer.start(clock);
        dev.onboardkit.testkit.didit.FakeDiditServer didit = dev.onboardkit.testkit.didit.FakeDiditServer.start(clock)) {
      assertEquals(clock, klara.clock());
      assertEquals(clock, didit.clock());
      clock.advance(Duration.ofSeconds(7));
      String ts = klara.signedEvent("webhook.test", null, java.util.Map.of()).header("X-Klara-Timestamp").orElseThrow();
      assertEquals(Long.toString(Instant.parse("2030-06-01T00:00:07Z").getEpochSecond()), ts);
      dev.onboardkit.testkit.didit.DiditVerifiedAccount acct = didit.createVerifiedAccount("a@acme-reseller.io", "x");
      assertEquals(clock.instant(), didit.applications(acct.organizationId()).get(0).createdAt());
    }
  }

  @Test
  void aTrackingClockFollowsTheSystemClockAndCanStillBeMoved() throws Exception {
    FakeClock clock = FakeClock.tracking();
    Instant before = Instant.now();
    Instant shown = clock.instant();
    assertTrue(!shown.isBefore(before.minusMillis(5)) && !shown.isAfter(Instant.now().plusMillis(5)), shown.toString());
    Thread.sleep(20);
    assertTrue(clock.instant().isAfter(shown), "it moves on its own");
    Instant advanced = clock.advance(Duration.ofHours(1));
    assertTrue(Duration.between(Instant.now(), advanced).compareTo(Duration.ofMinutes(59)) > 0);
    FakeClock zoned = clock.withZone(java.time.ZoneId.of("Europe/Madrid"));
    clock.set(Instant.parse("2030-01-01T00:00:00Z"));
    assertTrue(Duration.between(Instant.parse("2030-01-01T00:00:00Z"), zoned.instant()).abs()
        .compareTo(Duration.ofSeconds(5)) < 0, "derived clocks share the shift");
  }
}
