package dev.onboardkit.benchmarks;

import dev.onboardkit.benchmarks.generated.ApiException;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.klara.KlaraClient;
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
 * Benchmark 1: create-application end to end through the public API, with the network replaced by an OkHttp
 * interceptor answering the documented response. Didit has a third side, the client generated from Didit's OpenAPI
 * excerpt ({@link GeneratedDidit}). Only code on each side of the HTTP call is measured. Run with
 * {@code -prof gc} for bytes allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InProcessBenchmark {
  private KlaraClient klara;
  private BaselineKlara baselineKlara;
  private DiditAuthClient didit;
  private BaselineDidit baselineDidit;
  private GeneratedDidit generatedDidit;

  /** Builds every side over separate clients with the canned interceptor. */
  @Setup
  public void setUp() {
    klara = Sides.klara(CannedInterceptor.client(1, 1), Canned.KLARA_BASE);
    baselineKlara = Sides.baselineKlara(CannedInterceptor.client(1, 1), Canned.KLARA_BASE);
    didit = Sides.didit(CannedInterceptor.client(1, 1), Canned.DIDIT_BASE);
    baselineDidit = Sides.baselineDidit(CannedInterceptor.client(1, 1), Canned.DIDIT_BASE);
    generatedDidit = Sides.generatedDidit(CannedInterceptor.client(1, 1), Canned.DIDIT_BASE);
  }

  /** Closes the SDK clients. */
  @TearDown
  public void tearDown() {
    klara.close();
    didit.close();
  }

  /** @return the decoded response (consumed by JMH) */
  @Benchmark
  public Object klaraCreateSdk() {
    return klara.applications().create(Sides.klaraRequest());
  }

  /** @return the decoded response (consumed by JMH) @throws IOException never with the canned response */
  @Benchmark
  public Object klaraCreateBaseline() throws IOException {
    return baselineKlara.create(BaselineKlara.sampleBody());
  }

  /** @return the decoded response (consumed by JMH) */
  @Benchmark
  public Object diditCreateSdk() {
    return didit.applications(Canned.DIDIT_ORG).create(Sides.diditRequest());
  }

  /** @return the decoded response (consumed by JMH) @throws IOException never with the canned response */
  @Benchmark
  public Object diditCreateBaseline() throws IOException {
    return baselineDidit.create(BaselineDidit.sampleBody(), null);
  }

  /** @return the decoded response (consumed by JMH) @throws ApiException never with the canned response */
  @Benchmark
  public Object diditCreateGenerated() throws ApiException {
    return generatedDidit.create(GeneratedDidit.sampleBody());
  }

}
