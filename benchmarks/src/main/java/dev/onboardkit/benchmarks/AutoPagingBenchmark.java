package dev.onboardkit.benchmarks;

import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraApplicationSummary;
import dev.onboardkit.klara.applications.KlaraListApplicationsParams;
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
import org.openjdk.jmh.infra.Blackhole;

/** Benchmark 4: iterating 1,000 Klara applications over 10 pages of 100 (canned, in-process). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AutoPagingBenchmark {
  static final int PAGES = 10;
  static final int PER_PAGE = 100;

  private KlaraClient klara;
  private BaselineKlara baseline;

  /** Builds both sides. */
  @Setup
  public void setUp() {
    klara = Sides.klara(CannedInterceptor.client(PAGES, PER_PAGE), Canned.KLARA_BASE);
    baseline = Sides.baselineKlara(CannedInterceptor.client(PAGES, PER_PAGE), Canned.KLARA_BASE);
  }

  /** Closes the SDK client. */
  @TearDown
  public void tearDown() {
    klara.close();
  }

  /** @param bh consumes each application @return the number of applications seen */
  @Benchmark
  public int pagingSdk(Blackhole bh) {
    int n = 0;
    for (KlaraApplicationSummary a : klara.applications().list(KlaraListApplicationsParams.builder().limit(100).build())
        .autoPager()) {
      bh.consume(a);
      n++;
    }
    return n;
  }

  /** @param bh consumes each application @return the number of applications seen @throws IOException never */
  @Benchmark
  public int pagingBaseline(Blackhole bh) throws IOException {
    int n = 0;
    String cursor = null;
    do {
      BaselineKlara.Page page = baseline.list(cursor);
      for (BaselineKlara.Summary a : page.applications) {
        bh.consume(a);
        n++;
      }
      cursor = page.hasMore ? page.nextCursor : null;
    } while (cursor != null);
    return n;
  }
}
