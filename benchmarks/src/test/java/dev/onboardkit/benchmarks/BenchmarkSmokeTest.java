package dev.onboardkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * CI's smoke mode: every benchmark runs one short iteration in-process (no fork), and the cold-start harness runs
 * each side once. Proves they still run; the numbers mean nothing and nothing is asserted about timing.
 */
class BenchmarkSmokeTest {
  @Test
  void everyBenchmarkRunsOnce() throws Exception {
    Options options = new OptionsBuilder()
        .include("dev\\.onboardkit\\.benchmarks\\..*")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(200))
        .shouldFailOnError(true)
        .build();

    Collection<RunResult> results = new Runner(options).run();

    Set<String> names = results.stream().map(r -> r.getParams().getBenchmark().replaceAll(".*\\.", ""))
        .collect(Collectors.toSet());
    assertEquals(Set.of("klaraCreateSdk", "klaraCreateBaseline", "diditCreateSdk", "diditCreateBaseline",
        "errorSdk", "errorBaseline", "errorSdkAndMessage", "errorBaselineAndMessage", "pagingSdk", "pagingBaseline",
        "threads1Sdk", "threads1Baseline", "threads32Sdk", "threads32Baseline"), names);
    for (RunResult r : results) {
      assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().getBenchmark());
    }
  }

  @Test
  void coldStartHarnessRunsBothSides() throws Exception {
    double[] medians = ColdStartRunner.measure(1);
    assertTrue(medians[0] > 0 && medians[1] > 0);
  }
}
