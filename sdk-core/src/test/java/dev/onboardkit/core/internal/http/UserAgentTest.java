package dev.onboardkit.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

class UserAgentTest {
  @Test
  void hasVersionModuleJavaAndOsThenTheSuffix() {
    String ua = UserAgent.of("klara-client", "acme-onboarding/2.3");

    assertEquals("onboardkit-java/" + UserAgent.sdkVersion() + " (klara-client; Java "
        + System.getProperty("java.version") + "; " + System.getProperty("os.name") + " "
        + System.getProperty("os.arch") + ") acme-onboarding/2.3", ua);
    assertTrue(UserAgent.sdkVersion().matches("\\d+\\.\\d+\\.\\d+.*"), UserAgent.sdkVersion());
  }

  @Test
  void suffixMustBePrintableAscii() {
    assertThrows(InvalidRequestException.class, () -> UserAgent.of("m", "bad\r\nX-Evil: 1"));
    assertThrows(InvalidRequestException.class, () -> UserAgent.of("m", "caf\u00e9"));
  }
}
