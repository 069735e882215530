package dev.onboardkit.testkit.didit;

import dev.onboardkit.testkit.FakeServerExtension;

/**
 * JUnit 5 extension that runs a {@link FakeDiditVerificationServer}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeDiditVerificationServerExtension didit = FakeDiditVerificationServerExtension.perTest();
 *
 * @Test
 * void approves(FakeDiditVerificationServer server) {     // or didit.server()
 *   DiditClient client = DiditClient.builder().baseUrl(server.baseUrl()).apiKey(server.apiKey()).build();
 * }
 * }</pre>
 */
public final class FakeDiditVerificationServerExtension extends FakeServerExtension<FakeDiditVerificationServer> {
  private FakeDiditVerificationServerExtension(Lifecycle lifecycle) {
    super(lifecycle, FakeDiditVerificationServer::start, FakeDiditVerificationServer.class);
  }

  /**
   * A fresh fake for every test.
   *
   * @return the extension
   */
  public static FakeDiditVerificationServerExtension perTest() {
    return new FakeDiditVerificationServerExtension(Lifecycle.PER_TEST);
  }

  /**
   * One fake for the whole test class (register it in a static field).
   *
   * @return the extension
   */
  public static FakeDiditVerificationServerExtension perClass() {
    return new FakeDiditVerificationServerExtension(Lifecycle.PER_CLASS);
  }
}
