package dev.onboardkit.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No JDK 11 runs in CI, so this is the check that stands in for one: every class file an application loads with the
 * clients and the testkit targets Java 11 or older (class file version 55 or lower). Multi-release entries for newer
 * JDKs ({@code META-INF/versions/N/}) and module descriptors are not loaded by Java 11 and are not checked; JUnit
 * (Java 17 in JUnit 6) is the test project's own choice and is left out.
 */
class Java11ClassFilesTest {
  private static final int JAVA_11 = 55;

  @Test
  void everyRuntimeClassFileLoadsOnJava11() throws IOException {
    List<String> tooNew = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    for (String entry : JavaPrograms.testClassPath().split(File.pathSeparator)) {
      Path path = Paths.get(entry);
      String name = path.getFileName().toString();
      if (entry.isEmpty() || name.equals("test-classes") || isJUnit(entry)) {
        continue;
      }
      checked.add(Files.isDirectory(path) ? path.getParent().getParent().getFileName().toString() : name);
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
            try (InputStream in = Files.newInputStream(file)) {
              check(in, file.toString(), tooNew);
            }
          }
        }
      } else if (name.endsWith(".jar")) {
        try (JarFile jar = new JarFile(path.toFile())) {
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            JarEntry classFile = e.nextElement();
            if (classFile.getName().endsWith(".class") && !classFile.getName().startsWith("META-INF/versions/")
                && !classFile.getName().endsWith("module-info.class")) {
              try (InputStream in = jar.getInputStream(classFile)) {
                check(in, name + "!" + classFile.getName(), tooNew);
              }
            }
          }
        }
      }
    }
    for (String expected : List.of("sdk-core", "klara-client", "didit-client", "sdk-testkit", "okhttp-jvm-",
        "okio-jvm-", "kotlin-stdlib-", "jackson-databind-", "jackson-core-", "slf4j-api-")) {
      assertTrue(checked.stream().anyMatch(c -> c.startsWith(expected)), expected + " not among " + checked);
    }
    assertEquals(List.of(), tooNew.stream().limit(20).collect(Collectors.toList()));
  }

  private static boolean isJUnit(String entry) {
    String unix = entry.replace(File.separatorChar, '/');
    return unix.contains("/org/junit/") || unix.contains("/org/opentest4j/") || unix.contains("/org/apiguardian/");
  }

  private static void check(InputStream in, String where, List<String> tooNew) throws IOException {
    DataInputStream data = new DataInputStream(in);
    data.readInt();                        // magic
    data.readUnsignedShort();              // minor version
    int major = data.readUnsignedShort();
    if (major > JAVA_11 && !where.endsWith("module-info.class")) {
      tooNew.add(where + " (class file version " + major + ")");
    }
  }
}
