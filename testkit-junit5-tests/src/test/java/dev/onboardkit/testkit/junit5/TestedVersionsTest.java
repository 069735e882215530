package dev.onboardkit.testkit.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import kotlin.KotlinVersion;
import okhttp3.OkHttp;
import org.junit.jupiter.api.Test;

/** This run is the README's "testkit on JUnit 5.10" row of tested versions. */
class TestedVersionsTest {
  @Test
  void theReadmesRowIsWhatThisRunUses() throws IOException {
    String readme = Files.readString(Path.of("").toAbsolutePath().resolveSibling("README.md"), StandardCharsets.UTF_8);
    List<String> lines = readme.substring(readme.indexOf("<!-- tested-versions -->")).lines().skip(1)
        .takeWhile(l -> l.startsWith("|")).collect(Collectors.toList());
    List<String> header = cells(lines.get(0));
    List<String> row = lines.stream().map(TestedVersionsTest::cells)
        .filter(c -> c.get(0).equals("testkit on JUnit 5.10")).findFirst().orElseThrow();

    assertTrue(Arrays.asList(row.get(header.indexOf("Java")).split(",\\s*"))
        .contains(Integer.toString(Runtime.version().feature())), "Java " + Runtime.version().feature());
    assertEquals(org.junit.jupiter.api.Test.class.getPackage().getImplementationVersion(),
        row.get(header.indexOf("JUnit Jupiter")));
    assertEquals("5.10.2", org.junit.jupiter.api.Test.class.getPackage().getImplementationVersion());
    assertEquals(PackageVersion.VERSION.toString(), row.get(header.indexOf("Jackson")));
    assertEquals(KotlinVersion.CURRENT.toString(), row.get(header.indexOf("kotlin-stdlib")));
    assertEquals(OkHttp.VERSION, row.get(header.indexOf("OkHttp")));
  }

  private static List<String> cells(String line) {
    return Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip)
        .collect(Collectors.toList());
  }
}
