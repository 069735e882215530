package dev.onboardkit.core;

import dev.onboardkit.core.support.ApiDumpCheck;
import org.junit.jupiter.api.Test;

/** The API guard for sdk-core: its public API must match the committed api/sdk-core.api (see docs/design.md). */
class ApiDumpTest {
  @Test
  void publicApiMatchesTheCommittedDump() {
    ApiDumpCheck.verify("sdk-core", ClientOptions.class);
  }
}
