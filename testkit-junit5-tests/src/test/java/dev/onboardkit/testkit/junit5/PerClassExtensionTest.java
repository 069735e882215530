package dev.onboardkit.testkit.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.testkit.FakeServerExtension;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import dev.onboardkit.testkit.klara.FakeKlaraServerExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A per-class extension in a static field: one server for the class, injected into every test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerClassExtensionTest {
  @RegisterExtension
  static final FakeKlaraServerExtension klara = FakeKlaraServerExtension.perClass();

  static FakeKlaraServer first;

  @Test
  @Order(1)
  void injectsTheRunningServer(FakeKlaraServer server) {
    assertSame(klara.server(), server);
    first = server;
    try (KlaraClient client = KlaraClient.builder().baseUrl(server.baseUrl()).apiKey(server.issueApiKey()).build()) {
      assertEquals(0, client.applications().list().items().size());
    }
    assertEquals(1, server.requestCount());
  }

  @Test
  @Order(2)
  void sharesItWithTheNextTest(FakeKlaraServer server) {
    assertSame(first, server);
    assertEquals(1, server.requestCount());
    assertEquals(FakeServerExtension.Lifecycle.PER_CLASS, klara.lifecycle());
  }
}
