package dev.onboardkit.benchmarks;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark 5: times whole processes. Starts the loopback server, then runs {@link ColdStartSdk} and
 * {@link ColdStartBaseline} alternately {@code runs} times each (after one discarded run per side) and prints the
 * median wall-clock times and their ratio. Usage: {@code java -cp benchmarks.jar
 * dev.onboardkit.benchmarks.ColdStartRunner [runs]}.
 */
public final class ColdStartRunner {
  private ColdStartRunner() {}

  /**
   * Runs the measurement.
   *
   * @param args optional run count (default 10)
   * @throws Exception if a process fails
   */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    double[] medians = measure(runs);
    System.out.printf(Locale.ROOT, "cold start median over %d runs: sdk %.0f ms, baseline %.0f ms, ratio %.3f%n",
        runs, medians[0], medians[1], medians[0] / medians[1]);
  }

  /** Returns the median milliseconds of {SDK, baseline}. */
  static double[] measure(int runs) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path jar = Paths.get(ColdStartRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String classpath = jar.toFile().isDirectory() ? System.getProperty("java.class.path") : jar.toString();
    try (LoopbackServer server = LoopbackServer.start(0, 2)) {
      List<Double> sdk = new ArrayList<>();
      List<Double> baseline = new ArrayList<>();
      for (int i = -1; i < runs; i++) {
        double s = run(java, classpath, ColdStartSdk.class, server.klaraBaseUrl());
        double b = run(java, classpath, ColdStartBaseline.class, server.klaraBaseUrl());
        if (i >= 0) {
          sdk.add(s);
          baseline.add(b);
        }
      }
      return new double[] {median(sdk), median(baseline)};
    }
  }

  private static double run(String java, String classpath, Class<?> main, String url) throws Exception {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(java, "-cp", classpath, main.getName(), url)
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    int code = p.waitFor();
    if (code != 0) {
      throw new IllegalStateException(main.getSimpleName() + " exited with " + code);
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
