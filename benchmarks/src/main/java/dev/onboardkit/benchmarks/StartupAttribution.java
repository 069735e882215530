package dev.onboardkit.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Attributes a cold start to where its classes come from ({@link StartupOrigin}), from the two files
 * {@code scripts/cold-start-attribution.sh} records per program:
 * <ul>
 *   <li>{@code classes <log>}: a {@code -Xlog:class+load:file=<log>:uptimenanos} log. Per origin: classes loaded
 *   (exact), how many came from the JDK's CDS archive, lambdas and other hidden classes, and a timeline estimate
 *   (each gap between two loads charged to the origin of the class loaded at its end; indicative only).
 *   <li>{@code jfr <recording>}: a JFR recording with execution samples and class-load events. Each sample is charged
 *   to the innermost frame of a non-JDK origin (JDK code working for a library counts for that library); samples
 *   with only JDK frames count as JDK; the samples taken inside a class loader are counted apart. Class-load
 *   durations are summed per origin of the loaded class (inclusive of the loads they trigger).
 * </ul>
 */
public final class StartupAttribution {
  private StartupAttribution() {}

  /**
   * Prints the attribution.
   *
   * @param args {@code classes <log>} or {@code jfr <recording>}
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Paths.get(args[1]);
    System.out.print(args[0].equals("jfr") ? jfr(file) : classes(Files.readAllLines(file, StandardCharsets.UTF_8)));
  }

  /** One line of the class-load log. */
  static final class Load {
    final long nanos;
    final String className;
    final String source;

    Load(long nanos, String className, String source) {
      this.nanos = nanos;
      this.className = className;
      this.source = source;
    }

    /** Parses {@code [123ns] java.lang.Object source: shared objects file}; returns null for other lines. */
    static Load parse(String line) {
      int close = line.indexOf("ns] ");
      int source = line.indexOf(" source: ");
      if (!line.startsWith("[") || close < 0 || source < close) {
        return null;
      }
      return new Load(Long.parseLong(line.substring(1, close)), line.substring(close + 4, source),
          line.substring(source + 9));
    }
  }

