package dev.onboardkit.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Each side's runtime class path: the artifacts it needs at run time, found on a resolved class path, counted and
 * sized. The lists are proven sufficient by FootprintTest, which runs every cold-start program on exactly its side's
 * jars plus this module's classes; the SDK lists are what Maven resolves for the client module at runtime scope.
 * Usage: {@code java -cp benchmarks.jar dev.onboardkit.benchmarks.Footprint benchmarks/target/runtime-classpath.txt}
 * (the file the build writes with {@code dependency:build-classpath}).
 */
public final class Footprint {
  private static final String[] OKHTTP = {
      "com.squareup.okhttp3:okhttp-jvm", "com.squareup.okio:okio-jvm", "org.jetbrains.kotlin:kotlin-stdlib",
      "org.jetbrains:annotations"};
  private static final String[] JACKSON = {
      "com.fasterxml.jackson.core:jackson-databind", "com.fasterxml.jackson.core:jackson-core",
      "com.fasterxml.jackson.core:jackson-annotations"};
  private static final String[] SDK = {
      "dev.onboardkit:sdk-core", "com.fasterxml.jackson.datatype:jackson-datatype-jdk8",
      "com.fasterxml.jackson.datatype:jackson-datatype-jsr310", "org.slf4j:slf4j-api"};

  /** A side of the comparison, by the artifacts on its runtime class path. */
  enum Side {
    SDK_KLARA("OnboardKit klara-client", concat(new String[] {"dev.onboardkit:klara-client"}, SDK, OKHTTP, JACKSON)),
    SDK_DIDIT("OnboardKit didit-client", concat(new String[] {"dev.onboardkit:didit-client"}, SDK, OKHTTP, JACKSON)),
    HAND_WRITTEN("hand-written OkHttp + Jackson",
        concat(OKHTTP, JACKSON, new String[] {"com.fasterxml.jackson.datatype:jackson-datatype-jsr310"})),
    GENERATED("generated okhttp-gson", concat(OKHTTP, new String[] {
        "com.squareup.okhttp3:logging-interceptor", "com.google.code.gson:gson", "io.gsonfire:gson-fire"}));

    final String label;
    final List<String> artifacts;

    Side(String label, List<String> artifacts) {
      this.label = label;
      this.artifacts = artifacts;
    }

    static Side of(ColdStartProgram program) {
      switch (program) {
        case KLARA_SDK:
          return SDK_KLARA;
        case DIDIT_SDK:
          return SDK_DIDIT;
        case DIDIT_GENERATED:
          return GENERATED;
        default:
          return HAND_WRITTEN;
      }
    }
  }

  private Footprint() {}

  /**
   * Prints each side's jar count and size.
   *
   * @param args the file holding the resolved runtime class path
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    String classpath = Files.readString(Paths.get(args[0]), StandardCharsets.UTF_8).strip();
    System.out.print(report(split(classpath)));
  }

  static List<Path> split(String classpath) {
    return Stream.of(classpath.split(File.pathSeparator)).filter(s -> !s.isEmpty()).map(Paths::get)
        .collect(Collectors.toList());
  }

  /** The table: one row per side, then its jars. */
  static String report(List<Path> classpath) {
    StringBuilder out = new StringBuilder("runtime class path per side (jar count, MiB)\n");
    for (Side side : Side.values()) {
      List<Path> jars = jars(side, classpath);
      out.append(String.format(Locale.ROOT, "%-32s %2d jars %6.2f MiB%n", side.label, jars.size(), mib(jars)));
      for (Path jar : jars) {
        out.append(String.format(Locale.ROOT, "    %-48s %6.2f MiB%n", jar.getFileName(), mib(List.of(jar))));
      }
    }
    return out.toString();
  }

  /**
   * Finds the entry of each of the side's artifacts on the class path.
   *
   * @throws IllegalStateException if an artifact is missing
   */
  static List<Path> jars(Side side, List<Path> classpath) {
    List<Path> found = new ArrayList<>();
    for (String artifact : side.artifacts) {
      found.add(classpath.stream().filter(p -> isArtifact(p, artifact)).findFirst().orElseThrow(
          () -> new IllegalStateException(artifact + " is not on the class path")));
    }
    return found;
  }

  /** A repository jar ({@code .../group/path/artifact/version/...}) or a reactor module's jar or classes. */
  private static boolean isArtifact(Path entry, String coordinates) {
    String group = coordinates.substring(0, coordinates.indexOf(':'));
    String artifact = coordinates.substring(coordinates.indexOf(':') + 1);
    String path = entry.toAbsolutePath().toString().replace(File.separatorChar, '/');
    if (path.contains("/" + group.replace('.', '/') + "/" + artifact + "/")) {
      return true;
    }
    return group.equals("dev.onboardkit") && path.contains("/" + artifact + "/target/");
  }

  /**
   * The class path of a cold-start program run on its side's jars only, plus this module's classes.
   *
   * @param resolved the resolved runtime class path
   * @param benchmarkClasses this module's classes directory (the shaded jar would bring every side's libraries)
   */
  static String classpath(ColdStartProgram program, List<Path> resolved, Path benchmarkClasses) {
    List<Path> entries = new ArrayList<>(jars(Side.of(program), resolved));
    entries.add(benchmarkClasses);
    return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private static double mib(List<Path> entries) {
    long bytes = 0;
    for (Path entry : entries) {
      try (Stream<Path> files = Files.walk(entry)) {
        bytes += files.filter(Files::isRegularFile).mapToLong(Footprint::size).sum();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bytes / (1024.0 * 1024.0);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> concat(String[]... parts) {
    return Stream.of(parts).flatMap(Stream::of).collect(Collectors.toUnmodifiableList());
  }
}
