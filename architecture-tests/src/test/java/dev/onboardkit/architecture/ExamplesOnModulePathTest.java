package dev.onboardkit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's examples as an application on the module path would: a separate JVM with only
 * {@code --module-path}, the examples module as the root. A package the examples use but a module does not export, or
 * a package Jackson binds but a module does not open, makes it fail.
 */
class ExamplesOnModulePathTest {
  @Test
  void theExamplesRunOnTheModulePath(@TempDir Path dir) throws Exception {
    String modulePath = Files.readString(Path.of(System.getProperty("examples.module.path.file"))).trim();
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath,
        "--module", "dev.onboardkit.examples/dev.onboardkit.examples.RunAllExamples");
    builder.environment().keySet().removeIf(name -> name.startsWith("KLARA_") || name.startsWith("DIDIT_"));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();

    boolean exited = process.waitFor(2, TimeUnit.MINUTES);
    if (!exited) {
      process.destroyForcibly();
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertTrue(exited, "still running after 2 minutes; stderr:\n" + stderr);
    assertEquals(0, process.exitValue(), "stderr:\n" + stderr);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    String stdout = String.join("\n", lines);
    for (String expected : List.of(
        "OnboardKit examples: Klara embedded fake, Didit embedded fake",
        "status=SUBMITTED",
        "answered 200",
        "tokens issued",
        "applications in the organization",
        "== All 11 examples ran")) {
      assertTrue(stdout.contains(expected), "no '" + expected + "' in:\n" + stdout + "\nstderr:\n" + stderr);
    }
  }
}
