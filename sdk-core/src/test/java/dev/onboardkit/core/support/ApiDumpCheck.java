package dev.onboardkit.core.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The API guard: compares a module's public API ({@link ApiDumper}) with the dump committed at
 * {@code <module>/api/<module>.api}, and fails with the difference when they disagree. With {@code -Dapi.update=true}
 * it rewrites the committed dump instead, so an intended API change is one command and a reviewed diff of that file.
 */
public final class ApiDumpCheck {
  /** The system property that rewrites the dumps instead of checking them. */
  public static final String UPDATE_PROPERTY = "api.update";

  private static final String HOW_TO_UPDATE = "If the change is intended, run scripts/update-api-dumps.sh (or "
      + "mvn -B verify -Dapi.update=true) and commit the updated .api file with the change.";

  private ApiDumpCheck() {}

  /**
   * Checks (or, with {@code -Dapi.update=true}, rewrites) the committed dump of the module under test.
   *
   * @param artifactId the module's artifact id, which names the dump file
   * @param anchor a main class of the module under test, whose classes directory is dumped
   */
  public static void verify(String artifactId, Class<?> anchor) {
    compare(artifactId, ApiDumper.dump(classesRoot(anchor), anchor.getClassLoader()));
  }

  /**
   * Checks (or rewrites) the committed dump of a module without a descriptor, such as the Spring Boot starter.
   *
   * @param artifactId the module's artifact id, which names the dump file
   * @param automaticModuleName the module's {@code Automatic-Module-Name}
   * @param anchor a main class of the module under test, whose classes directory is dumped
   */
  public static void verifyAutomatic(String artifactId, String automaticModuleName, Class<?> anchor) {
    compare(artifactId, ApiDumper.dumpAutomatic(classesRoot(anchor), anchor.getClassLoader(), automaticModuleName));
  }

  private static void compare(String artifactId, String actual) {
    Path file = Paths.get(System.getProperty("basedir", ".")).resolve("api").resolve(artifactId + ".api");
    try {
      if (Boolean.getBoolean(UPDATE_PROPERTY)) {
        Files.createDirectories(file.getParent());
        Files.write(file, actual.getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (!Files.exists(file)) {
        fail("No API dump at " + file + ". " + HOW_TO_UPDATE);
      }
      String committed = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
      if (!committed.equals(actual)) {
        fail("The public API of " + artifactId + " differs from " + file + ".\n" + HOW_TO_UPDATE + "\n"
            + difference(committed, actual));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the lines only in the committed dump (-) and only in the compiled API (+), each member prefixed with its
   * type.
   *
   * @param committed the committed dump
   * @param actual the dump of the compiled classes
   * @return the difference, one line each
   */
  public static String difference(String committed, String actual) {
    Set<String> before = qualifiedLines(committed);
    Set<String> after = qualifiedLines(actual);
    StringBuilder out = new StringBuilder();
    before.stream().filter(l -> !after.contains(l)).forEach(l -> out.append("- ").append(l).append('\n'));
    after.stream().filter(l -> !before.contains(l)).forEach(l -> out.append("+ ").append(l).append('\n'));
    return out.length() == 0 ? "(only the order or blank lines differ)" : out.toString();
  }

  private static Set<String> qualifiedLines(String dump) {
    Set<String> lines = new LinkedHashSet<>();
    String owner = "";
    for (String line : dump.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (!line.startsWith(" ")) {
        owner = line;
        lines.add(line);
      } else {
        lines.add(owner + " :: " + line.trim());
      }
    }
    return lines;
  }

  private static Path classesRoot(Class<?> anchor) {
    try {
      Path root = Paths.get(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isDirectory(root)) {
        throw new IllegalStateException(anchor + " was not loaded from a classes directory but from " + root);
      }
      return root;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
