package dev.onboardkit.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new Maven project made only of what the README gives (its dependency snippet and its quickstart programs) builds
 * against the artifacts the README's install step puts into a local repository, and its first program runs.
 *
 * <p>The install step itself ({@code mvn -B install -DskipTests}) is not run here: it rebuilds the whole reactor.
 * Instead this test installs this build's own artifacts into an empty local repository the way maven-install-plugin
 * lays them out (pom, jar, {@code _remote.repositories}), and the new project resolves everything else from the
 * machine's Maven repository through a {@code file:} mirror, so nothing is downloaded.
 */
class FreshMavenProjectTest {
  private static final Pattern VERSION = Pattern.compile("<artifactId>onboardkit-parent</artifactId>\\s*"
      + "<version>([^<]+)</version>");
  private static final List<String> INSTALLED_JARS = List.of("sdk-core", "klara-client", "didit-client",
      "sdk-testkit");

  @TempDir
  Path dir;

  @Test
  void aProjectMadeFromTheReadmeBuildsAndRunsItsFirstCall() throws Exception {
    Readme readme = Readme.load();
    Path root = readme.root();
    String rootPom = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8);
    String version = match(VERSION, rootPom);
    Path repo = dir.resolve("repo");
    install(repo, "onboardkit-parent", version, root.resolve("pom.xml"), null);
    install(repo, "sdk-bom", version, root.resolve("sdk-bom/pom.xml"), null);
    for (String module : INSTALLED_JARS) {
      install(repo, module, version, root.resolve(module).resolve("pom.xml"),
          root.resolve(module).resolve("target/classes"));
    }

    Path project = Files.createDirectories(dir.resolve("project"));
    Files.writeString(project.resolve("pom.xml"), pom(readme.pomSnippet(), rootPom), StandardCharsets.UTF_8);
    Path sources = Files.createDirectories(project.resolve("src/main/java"));
    for (Map.Entry<String, String> program : readme.quickstarts().entrySet()) {
      Files.writeString(sources.resolve(program.getKey() + ".java"), program.getValue(), StandardCharsets.UTF_8);
    }
    Path settings = dir.resolve("settings.xml");
    Files.writeString(settings, "<settings><mirrors><mirror><id>this-machine</id><mirrorOf>*</mirrorOf><url>"
        + machineRepository().toUri() + "</url></mirror></mirrors></settings>", StandardCharsets.UTF_8);

    Path log = dir.resolve("mvn.log");
    ProcessBuilder build = new ProcessBuilder(maven(), "-B", "-q", "-s", settings.toString(),
        "-Dmaven.repo.local=" + repo, "compile",
        "org.apache.maven.plugins:maven-dependency-plugin:" + match(property("dependency-plugin.version"), rootPom)
            + ":build-classpath", "-Dmdep.outputFile=classpath.txt")
        .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    build.environment().put("JAVA_HOME", System.getProperty("java.home"));   // the JDK this build runs on
    Process mvn = build.start();
    mvn.getOutputStream().close();
    boolean done = mvn.waitFor(3, TimeUnit.MINUTES);
    if (!done) {
      mvn.destroyForcibly().waitFor();
    }
    String mvnLog = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(done && mvn.exitValue() == 0, "the README project does not build:\n" + mvnLog);

    String classpath = Files.readString(project.resolve("classpath.txt"), StandardCharsets.UTF_8).strip();
    for (String module : INSTALLED_JARS.subList(0, 3)) {
      assertTrue(classpath.contains(repo.resolve("dev/onboardkit").resolve(module).resolve(version)
          .resolve(module + "-" + version + ".jar").toString()), module + " from the installed repository: "
          + classpath);
    }
    try (FakeKlaraServer fake = FakeKlaraServer.start()) {
      JavaPrograms.Run run = run(project, classpath, Map.of("KLARA_API_KEY", fake.issueApiKey(),
          "KLARA_BASE_URL", fake.baseUrl().toString()));

      assertEquals(0, run.exitCode(), run.toString());
      assertEquals(List.of("Created application " + fake.createdApplications().get(0).id()
          + " with a pre-auth code"), run.stdout());
      assertEquals(List.of("POST /applications -> 201"), fake.requestLog());
    }
  }

  /** The README's snippet in a minimal project; plugin versions pinned to this build's, which are cached. */
  private static String pom(String snippet, String rootPom) {
    return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
        + "<modelVersion>4.0.0</modelVersion>\n"
        + "<groupId>com.example</groupId><artifactId>readme-quickstart</artifactId><version>1.0</version>\n"
        + "<properties><maven.compiler.release>11</maven.compiler.release>"
        + "<project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>\n"
        + snippet + "\n"
        + "<build><pluginManagement><plugins>\n"
        + plugin("maven-resources-plugin", match(property("resources-plugin.version"), rootPom))
        + plugin("maven-compiler-plugin", match(property("compiler-plugin.version"), rootPom))
        + "</plugins></pluginManagement></build>\n"
        + "</project>\n";
  }

  private static String plugin(String artifactId, String version) {
    return "<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>" + artifactId + "</artifactId><version>"
        + version + "</version></plugin>\n";
  }

  private JavaPrograms.Run run(Path project, String classpath, Map<String, String> env) throws Exception {
    Path out = dir.resolve("run.out");
    Path err = dir.resolve("run.err");
    ProcessBuilder builder = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", project.resolve("target/classes") + File.pathSeparator + classpath, "KlaraQuickstart")
        .directory(project.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("KLARA_") || name.startsWith("DIDIT_"));
    builder.environment().putAll(env);
    Process process = builder.start();
    assertTrue(process.waitFor(1, TimeUnit.MINUTES), "KlaraQuickstart did not finish");
    return new JavaPrograms.Run(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Lays an artifact out as maven-install-plugin does: the pom, the jar if any, and the install marker. */
  private static void install(Path repo, String artifactId, String version, Path pom, Path classes)
      throws IOException {
    Path target = Files.createDirectories(repo.resolve("dev/onboardkit").resolve(artifactId).resolve(version));
    String base = artifactId + "-" + version;
    Files.copy(pom, target.resolve(base + ".pom"));
    StringBuilder marker = new StringBuilder(base + ".pom>=\n");
    if (classes != null) {
      assertTrue(Files.isDirectory(classes), classes + " is missing: build the module first");
      jar(classes, target.resolve(base + ".jar"));
      marker.append(base).append(".jar>=\n");
    }
    Files.writeString(target.resolve("_remote.repositories"), marker, StandardCharsets.UTF_8);
  }

  private static void jar(Path classes, Path jar) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
      for (Path file : files) {
        zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        Files.copy(file, zip);
        zip.closeEntry();
      }
    }
  }

  /** The Maven repository this build resolved its own dependencies from, found through a jar on the class path. */
  private static Path machineRepository() {
    String marker = "/com/fasterxml/jackson/core/jackson-databind/";
    for (String entry : JavaPrograms.testClassPath().split(File.pathSeparator)) {
      int at = entry.replace(File.separatorChar, '/').indexOf(marker);
      if (at > 0) {
        return Paths.get(entry.substring(0, at));
      }
    }
    throw new AssertionError("no jackson-databind jar from a Maven repository on the class path");
  }

  private static String maven() {
    String home = System.getProperty("maven.home");
    assertTrue(home != null && !home.isBlank(), "maven.home is not set (the examples pom passes it to surefire)");
    return Paths.get(home, "bin", "mvn").toString();
  }

  private static Pattern property(String name) {
    return Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">");
  }

  private static String match(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertTrue(m.find(), "no " + pattern + " in the root pom");
    return m.group(1);
  }
}
