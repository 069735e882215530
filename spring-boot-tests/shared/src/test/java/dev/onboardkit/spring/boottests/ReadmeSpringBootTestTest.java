package dev.onboardkit.spring.boottests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Spring Boot test is, line for line, {@code sample/OnboardingServiceTest} (which runs on Boot 3 and
 * Boot 4) without its package declaration.
 */
class ReadmeSpringBootTestTest {
  private static final Pattern BLOCK =
      Pattern.compile("<!-- spring-boot-test: OnboardingServiceTest -->\\s*```java\\n(.*?\\n)```", Pattern.DOTALL);

  @Test
  void theReadmesSpringBootTestIsTheOneThatRunsHere() throws IOException {
    Path shared = Path.of("").toAbsolutePath().resolveSibling("shared");
    String readme = Files.readString(shared.resolve("../../README.md").normalize(), StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(readme);
    assertEquals(true, m.find(), "README.md has no <!-- spring-boot-test: OnboardingServiceTest --> block");
    String source = Files.readString(shared.resolve(
        "src/test/java/dev/onboardkit/spring/sample/OnboardingServiceTest.java"), StandardCharsets.UTF_8);
    assertEquals(source.replaceFirst("^package [a-z.]+;\n\n", ""), m.group(1));
  }
}
