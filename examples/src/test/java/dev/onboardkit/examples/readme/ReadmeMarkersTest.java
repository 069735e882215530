package dev.onboardkit.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every program the README marks as a quickstart is run by a test here, and is a whole program. */
class ReadmeMarkersTest {
  private static final Readme README = Readme.load();

  @Test
  void theReadmeMarksExactlyTheProgramsAndTestsThatAreRun() {
    assertEquals(Quickstarts.PROGRAMS, List.copyOf(README.quickstarts().keySet()));
    assertEquals(Quickstarts.TESTS, List.copyOf(README.quickstartTests().keySet()));
  }

  @Test
  void eachMarkedBlockIsACompleteSourceFileOfItsClass() {
    README.quickstarts().forEach((name, source) -> {
      assertTrue(source.startsWith("import "), name + " starts with its imports");
      assertTrue(source.contains("\npublic class " + name + " {\n"), name + " declares public class " + name);
      assertTrue(source.contains("public static void main(String[] args)"), name + " has a main method");
    });
    README.quickstartTests().forEach((name, source) -> {
      assertTrue(source.startsWith("import "), name + " starts with its imports");
      assertTrue(source.contains("\nclass " + name + " {\n"), name + " declares class " + name);
    });
  }

  @Test
  void theDependencySnippetNamesThisBuildsVersionAndArtifactsTheBomManages() throws IOException {
    String snippet = README.pomSnippet();
    String rootPom = Files.readString(README.root().resolve("pom.xml"), StandardCharsets.UTF_8);
    String bom = Files.readString(README.root().resolve("sdk-bom/pom.xml"), StandardCharsets.UTF_8);
    Matcher version = Pattern.compile("<artifactId>onboardkit-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(rootPom);
    assertTrue(version.find());
    assertTrue(snippet.contains("<artifactId>sdk-bom</artifactId>\n      <version>" + version.group(1) + "</version>"),
        "the README imports sdk-bom " + version.group(1) + ":\n" + snippet);
    Matcher artifact = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(snippet);
    int artifacts = 0;
    while (artifact.find()) {
      artifacts++;
      if (!artifact.group(1).equals("sdk-bom")) {
        assertTrue(bom.contains("<artifactId>" + artifact.group(1) + "</artifactId>"),
            artifact.group(1) + " is not managed by sdk-bom");
        assertTrue(Files.isRegularFile(README.root().resolve(artifact.group(1)).resolve("pom.xml")),
            artifact.group(1) + " is not a module of this build");
      }
    }
    assertEquals(4, artifacts);
  }

  @Test
  void noQuickstartUsesTheExamplesHarness() {
    Pattern harness = Pattern.compile("\\b(ctx|Report|vault|ExampleContext)\\b");
    README.quickstarts().forEach((name, source) -> {
      Matcher m = harness.matcher(source);
      assertFalse(m.find(), name + " uses the examples' harness: " + (m.find(0) ? m.group() : ""));
    });
  }
}
