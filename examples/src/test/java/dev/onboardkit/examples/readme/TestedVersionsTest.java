package dev.onboardkit.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kotlin.KotlinVersion;
import okhttp3.OkHttp;
import org.junit.jupiter.api.Test;

/**
 * The README's table of tested versions ({@code <!-- tested-versions -->}) matches the build: the "build" row is what
 * this test runs on, and the other rows name the versions the build's poms set for those runs (each of those runs
 * checks its own row at run time too).
 */
class TestedVersionsTest {
  private static final Readme README = Readme.load();

  @Test
  void theBuildRowIsWhatThisTestRunsOn() {
    Map<String, String> build = TestedVersions.row(README.text(), "build");

    assertTrue(TestedVersions.javaMajors(build).contains(Runtime.version().feature()),
        "Java " + Runtime.version().feature() + " is not in the README's build row: " + build);
    assertEquals(PackageVersion.VERSION.toString(), build.get("Jackson"));
    assertEquals(KotlinVersion.CURRENT.toString(), build.get("kotlin-stdlib"));
    assertEquals(OkHttp.VERSION, build.get("OkHttp"));
    assertEquals(org.junit.jupiter.api.Test.class.getPackage().getImplementationVersion(), build.get("JUnit Jupiter"));
    assertEquals("none", build.get("Spring Boot"));
  }

  @Test
  void everyRowNamesTheVersionsThePomsSet() throws IOException {
    String rootPom = read("pom.xml");
    String text = README.text();

    assertEquals(property(rootPom, "jackson.version"), TestedVersions.row(text, "build").get("Jackson"));
    assertEquals(property(rootPom, "okhttp.version"), TestedVersions.row(text, "build").get("OkHttp"));
    assertEquals(property(rootPom, "junit.version"), TestedVersions.row(text, "build").get("JUnit Jupiter"));
    assertEquals(property(read("testkit-junit5-tests/pom.xml"), "junit.version"),
        TestedVersions.row(text, "testkit on JUnit 5.10").get("JUnit Jupiter"));
    for (String major : List.of("3", "4")) {
      String version = property(rootPom, "spring-boot" + major + ".version");
      assertEquals(version, TestedVersions.row(text, "Spring Boot " + major).get("Spring Boot"));
      assertTrue(read("spring-boot-tests/boot" + major + "/pom.xml").contains("<artifactId>spring-boot-starter-parent"
          + "</artifactId>\n    <version>" + version + "</version>"), "boot" + major + " runs Spring Boot " + version);
    }
  }

  @Test
  void everyRowClaimsTheJavaVersionsCiRuns() throws IOException {
    String ci = read(".ci/run");
    assertTrue(ci.contains("mvn -B verify") && ci.contains("-ge 17"), "the CI script runs the build on JDK 17+");
    for (String run : List.of("build", "testkit on JUnit 5.10", "Spring Boot 3", "Spring Boot 4")) {
      assertEquals(List.of(17, 25), TestedVersions.javaMajors(TestedVersions.row(README.text(), run)), run);
    }
  }

  private static String read(String path) throws IOException {
    return Files.readString(README.root().resolve(path), StandardCharsets.UTF_8);
  }

  private static String property(String pom, String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    assertTrue(m.find(), "no property " + name);
    return m.group(1);
  }

  /** Reads the table that follows {@code <!-- tested-versions -->}. */
  static final class TestedVersions {
    private TestedVersions() {}

    static Map<String, String> row(String readme, String run) {
      int at = readme.indexOf("<!-- tested-versions -->");
      assertTrue(at >= 0, "README.md has no <!-- tested-versions --> table");
      List<String> lines = readme.substring(at).lines().skip(1).takeWhile(l -> l.startsWith("|"))
          .collect(Collectors.toList());
      List<String> header = cells(lines.get(0));
      for (String line : lines.subList(2, lines.size())) {
        List<String> cells = cells(line);
        if (cells.get(0).equals(run)) {
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), cells.get(i));
          }
          return row;
        }
      }
      throw new AssertionError("no row '" + run + "' in the README's tested versions");
    }

    static List<Integer> javaMajors(Map<String, String> row) {
      return Arrays.stream(row.get("Java").split(",\\s*")).map(Integer::valueOf).collect(Collectors.toList());
    }

    private static List<String> cells(String line) {
      return Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip)
          .collect(Collectors.toList());
    }
  }
}
