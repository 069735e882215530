package dev.onboardkit.testkit.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.didit.FakeDiditServerExtension;
import dev.onboardkit.testkit.klara.FakeKlaraServerExtension;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Per-test extensions: a fresh server for every test, stopped after it; a standing clock when asked for. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerTestExtensionTest {
  private static final String EMAIL = "ops@acme-reseller.io";
  private static final String PASSWORD = "S3cure!pass";

  @RegisterExtension
  final FakeDiditServerExtension didit = FakeDiditServerExtension.perTest();

  @RegisterExtension
  final FakeKlaraServerExtension standing = FakeKlaraServerExtension.perTest(FakeClock::new);

  static FakeDiditServer previous;

  @Test
  @Order(1)
  void aManagedSessionBuiltTheObviousWayLogsInOnce(FakeDiditServer server) {
    assertSame(didit.server(), server);
    previous = server;
    server.createVerifiedAccount(EMAIL, PASSWORD);
    try (DiditAuthClient client = DiditAuthClient.builder().baseUrl(server.baseUrl()).credentials(EMAIL, PASSWORD)
        .build()) {
      for (int i = 0; i < 5; i++) {
        assertEquals(1, client.organizations().list().size());
      }
    }
    assertEquals(1, server.loginCount(EMAIL));
  }

  @Test
  @Order(2)
  void getsAFreshServerAndTheStandingClockWhenAskedFor() {
    assertNotSame(previous, didit.server());
    assertEquals(0, didit.server().loginCount(EMAIL));
    assertEquals(FakeClock.DEFAULT_START, standing.server().clock().instant());
  }

  @AfterAll
  static void theFirstServerWasStopped() {
    assertThrows(IOException.class, () -> {
      HttpURLConnection c = (HttpURLConnection) new URL(previous.baseUrl() + "/organizations/me/").openConnection();
      c.setConnectTimeout(2000);
      c.getResponseCode();
    });
  }
}
