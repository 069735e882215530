package dev.onboardkit.benchmarks;

import dev.onboardkit.benchmarks.generated.ApiException;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.klara.KlaraClient;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 2: throughput of create-application against a minimal local HTTP server (the same one for every side),
 * with one shared client per side, at 1 and 32 threads: Klara (SDK, hand-written) and Didit (SDK, hand-written,
 * generated).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class LoopbackBenchmark {
  private LoopbackServer server;
  private KlaraClient klara;
  private BaselineKlara baseline;
  private DiditAuthClient didit;
  private BaselineDidit baselineDidit;
  private GeneratedDidit generatedDidit;

  /** Starts the server and one client per side (each with its own connection pool). */
  @Setup
  public void setUp() throws IOException {
    server = LoopbackServer.start(0, 4);
    klara = Sides.klara(pooledClient(), server.klaraBaseUrl());
    baseline = Sides.baselineKlara(pooledClient(), server.klaraBaseUrl());
    didit = Sides.didit(pooledClient(), server.diditBaseUrl());
    baselineDidit = Sides.baselineDidit(pooledClient(), server.diditBaseUrl());
    generatedDidit = Sides.generatedDidit(pooledClient(), server.diditBaseUrl());
  }

  private static OkHttpClient pooledClient() {
    return new OkHttpClient.Builder().connectionPool(new okhttp3.ConnectionPool(64, 5, TimeUnit.MINUTES)).build();
  }

  /** Stops everything. */
  @TearDown
  public void tearDown() {
    klara.close();
    didit.close();
    server.close();
  }

  /** @return the response */
  @Benchmark
  @Threads(1)
  public Object threads1Sdk() {
    return klara.applications().create(Sides.klaraRequest());
  }

  /** @return the response @throws IOException on a network failure */
  @Benchmark
  @Threads(1)
  public Object threads1Baseline() throws IOException {
    return baseline.create(BaselineKlara.sampleBody());
  }

  /** @return the response */
  @Benchmark
  @Threads(32)
  public Object threads32Sdk() {
    return klara.applications().create(Sides.klaraRequest());
  }

  /** @return the response @throws IOException on a network failure */
  @Benchmark
  @Threads(32)
  public Object threads32Baseline() throws IOException {
    return baseline.create(BaselineKlara.sampleBody());
  }

  /** @return the response */
  @Benchmark
  @Threads(1)
  public Object diditThreads1Sdk() {
    return didit.applications(Canned.DIDIT_ORG).create(Sides.diditRequest());
  }

  /** @return the response @throws IOException on a network failure */
  @Benchmark
  @Threads(1)
  public Object diditThreads1Baseline() throws IOException {
    return baselineDidit.create(BaselineDidit.sampleBody(), null);
  }

  /** @return the response @throws ApiException on a network failure */
  @Benchmark
  @Threads(1)
  public Object diditThreads1Generated() throws ApiException {
    return generatedDidit.create(GeneratedDidit.sampleBody());
  }

  /** @return the response */
  @Benchmark
  @Threads(32)
  public Object diditThreads32Sdk() {
    return didit.applications(Canned.DIDIT_ORG).create(Sides.diditRequest());
  }

  /** @return the response @throws IOException on a network failure */
  @Benchmark
  @Threads(32)
  public Object diditThreads32Baseline() throws IOException {
    return baselineDidit.create(BaselineDidit.sampleBody(), null);
  }

  /** @return the response @throws ApiException on a network failure */
  @Benchmark
  @Threads(32)
  public Object diditThreads32Generated() throws ApiException {
    return generatedDidit.create(GeneratedDidit.sampleBody());
  }
}
