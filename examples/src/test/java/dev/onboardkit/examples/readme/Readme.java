package dev.onboardkit.examples.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository's README.md and the code blocks it marks for testing: {@code <!-- quickstart: Name -->} before a
 * complete Java program, {@code <!-- quickstart-test: Name -->} before a complete JUnit test class, and
 * {@code <!-- quickstart-pom -->} before the Maven dependency snippet.
 */
final class Readme {
  private static final Pattern MARKED_BLOCK =
      Pattern.compile("<!-- (quickstart|quickstart-test): ([A-Za-z0-9]+) -->\\s*```java\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern POM_BLOCK = Pattern.compile("<!-- quickstart-pom -->\\s*```xml\\n(.*?)\\n```",
      Pattern.DOTALL);

  private final Path root;
  private final String text;

  private Readme(Path root, String text) {
    this.root = root;
    this.text = text;
  }

  /** Reads the README of the repository this module lives in (the working directory is the module). */
  static Readme load() {
    Path root = Paths.get("").toAbsolutePath().getParent();
    try {
      return new Readme(root, Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository's root directory. */
  Path root() {
    return root;
  }

  /** The whole README. */
  String text() {
    return text;
  }

  /** The programs marked {@code <!-- quickstart: Name -->}, by class name, in README order. */
  Map<String, String> quickstarts() {
    return blocks("quickstart");
  }

  /** The JUnit test classes marked {@code <!-- quickstart-test: Name -->}, by class name. */
  Map<String, String> quickstartTests() {
    return blocks("quickstart-test");
  }

  /** The XML of the block marked {@code <!-- quickstart-pom -->}. */
  String pomSnippet() {
    Matcher m = POM_BLOCK.matcher(text);
    if (!m.find()) {
      throw new AssertionError("README.md has no <!-- quickstart-pom --> block");
    }
    return m.group(1);
  }

  private Map<String, String> blocks(String kind) {
    Map<String, String> blocks = new LinkedHashMap<>();
    Matcher m = MARKED_BLOCK.matcher(text);
    while (m.find()) {
      if (m.group(1).equals(kind) && blocks.put(m.group(2), m.group(3) + "\n") != null) {
        throw new AssertionError("README.md marks two blocks as " + kind + " " + m.group(2));
      }
    }
    return blocks;
  }
}
