package dev.onboardkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
 * each program once. Proves they still run; the numbers mean nothing and nothing is asserted about timing.
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
        "diditCreateGenerated", "errorSdk", "errorBaseline", "errorSdkAndMessage", "errorBaselineAndMessage",
        "pagingSdk", "pagingBaseline", "threads1Sdk", "threads1Baseline", "threads32Sdk", "threads32Baseline",
        "diditThreads1Sdk", "diditThreads1Baseline", "diditThreads1Generated", "diditThreads32Sdk",
        "diditThreads32Baseline", "diditThreads32Generated"), names);
    for (RunResult r : results) {
      assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().getBenchmark());
    }
  }

  /**
   * Runs every cold-start program once, each on only its own side's jars (plus this module's classes): the harness
   * works, every program decodes its id (runOnce checks), and each side's {@link Footprint} list is enough to run it.
   */
  @Test
  void coldStartHarnessRunsEverySideOnItsOwnJars() throws Exception {
    List<Path> resolved = Footprint.split(System.getProperty("java.class.path"));
    Path classes = Paths.get(ColdStartRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI());

    Map<ColdStartProgram, Double> medians =
        ColdStartRunner.measure(1, false, program -> Footprint.classpath(program, resolved, classes));

    assertEquals(EnumSet.allOf(ColdStartProgram.class), medians.keySet());
    medians.values().forEach(ms -> assertTrue(ms > 0));
  }

  @Test
  void footprintFindsEverySidesJars() {
    List<Path> resolved = Footprint.split(System.getProperty("java.class.path"));

    assertEquals(12, Footprint.jars(Footprint.Side.SDK_DIDIT, resolved).size());
    assertEquals(8, Footprint.jars(Footprint.Side.HAND_WRITTEN, resolved).size());
    assertEquals(7, Footprint.jars(Footprint.Side.GENERATED, resolved).size());
    String report = Footprint.report(resolved);
    assertTrue(report.lines().anyMatch(l -> l.startsWith("generated okhttp-gson") && l.contains(" 7 jars")), report);
  }
}
