package dev.onboardkit.core.internal.http;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Builds the {@code User-Agent} header: {@code onboardkit-java/<version> (<module>; Java <version>; <os> <arch>)},
 * followed by the caller's suffix when one is configured.
 */
public final class UserAgent {
  private static final String SDK_VERSION = loadVersion();

  private UserAgent() {}

  /**
   * Returns the SDK version this jar was built as.
   *
   * @return the version, such as {@code 0.1.0}
   */
  public static String sdkVersion() {
    return SDK_VERSION;
  }

  /**
   * Builds the header value.
   *
   * @param module the client module, such as {@code klara-client}
   * @param suffix the caller's addition (for example {@code acme-onboarding/2.3}), or null
   * @return the User-Agent value
   * @throws InvalidRequestException if the suffix has characters that are not printable ASCII
   */
  public static String of(String module, @Nullable String suffix) {
    String base = "onboardkit-java/" + SDK_VERSION + " (" + module + "; Java " + System.getProperty("java.version")
        + "; " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")";
    if (suffix == null || suffix.isBlank()) {
      return base;
    }
    for (int i = 0; i < suffix.length(); i++) {
      char c = suffix.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw InvalidRequestException.single("userAgentSuffix", "must contain printable ASCII characters only");
      }
    }
    return base + " " + suffix.strip();
  }

  private static String loadVersion() {
    Properties p = new Properties();
    try (InputStream in = UserAgent.class.getResourceAsStream("/dev/onboardkit/core/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException ignored) {
      // fall through to "unknown"
    }
    String v = p.getProperty("version", "unknown");
    return v.startsWith("${") ? "unknown" : v;
  }
}
