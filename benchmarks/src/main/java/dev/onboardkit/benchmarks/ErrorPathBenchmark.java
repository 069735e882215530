package dev.onboardkit.benchmarks;

import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.didit.DiditAuthClient;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 3: a 400 with a field-error body, decoded into the SDK's typed exception versus the baseline parsing the
 * same body into its own exception with a field map. The {@code ...AndMessage} pair also reads the exception's message,
 * which the SDK formats only on first read and the baseline formats in its constructor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ErrorPathBenchmark {
  /** Makes the canned interceptor answer with the field-error 400. */
  static final RequestOptions INVALID_CASE = RequestOptions.builder().header("X-Benchmark-Case", "invalid").build();

  private DiditAuthClient didit;
  private BaselineDidit baseline;

  /** Builds both sides. */
  @Setup
  public void setUp() {
    didit = Sides.didit(CannedInterceptor.client(1, 1), Canned.DIDIT_BASE);
    baseline = Sides.baselineDidit(CannedInterceptor.client(1, 1), Canned.DIDIT_BASE);
  }

  /** Closes the SDK client. */
  @TearDown
  public void tearDown() {
    didit.close();
  }

  /** @return the decoded field errors */
  @Benchmark
  public Object errorSdk() {
    try {
      didit.applications(Canned.DIDIT_ORG).create(Sides.diditRequest(), INVALID_CASE);
      throw new AssertionError("expected a 400");
    } catch (BadRequestException e) {
      return e.fieldErrors();
    }
  }

  /** @return the decoded field errors @throws IOException if the body does not parse */
  @Benchmark
  public Object errorBaseline() throws IOException {
    try {
      baseline.create(BaselineDidit.sampleBody(), "invalid");
      throw new AssertionError("expected a 400");
    } catch (BaselineDidit.ApiError e) {
      return e.fieldErrors;
    }
  }

  /** @return the field errors and the message, as a caller that logs the exception would read them */
  @Benchmark
  public Object errorSdkAndMessage() {
    try {
      didit.applications(Canned.DIDIT_ORG).create(Sides.diditRequest(), INVALID_CASE);
      throw new AssertionError("expected a 400");
    } catch (BadRequestException e) {
      return e.fieldErrors().size() + e.getMessage().length();
    }
  }

  /** @return the field errors and the message @throws IOException if the body does not parse */
  @Benchmark
  public Object errorBaselineAndMessage() throws IOException {
    try {
      baseline.create(BaselineDidit.sampleBody(), "invalid");
      throw new AssertionError("expected a 400");
    } catch (BaselineDidit.ApiError e) {
      return e.fieldErrors.size() + e.getMessage().length();
    }
  }
}
