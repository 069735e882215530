package dev.onboardkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Benchmark 5: times whole processes. Starts the loopback server, then runs every {@link ColdStartProgram} in turn,
 * {@code runs} rounds (after one discarded round), and prints the median wall-clock time of each and the ratios.
 * Every process must print the id its call decoded, or the run fails. Usage: {@code java -cp benchmarks.jar
 * dev.onboardkit.benchmarks.ColdStartRunner [runs] [--own-classpath benchmarks/target/runtime-classpath.txt]}. By
 * default every process runs on the shaded benchmarks jar (the same jar for every side); with {@code --own-classpath}
 * each runs on its own side's jars ({@link Footprint}) plus {@code benchmarks/target/classes}.
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
    Function<ColdStartProgram, String> classpath = p -> ownJarClasspath();
    String mode = "every side on the shaded benchmarks jar";
    if (args.length > 2 && args[1].equals("--own-classpath")) {
      List<Path> resolved = Footprint.split(Files.readString(Paths.get(args[2]), StandardCharsets.UTF_8).strip());
      Path classes = Paths.get(ownJarClasspath()).toAbsolutePath().getParent().resolve("classes");
      classpath = p -> Footprint.classpath(p, resolved, classes);
      mode = "each side on its own jars";
    }
    Map<ColdStartProgram, Double> ms = measure(runs, true, classpath);
    System.out.printf(Locale.ROOT, "cold start, median of %d runs per program (%s), ms%n", runs, mode);
    System.out.printf(Locale.ROOT, "klara: sdk %.0f, hand-written %.0f; sdk/hand-written %.3f%n",
        ms.get(ColdStartProgram.KLARA_SDK), ms.get(ColdStartProgram.KLARA_HAND_WRITTEN),
        ms.get(ColdStartProgram.KLARA_SDK) / ms.get(ColdStartProgram.KLARA_HAND_WRITTEN));
    System.out.printf(Locale.ROOT,
        "didit: sdk %.0f, hand-written %.0f, generated %.0f; sdk/hand-written %.3f, sdk/generated %.3f%n",
        ms.get(ColdStartProgram.DIDIT_SDK), ms.get(ColdStartProgram.DIDIT_HAND_WRITTEN),
        ms.get(ColdStartProgram.DIDIT_GENERATED),
        ms.get(ColdStartProgram.DIDIT_SDK) / ms.get(ColdStartProgram.DIDIT_HAND_WRITTEN),
        ms.get(ColdStartProgram.DIDIT_SDK) / ms.get(ColdStartProgram.DIDIT_GENERATED));
  }

  /**
   * Returns the median milliseconds of each program.
   *
   * @param runs measured rounds
   * @param discardFirstRound whether one unmeasured round runs first
   * @param classpath the class path each program's JVM gets
   */
  static Map<ColdStartProgram, Double> measure(int runs, boolean discardFirstRound,
      Function<ColdStartProgram, String> classpath) throws Exception {
    Map<ColdStartProgram, List<Double>> times = new EnumMap<>(ColdStartProgram.class);
    try (LoopbackServer server = LoopbackServer.start(0, 2)) {
      for (int i = discardFirstRound ? -1 : 0; i < runs; i++) {
        for (ColdStartProgram program : ColdStartProgram.values()) {
          double ms = runOnce(program, classpath.apply(program), server);
          if (i >= 0) {
            times.computeIfAbsent(program, k -> new ArrayList<>()).add(ms);
          }
        }
      }
    }
    Map<ColdStartProgram, Double> medians = new EnumMap<>(ColdStartProgram.class);
    times.forEach((program, values) -> medians.put(program, median(values)));
    return medians;
  }

  /** The class path of this JVM's own code: the shaded benchmarks jar, or the test class path under Maven. */
  static String ownJarClasspath() {
    try {
      Path jar = Paths.get(ColdStartRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar.toFile().isDirectory() ? System.getProperty("java.class.path") : jar.toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs one program in a new JVM and returns its wall-clock milliseconds.
   *
   * @throws IllegalStateException if it fails or does not print the id it should have decoded
   */
  static double runOnce(ColdStartProgram program, String classpath, LoopbackServer server)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    long start = System.nanoTime();
    Process p = new ProcessBuilder(java, "-cp", classpath, program.mainClass.getName(), program.vendor.baseUrl(server))
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    double ms = (System.nanoTime() - start) / 1e6;
    if (code != 0 || output.lines().noneMatch(program.vendor.createdId::equals)) {
      throw new IllegalStateException(program.mainClass.getSimpleName() + " exited with " + code + ":\n" + output);
    }
    return ms;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
