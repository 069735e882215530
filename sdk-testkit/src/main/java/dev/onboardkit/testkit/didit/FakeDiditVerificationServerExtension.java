package dev.onboardkit.testkit.didit;

import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.FakeServerExtension;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * JUnit Jupiter (5.10 or later) extension that runs a {@link FakeDiditVerificationServer}.
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
 *
 * <p>The fake's clock follows the system clock (see {@link FakeDiditVerificationServer#start()}). For a clock that
 * stands still, pass a supplier of clocks, one per server started:
 * {@code FakeDiditVerificationServerExtension.perTest(FakeClock::new)}; a client or verifier then needs the same clock
 * ({@code .clock(server.clock())}).
 */
public final class FakeDiditVerificationServerExtension extends FakeServerExtension<FakeDiditVerificationServer> {
  private FakeDiditVerificationServerExtension(Lifecycle lifecycle, Supplier<FakeClock> clocks) {
    super(lifecycle, () -> FakeDiditVerificationServer.start(clocks.get()), FakeDiditVerificationServer.class);
  }

  /**
   * A fresh fake for every test.
   *
   * @return the extension
   */
  public static FakeDiditVerificationServerExtension perTest() {
    return perTest(FakeClock::tracking);
  }

  /**
   * A fresh fake for every test, each on a clock from {@code clocks}.
   *
   * @param clocks supplies the clock of each server, for example {@code FakeClock::new} for one that stands still
   * @return the extension
   */
  public static FakeDiditVerificationServerExtension perTest(Supplier<FakeClock> clocks) {
    return new FakeDiditVerificationServerExtension(Lifecycle.PER_TEST, Objects.requireNonNull(clocks, "clocks"));
  }

  /**
   * One fake for the whole test class (register it in a static field).
   *
   * @return the extension
   */
  public static FakeDiditVerificationServerExtension perClass() {
    return perClass(FakeClock::tracking);
  }

  /**
   * One fake for the whole test class (register it in a static field), on a clock from {@code clocks}.
   *
   * @param clocks supplies the server's clock, for example {@code FakeClock::new} for one that stands still
   * @return the extension
   */
  public static FakeDiditVerificationServerExtension perClass(Supplier<FakeClock> clocks) {
    return new FakeDiditVerificationServerExtension(Lifecycle.PER_CLASS, Objects.requireNonNull(clocks, "clocks"));
  }
}
