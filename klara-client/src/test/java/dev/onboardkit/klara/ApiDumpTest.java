package dev.onboardkit.klara;

import dev.onboardkit.core.support.ApiDumpCheck;
import org.junit.jupiter.api.Test;

/** The API guard for klara-client: its public API must match the committed api/klara-client.api (see docs/design.md). */
class ApiDumpTest {
  @Test
  void publicApiMatchesTheCommittedDump() {
    ApiDumpCheck.verify("klara-client", KlaraClient.class);
  }
}