  static String classes(List<String> lines) {
    List<Load> loads = new ArrayList<>();
    for (String line : lines) {
      Load load = Load.parse(line);
      if (load != null) {
        loads.add(load);
      }
    }
    Map<StartupOrigin, long[]> rows = new EnumMap<>(StartupOrigin.class);
    long mainLoadedAt = -1;
    for (int i = 0; i < loads.size(); i++) {
      Load load = loads.get(i);
      StartupOrigin origin = StartupOrigin.of(load.className);
      long[] row = rows.computeIfAbsent(origin, k -> new long[4]);
      row[0]++;
      row[1] += load.source.equals("shared objects file") ? 1 : 0;
      row[2] += load.className.contains("$$Lambda") || load.className.contains("/0x") ? 1 : 0;
      row[3] += i == 0 ? 0 : load.nanos - loads.get(i - 1).nanos;
      if (mainLoadedAt < 0 && load.className.startsWith("dev.onboardkit.benchmarks.ColdStart")) {
        mainLoadedAt = load.nanos;
      }
    }
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "%-30s %8s %9s %8s %12s%n", "origin", "classes", "from CDS", "hidden", "timeline ms"));
    long total = 0;
    for (Map.Entry<StartupOrigin, long[]> e : rows.entrySet()) {
      long[] row = e.getValue();
      total += row[0];
      out.append(String.format(Locale.ROOT, "%-30s %8d %9d %8d %12.1f%n", e.getKey().label, row[0], row[1], row[2],
          row[3] / 1e6));
    }
    out.append(String.format(Locale.ROOT, "%-30s %8d%n", "total", total));
    if (!loads.isEmpty()) {
      out.append(String.format(Locale.ROOT, "main class loaded at %.1f ms, last class loaded at %.1f ms (JVM uptime)%n",
          mainLoadedAt / 1e6, loads.get(loads.size() - 1).nanos / 1e6));
    }
    return out.toString();
  }

  static String jfr(Path recording) throws IOException {
    Map<StartupOrigin, Integer> samples = new EnumMap<>(StartupOrigin.class);
    Map<StartupOrigin, Integer> loadingSamples = new EnumMap<>(StartupOrigin.class);
    Map<StartupOrigin, Map<String, Integer>> methods = new EnumMap<>(StartupOrigin.class);
    Map<StartupOrigin, Double> classLoadMs = new EnumMap<>(StartupOrigin.class);
    int sampleCount = 0;
    double gcMs = 0;
    double compileMs = 0;
    int compilations = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      String type = event.getEventType().getName();
      if (type.equals("jdk.ExecutionSample") || type.equals("jdk.NativeMethodSample")) {
        RecordedThread thread = event.getThread("sampledThread");
        if (thread != null && thread.getJavaName() != null && thread.getJavaName().startsWith("JFR")) {
          continue;
        }
        RecordedFrame frame = chargedFrame(event.getStackTrace());
        StartupOrigin origin = frame == null ? StartupOrigin.JDK : originOf(frame);
        samples.merge(origin, 1, Integer::sum);
        if (isLoadingClasses(event.getStackTrace())) {
          loadingSamples.merge(origin, 1, Integer::sum);
        }
        if (frame != null) {
          methods.computeIfAbsent(origin, k -> new HashMap<>()).merge(
              frame.getMethod().getType().getName() + "." + frame.getMethod().getName(), 1, Integer::sum);
        }
        sampleCount++;
      } else if (type.equals("jdk.ClassLoad")) {
        RecordedClass loaded = event.getClass("loadedClass");
        if (loaded != null) {
          classLoadMs.merge(StartupOrigin.of(loaded.getName()), event.getDuration().toNanos() / 1e6, Double::sum);
        }
      } else if (type.equals("jdk.GarbageCollection")) {
        gcMs += event.getDuration().toNanos() / 1e6;
      } else if (type.equals("jdk.Compilation")) {
        compileMs += event.getDuration().toNanos() / 1e6;
        compilations++;
      }
    }
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "%-30s %8s %7s %14s %15s%n", "origin", "samples", "share", "loading class", "class-load ms"));
    for (StartupOrigin origin : StartupOrigin.values()) {
      int n = samples.getOrDefault(origin, 0);
      Double ms = classLoadMs.get(origin);
      if (n > 0 || ms != null) {
        out.append(String.format(Locale.ROOT, "%-30s %8d %6.1f%% %14d %15.1f%n", origin.label, n,
            sampleCount == 0 ? 0 : 100.0 * n / sampleCount, loadingSamples.getOrDefault(origin, 0),
            ms == null ? 0 : ms));
      }
    }
    out.append(String.format(Locale.ROOT, "%-30s %8d%n", "samples (JFR threads excluded)", sampleCount));
    out.append("where the samples were charged (innermost non-JDK method, top 3 per origin):\n");
    methods.forEach((origin, counts) -> counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
        .forEach(e -> out.append(String.format(Locale.ROOT, "  %-28s %5d  %s%n", origin.label, e.getValue(),
            e.getKey()))));
    out.append(String.format(Locale.ROOT, "GC pauses %.1f ms; %d JIT compilations, %.1f ms on compiler threads%n",
        gcMs, compilations, compileMs));
    return out.toString();
  }

  /** The innermost frame of a non-JDK origin, or null when every frame is the JDK's. */
  private static RecordedFrame chargedFrame(RecordedStackTrace stack) {
    if (stack == null) {
      return null;
    }
    for (RecordedFrame frame : stack.getFrames()) {
      if (frame.getMethod() != null && frame.getMethod().getType() != null
          && originOf(frame) != StartupOrigin.JDK) {
        return frame;
      }
    }
    return null;
  }

  /** Whether the sampled thread was loading a class (the "loading class" column: samples inside a class loader). */
  private static boolean isLoadingClasses(RecordedStackTrace stack) {
    if (stack == null) {
      return false;
    }
    for (RecordedFrame frame : stack.getFrames()) {
      if (frame.getMethod() != null && frame.getMethod().getType() != null) {
        String type = frame.getMethod().getType().getName();
        if (type.equals("java.lang.ClassLoader") || type.startsWith("jdk.internal.loader.")) {
          return true;
        }
      }
    }
    return false;
  }

  private static StartupOrigin originOf(RecordedFrame frame) {
    return StartupOrigin.of(frame.getMethod().getType().getName());
  }
}
