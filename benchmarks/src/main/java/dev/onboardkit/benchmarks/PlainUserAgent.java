package dev.onboardkit.benchmarks;

/**
 * The SDK's {@code User-Agent} value, built without touching an SDK class, for the sides that do not use the SDK
 * (their cold starts must not load SDK classes). BaselineEquivalenceTest proves it equals the SDK's own value.
 */
final class PlainUserAgent {
  static final String SDK_VERSION = "0.1.0-SNAPSHOT";

  private PlainUserAgent() {}

  static String of(String module) {
    return "onboardkit-java/" + SDK_VERSION + " (" + module + "; Java " + System.getProperty("java.version") + "; "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")";
  }
}
