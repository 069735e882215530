package dev.onboardkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's excerpts marked {@code <!-- readme:NAME -->} (the Didit platform sections; the quickstarts are whole
 * programs, checked by the {@code readme} package's tests) must be, character for character (after removing the
 * common indentation), the regions marked {@code // [readme:NAME]} in the examples' compiled sources: so they are code
 * that compiles and runs in CI.
 */
class ReadmeSnippetsTest {
  private static final Pattern README_BLOCK =
      Pattern.compile("<!-- readme:([a-z0-9-]+) -->\\s*```java\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern SOURCE_REGION =
      Pattern.compile("// \\[readme:([a-z0-9-]+)\\]\\n(.*?)\\n\\s*// \\[/readme\\]", Pattern.DOTALL);

  @Test
  void everyReadmeSnippetIsTheExamplesOwnCode() throws IOException {
    Path module = Paths.get("").toAbsolutePath();
    String readme = Files.readString(module.resolveSibling("README.md"), StandardCharsets.UTF_8);
    Map<String, String> regions = new LinkedHashMap<>();
    try (Stream<Path> sources = Stream.concat(Files.walk(module.resolve("src/main/java")),
        Files.walk(module.resolve("src/test/java")))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
        Matcher m = SOURCE_REGION.matcher(Files.readString(source, StandardCharsets.UTF_8));
        while (m.find()) {
          regions.put(m.group(1), dedent(m.group(2)));
        }
      }
    }
    Matcher m = README_BLOCK.matcher(readme);
    int blocks = 0;
    while (m.find()) {
      blocks++;
      String name = m.group(1);
      assertFalse(!regions.containsKey(name), "README snippet '" + name + "' has no // [readme:" + name + "] region");
      assertEquals(regions.get(name), dedent(m.group(2)), "README snippet '" + name + "' drifted from the example");
    }
    assertEquals(regions.keySet().size(), blocks, "every marked region appears in the README: " + regions.keySet());
  }

  private static String dedent(String block) {
    List<String> lines = block.lines().collect(Collectors.toList());
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
  }
}
