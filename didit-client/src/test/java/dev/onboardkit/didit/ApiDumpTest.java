package dev.onboardkit.didit;

import dev.onboardkit.core.support.ApiDumpCheck;
import org.junit.jupiter.api.Test;

/** The API guard for didit-client: its public API must match the committed api/didit-client.api (see docs/design.md). */
class ApiDumpTest {
  @Test
  void publicApiMatchesTheCommittedDump() {
    ApiDumpCheck.verify("didit-client", DiditAuthClient.class);
  }
}
