package dev.onboardkit.spring.boottests;

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
import org.springframework.boot.SpringBootVersion;

/**
 * This run is the README's "Spring Boot 3" or "Spring Boot 4" row of tested versions: the Jackson, Kotlin and JUnit
 * versions on the class path are the ones that Boot release manages, and the README names them.
 */
class TestedVersionsTest {
  @Test
  void theReadmesRowIsWhatThisRunUses() throws IOException {
    String boot = SpringBootVersion.getVersion();
    String readme = Files.readString(Path.of("").toAbsolutePath().resolve("../../README.md").normalize(),
        StandardCharsets.UTF_8);
    List<String> lines = readme.substring(readme.indexOf("<!-- tested-versions -->")).lines().skip(1)
        .takeWhile(l -> l.startsWith("|")).collect(Collectors.toList());
    List<String> header = cells(lines.get(0));
    String run = "Spring Boot " + boot.substring(0, boot.indexOf('.'));
    List<String> row = lines.stream().map(TestedVersionsTest::cells).filter(c -> c.get(0).equals(run)).findFirst()
        .orElseThrow(() -> new AssertionError("no row '" + run + "' in the README's tested versions"));

    assertEquals(boot, row.get(header.indexOf("Spring Boot")));
    assertTrue(Arrays.asList(row.get(header.indexOf("Java")).split(",\\s*"))
        .contains(Integer.toString(Runtime.version().feature())), "Java " + Runtime.version().feature());
    assertEquals(PackageVersion.VERSION.toString(), row.get(header.indexOf("Jackson")));
    assertEquals(KotlinVersion.CURRENT.toString(), row.get(header.indexOf("kotlin-stdlib")));
    assertEquals(OkHttp.VERSION, row.get(header.indexOf("OkHttp")));
    assertEquals(Test.class.getPackage().getImplementationVersion(), row.get(header.indexOf("JUnit Jupiter")));
  }

  private static List<String> cells(String line) {
    return Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip)
        .collect(Collectors.toList());
  }
}
