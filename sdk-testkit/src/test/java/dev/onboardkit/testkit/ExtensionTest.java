package dev.onboardkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.didit.FakeDiditServerExtension;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import dev.onboardkit.testkit.klara.FakeKlaraServerExtension;
import dev.onboardkit.testkit.support.TestHttp;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExtensionTest {

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerClass {
    @RegisterExtension
    static final FakeKlaraServerExtension klara = FakeKlaraServerExtension.perClass();

    static FakeKlaraServer first;

    @Test
    @Order(1)
    void injectsTheRunningServer(FakeKlaraServer server) throws Exception {
      assertSame(klara.server(), server);
      first = server;
      String key = server.issueApiKey();
      assertEquals(200, new TestHttp(server.baseUrl()).get("/applications", key).status());
    }

    @Test
    @Order(2)
    void sharesItAcrossTests(FakeKlaraServer server) {
      assertSame(first, server);
      assertEquals(FakeServerExtension.Lifecycle.PER_CLASS, klara.lifecycle());
    }
  }

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerTest {
    @RegisterExtension
    static final FakeDiditServerExtension didit = FakeDiditServerExtension.perTest();

    static FakeDiditServer previous;

    @Test
    @Order(1)
    void first(FakeDiditServer server) {
      assertSame(didit.server(), server);
      previous = server;
    }

    @Test
    @Order(2)
    void second(FakeDiditServer server) {
      assertNotSame(previous, server);
      assertThrows(IOException.class, () -> new TestHttp(previous.baseUrl()).get("/organizations/me/", null),
          "the previous test's server was closed");
    }
  }

  @Test
  void perClassLifecycleStartsOnceAndStopsAfterTheOutermostClass() {
    FakeKlaraServerExtension ext = FakeKlaraServerExtension.perClass();
    assertThrows(IllegalStateException.class, ext::server);
    ext.beforeAll(null);
    FakeKlaraServer server = ext.server();
    ext.beforeAll(null); // a @Nested class
    ext.beforeEach(null);
    ext.afterEach(null);
    assertSame(server, ext.server());
    ext.afterAll(null);
    assertSame(server, ext.server(), "still used by the outer class");
    ext.afterAll(null);
    assertThrows(IllegalStateException.class, ext::server);
    assertThrows(IOException.class, () -> new TestHttp(server.baseUrl()).get("/applications", null));
  }

  @Test
  void perClassInAnInstanceFieldFallsBackToPerTest() {
    FakeKlaraServerExtension ext = FakeKlaraServerExtension.perClass();
    ext.beforeEach(null);
    FakeKlaraServer server = ext.server();
    ext.afterEach(null);
    assertThrows(IllegalStateException.class, ext::server);
    server.close(); // idempotent
  }

  @Nested
  class Clocks {
    @RegisterExtension
    final FakeKlaraServerExtension tracking = FakeKlaraServerExtension.perTest();

    @RegisterExtension
    final FakeDiditServerExtension standing = FakeDiditServerExtension.perTest(FakeClock::new);

    @Test
    void followTheSystemClockUnlessAStandingClockIsAskedFor() {
      Duration drift = Duration.between(Instant.now(), tracking.server().clock().instant()).abs();
      assertTrue(drift.compareTo(Duration.ofSeconds(5)) < 0, "drift " + drift);
      assertEquals(FakeClock.DEFAULT_START, standing.server().clock().instant());
    }
  }
}
