package dev.onboardkit.examples.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a README program on its own and runs it in a JVM of its own, as a user would. */
final class JavaPrograms {
  private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);

  private static final Map<String, Path> COMPILED = new ConcurrentHashMap<>();

  private JavaPrograms() {}

  /** Compiles a program once per test run, into {@code target/readme-programs/<name>}; see {@link #compile}. */
  static synchronized Path compiled(String className, String source) throws IOException {
    Path classes = COMPILED.get(className);
    if (classes == null) {
      Path dir = Paths.get("target", "readme-programs", className).toAbsolutePath();
      if (Files.exists(dir)) {
        try (Stream<Path> old = Files.walk(dir)) {
          for (Path p : old.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
            Files.delete(p);
          }
        }
      }
      classes = compile(className, source, dir);
      COMPILED.put(className, classes);
    }
    return classes;
  }

  /** This module's test class path: the SDK, the testkit, their dependencies and JUnit. */
  static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  /**
   * Compiles one source file alone, as Java 11 source, against the test class path; any error or lint warning fails
   * the test with javac's messages.
   *
   * @return the directory holding the class files
   */
  static Path compile(String className, String source, Path dir) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src")).resolve(className + ".java");
    Files.writeString(src, source, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "11", "-proc:none", "-Xlint:all,-classfile", "-Werror",
          "-classpath", testClassPath(), "-d", classes.toString());
      boolean compiled = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(src)).call();
      String messages = diagnostics.getDiagnostics().stream().map(JavaPrograms::format)
          .collect(Collectors.joining("\n"));
      assertTrue(compiled && messages.isEmpty(), "README program " + className + " does not compile cleanly:\n"
          + messages);
    }
    return classes;
  }

  private static String format(Diagnostic<? extends JavaFileObject> d) {
    return d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT);
  }

  /** Runs a compiled program to its end (at most a minute) with the given environment and arguments. */
  static Run run(Path classes, String className, Map<String, String> env, Path workDir, String... args)
      throws IOException, InterruptedException {
    Path out = workDir.resolve(className + ".out");
    Path err = workDir.resolve(className + ".err");
    Process process = start(classes, className, env, workDir, args, ProcessBuilder.Redirect.to(out.toFile()),
        err);
    boolean exited = process.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly().waitFor();
    }
    Run run = new Run(exited ? process.exitValue() : -1, Files.readAllLines(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    assertTrue(exited, className + " still running after " + RUN_TIMEOUT + ": " + run);
    return run;
  }

  /** Starts a program that keeps running (a webhook server); stop it with {@link Server#stop()}. */
  static Server startServer(Path classes, String className, Map<String, String> env, Path workDir)
      throws IOException {
    Path err = workDir.resolve(className + ".err");
    return new Server(start(classes, className, env, workDir, new String[0], ProcessBuilder.Redirect.PIPE, err),
        err);
  }

  private static Process start(Path classes, String className, Map<String, String> env, Path workDir,
      String[] args, ProcessBuilder.Redirect stdout, Path stderr) throws IOException {
    List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
        .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", classes + File.pathSeparator + testClassPath(), className));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectOutput(stdout)
        .redirectError(stderr.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("KLARA_") || name.startsWith("DIDIT_")
        || name.equals("PORT"));
    builder.environment().putAll(env);
    return builder.start();
  }

  /** How a program ended. */
  record Run(int exitCode, List<String> stdout, String stderr) {
    String output() {
      return String.join("\n", stdout);
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\nstdout:\n" + output() + "\nstderr:\n" + stderr;
    }
  }

  /** A running program whose standard output is read line by line. */
  static final class Server {
    private final Process process;
    private final Path err;
    private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private Server(Process process, Path err) {
      this.process = process;
      this.err = err;
      this.reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
          in.lines().forEach(unread::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          // the process ended
        }
      });
      reader.setDaemon(true);
      reader.start();
    }

    /** Waits (at most a minute) for a line of standard output that starts with {@code prefix} and returns it. */
    String awaitLine(String prefix) throws IOException, InterruptedException {
      long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
      while (System.nanoTime() < deadline) {
        String line = unread.poll(100, TimeUnit.MILLISECONDS);
        if (line != null) {
          lines.add(line);
          if (line.startsWith(prefix)) {
            return line;
          }
        } else if (!process.isAlive() && unread.isEmpty()) {
          break;
        }
      }
      throw new AssertionError("no line starting with '" + prefix + "' in " + lines + "; stderr:\n"
          + Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Stops the program and returns every line it printed. */
    List<String> stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
      reader.join(10_000);
      unread.drainTo(lines);
      return lines;
    }
  }
}
