package dev.onboardkit.testkit.didit;

import dev.onboardkit.testkit.FakeServerExtension;

/**
 * JUnit 5 extension that runs a {@link FakeDiditServer}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeDiditServerExtension didit = FakeDiditServerExtension.perClass();
 *
 * @Test
 * void logsIn(FakeDiditServer server) {            // or didit.server()
 *   server.createVerifiedAccount("dev@acme-reseller.io", "S3cure!pass");
 * }
 * }</pre>
 */
public final class FakeDiditServerExtension extends FakeServerExtension<FakeDiditServer> {
  private FakeDiditServerExtension(Lifecycle lifecycle) {
    super(lifecycle, FakeDiditServer::start, FakeDiditServer.class);
  }

  /**
   * A fresh fake for every test.
   *
   * @return the extension
   */
  public static FakeDiditServerExtension perTest() {
    return new FakeDiditServerExtension(Lifecycle.PER_TEST);
  }

  /**
   * One fake for the whole test class (register it in a static field).
   *
   * @return the extension
   */
  public static FakeDiditServerExtension perClass() {
    return new FakeDiditServerExtension(Lifecycle.PER_CLASS);
  }
}
