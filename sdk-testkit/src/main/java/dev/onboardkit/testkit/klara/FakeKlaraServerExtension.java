package dev.onboardkit.testkit.klara;

import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.FakeServerExtension;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * JUnit Jupiter (5.10 or later) extension that runs a {@link FakeKlaraServer}.
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
 *
 * <p>The fake's clock follows the system clock (see {@link FakeKlaraServer#start()}). For a clock that stands still,
 * pass a supplier of clocks, one per server started: {@code FakeKlaraServerExtension.perTest(FakeClock::new)}; a client
 * or verifier then needs the same clock ({@code .clock(server.clock())}).
 */
public final class FakeKlaraServerExtension extends FakeServerExtension<FakeKlaraServer> {
  private FakeKlaraServerExtension(Lifecycle lifecycle, Supplier<FakeClock> clocks) {
    super(lifecycle, () -> FakeKlaraServer.start(clocks.get()), FakeKlaraServer.class);
  }

  /**
   * A fresh fake for every test.
   *
   * @return the extension
   */
  public static FakeKlaraServerExtension perTest() {
    return perTest(FakeClock::tracking);
  }

  /**
   * A fresh fake for every test, each on a clock from {@code clocks}.
   *
   * @param clocks supplies the clock of each server, for example {@code FakeClock::new} for one that stands still
   * @return the extension
   */
  public static FakeKlaraServerExtension perTest(Supplier<FakeClock> clocks) {
    return new FakeKlaraServerExtension(Lifecycle.PER_TEST, Objects.requireNonNull(clocks, "clocks"));
  }

  /**
   * One fake for the whole test class (register it in a static field).
   *
   * @return the extension
   */
  public static FakeKlaraServerExtension perClass() {
    return perClass(FakeClock::tracking);
  }

  /**
   * One fake for the whole test class (register it in a static field), on a clock from {@code clocks}.
   *
   * @param clocks supplies the server's clock, for example {@code FakeClock::new} for one that stands still
   * @return the extension
   */
  public static FakeKlaraServerExtension perClass(Supplier<FakeClock> clocks) {
    return new FakeKlaraServerExtension(Lifecycle.PER_CLASS, Objects.requireNonNull(clocks, "clocks"));
  }
}
