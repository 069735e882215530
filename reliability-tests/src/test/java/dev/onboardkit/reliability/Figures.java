package dev.onboardkit.reliability;

import java.io.IOException;
import java.lang.reflect.Method;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one-line summaries the reliability tests print: {@code [reliability] Class#method | figures}. Each line goes to
 * standard output (the surefire report) and is appended to {@code target/reliability-figures.txt}, from which
 * {@code docs/reliability.md} takes its figures.
 */
final class Figures {
  static final Path FILE = Path.of("target", "reliability-figures.txt");

  private Figures() {}

  /**
   * Prints and records a summary line, named after the calling test method.
   *
   * @param figures what the test counted
   */
  static synchronized void report(String figures) {
    String test = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
        .filter(Figures::isTest)
        .map(f -> f.getDeclaringClass().getSimpleName() + "#" + f.getMethodName())
        .findFirst().orElse("?"));
    String line = "[reliability] " + test + " | " + figures;
    System.out.println(line);
    System.out.flush();
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, line + System.lineSeparator(), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isTest(StackWalker.StackFrame frame) {
    try {
      Method m = frame.getDeclaringClass().getDeclaredMethod(frame.getMethodName());
      return m.isAnnotationPresent(org.junit.jupiter.api.Test.class);
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
