package dev.onboardkit.testkit;

import dev.onboardkit.core.support.ApiDumpCheck;
import org.junit.jupiter.api.Test;

/** The API guard for sdk-testkit: its public API must match the committed api/sdk-testkit.api (see docs/design.md). */
class ApiDumpTest {
  @Test
  void publicApiMatchesTheCommittedDump() {
    ApiDumpCheck.verify("sdk-testkit", FakeServer.class);
  }
}
