package dev.onboardkit.testkit.klara;

import dev.onboardkit.testkit.FakeServerExtension;

/**
 * JUnit 5 extension that runs a {@link FakeKlaraServer}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeKlaraServerExtension klara = FakeKlaraServerExtension.perClass();
 *
 * @Test
 * void creates(FakeKlaraServer server) {           // or klara.server()
 *   String key = server.issueApiKey();
 * }
 * }</pre>
 */
public final class FakeKlaraServerExtension extends FakeServerExtension<FakeKlaraServer> {
  private FakeKlaraServerExtension(Lifecycle lifecycle) {
    super(lifecycle, FakeKlaraServer::start, FakeKlaraServer.class);
  }

  /**
   * A fresh fake for every test.
   *
   * @return the extension
   */
  public static FakeKlaraServerExtension perTest() {
    return new FakeKlaraServerExtension(Lifecycle.PER_TEST);
  }

  /**
   * One fake for the whole test class (register it in a static field).
   *
   * @return the extension
   */
  public static FakeKlaraServerExtension perClass() {
    return new FakeKlaraServerExtension(Lifecycle.PER_CLASS);
  }
}
