package dev.onboardkit.spring;

import dev.onboardkit.core.support.ApiDumpCheck;
import org.junit.jupiter.api.Test;

/**
 * The API guard for the starter: its public API must match the committed api/onboardkit-spring-boot-starter.api (see
 * docs/design.md). The starter has no module descriptor (see its pom), so every package counts as exported.
 */
class ApiDumpTest {
  @Test
  void publicApiMatchesTheCommittedDump() {
    ApiDumpCheck.verifyAutomatic("onboardkit-spring-boot-starter", "dev.onboardkit.spring", KlaraProperties.class);
  }
}
