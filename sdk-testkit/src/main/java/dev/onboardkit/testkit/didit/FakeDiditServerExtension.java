package dev.onboardkit.testkit.didit;

import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.FakeServerExtension;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * JUnit Jupiter (5.10 or later) extension that runs a {@link FakeDiditServer}.
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
 *
 * <p>The fake's clock follows the system clock (see {@link FakeDiditServer#start()}). For a clock that stands still,
 * pass a supplier of clocks, one per server started: {@code FakeDiditServerExtension.perTest(FakeClock::new)}; a client
 * or verifier then needs the same clock ({@code .clock(server.clock())}).
 */
public final class FakeDiditServerExtension extends FakeServerExtension<FakeDiditServer> {
  private FakeDiditServerExtension(Lifecycle lifecycle, Supplier<FakeClock> clocks) {
    super(lifecycle, () -> FakeDiditServer.start(clocks.get()), FakeDiditServer.class);
  }

  /**
   * A fresh fake for every test.
   *
   * @return the extension
   */
  public static FakeDiditServerExtension perTest() {
    return perTest(FakeClock::tracking);
  }

  /**
   * A fresh fake for every test, each on a clock from {@code clocks}.
   *
   * @param clocks supplies the clock of each server, for example {@code FakeClock::new} for one that stands still
   * @return the extension
   */
  public static FakeDiditServerExtension perTest(Supplier<FakeClock> clocks) {
    return new FakeDiditServerExtension(Lifecycle.PER_TEST, Objects.requireNonNull(clocks, "clocks"));
  }

  /**
   * One fake for the whole test class (register it in a static field).
   *
   * @return the extension
   */
  public static FakeDiditServerExtension perClass() {
    return perClass(FakeClock::tracking);
  }

  /**
   * One fake for the whole test class (register it in a static field), on a clock from {@code clocks}.
   *
   * @param clocks supplies the server's clock, for example {@code FakeClock::new} for one that stands still
   * @return the extension
   */
  public static FakeDiditServerExtension perClass(Supplier<FakeClock> clocks) {
    return new FakeDiditServerExtension(Lifecycle.PER_CLASS, Objects.requireNonNull(clocks, "clocks"));
  }
}
