package dev.onboardkit.testkit.didit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.onboardkit.testkit.support.TestHttp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The verification fake's JUnit extension starts one fake per test and injects it. */
class DiditVerificationExtensionTest {
  @RegisterExtension
  final FakeDiditVerificationServerExtension extension = FakeDiditVerificationServerExtension.perTest();

  @Test
  void injectsTheRunningFake(FakeDiditVerificationServer server) throws Exception {
    assertSame(extension.server(), server);
    TestHttp http = new TestHttp(server.baseUrl());
    assertEquals(200, http.send("GET", "/workflows/", null, null, Map.of("x-api-key", server.apiKey())).status());
    assertEquals(1, http.send("GET", "/workflows/", null, null, Map.of("x-api-key", server.apiKey())).json().size());
  }
}
