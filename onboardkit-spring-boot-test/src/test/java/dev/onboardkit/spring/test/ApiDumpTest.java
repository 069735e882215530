package dev.onboardkit.spring.test;

import dev.onboardkit.core.support.ApiDumpCheck;
import org.junit.jupiter.api.Test;

/** The API guard for the Spring test support (an automatic module, like the starter). */
class ApiDumpTest {
  @Test
  void publicApiMatchesTheCommittedDump() {
    ApiDumpCheck.verifyAutomatic("onboardkit-spring-boot-test", "dev.onboardkit.spring.test",
        AutoConfigureOnboardKitFakes.class);
  }
}
