package dev.onboardkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.SdkDefaults;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * No response the SDK accepts, of any shape, makes the heap outgrow a small multiple of the read cap: each shape below
 * is decoded, or rejected with the exact exception, by a client running in its own JVM with {@code -Xmx64m}
 * ({@link MemoryBoundsMain}), without an {@link OutOfMemoryError}. The bodies come close to the 4 MiB cap; shapes of
 * tiny elements ({@code [{},{},...]}) cost Java objects many times their size in bytes, which the token limit stops.
 */
class MemoryBoundsTest {
  static final int CAP = SdkDefaults.Limits.MAX_RESPONSE_BYTES;
  static final String LIMITS = "the JSON exceeds the SDK's limits (at most 256 levels of nesting, 262144 tokens,"
      + " strings of at most 4194304 bytes)";
  static final String APPLICATION_HEAD = "{\"id\":\"app-1\",\"status\":\"in_progress\","
      + "\"created_at\":\"2026-03-05T14:30:00Z\",\"data\":{\"fields\":";
  static final int WITHIN_TOKEN_LIMIT = 40_000;

  /** The responses, in the order the client asks for them. */
  enum Shape {
    DIDIT_LIST_OF_EMPTY_OBJECTS(false, n -> repeat("[", "{}", "]", n),
        "ResponseDecodingException: Could not decode the 200 response: required fields are missing"
            + " or null: uuid, name"),
    DIDIT_LIST_OF_ORGANIZATIONS_PAST_THE_TOKEN_LIMIT(false, n -> repeat("[", "{\"uuid\":\"o\",\"name\":\"n\"}", "]", n),
        "ResponseDecodingException: Could not decode the 200 response: " + LIMITS),
    DIDIT_LIST_OF_ORGANIZATIONS_WITHIN_THE_TOKEN_LIMIT(false, n -> organizations(WITHIN_TOKEN_LIMIT),
        "decoded " + WITHIN_TOKEN_LIMIT + " organizations"),
    KLARA_FIELDS_HOLDING_A_LIST_OF_EMPTY_OBJECTS(true, n -> repeat("{\"data\":{\"fields\":{\"k\":[", "{}", "]}}}", n),
        "ResponseDecodingException: Could not decode the 200 response: " + LIMITS),
    KLARA_APPLICATION_WITH_FIELDS_HOLDING_A_LIST_OF_EMPTY_ARRAYS(true,
        n -> repeat(APPLICATION_HEAD + "{\"k\":[", "[]", "]}}}", n),
        "ResponseDecodingException: Could not decode the 200 response: " + LIMITS),
    KLARA_APPLICATION_WITH_ONE_STRING_CLOSE_TO_THE_CAP(true, n -> {
      String head = APPLICATION_HEAD + "{\"notes\":\"";
      String tail = "\"}}}";
      return head + "n".repeat(n - head.length() - tail.length()) + tail;
    }, "decoded, notes of " + (CAP - 1024 - APPLICATION_HEAD.length() - "{\"notes\":\"\"}}}".length()) + " chars"),
    A_BODY_ONE_BYTE_OVER_THE_CAP(false, n -> repeat("[", "0", "]", CAP + 1),
        "ResponseDecodingException: Could not decode the 200 response: the body is larger than "
            + CAP + " bytes");

    final boolean klara;
    final IntFunction<String> body;
    final String expected;

    Shape(boolean klara, IntFunction<String> body, String expected) {
      this.klara = klara;
      this.body = body;
      this.expected = expected;
    }
  }

  /** {@code head}, then {@code element} repeated with commas, then {@code tail}: {@code size} characters or fewer. */
  static String repeat(String head, String element, String tail, int size) {
    StringBuilder sb = new StringBuilder(size).append(head);
    int count = (size - head.length() - tail.length() + 1) / (element.length() + 1);
    for (int i = 0; i < count; i++) {
      sb.append(i == 0 ? "" : ",").append(element);
    }
    return sb.append(tail).toString();
  }

  static String organizations(int count) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"uuid\":\"org-").append(i).append("\",\"name\":\"Org ").append(i)
          .append("\"}");
    }
    return sb.append(']').toString();
  }

  @Test
  void everyShapeCloseToTheCapIsDecodedOrRejectedExactlyInA64MiBHeap() throws Exception {
    try (ScriptedSocketServer server = new ScriptedSocketServer()) {
      List<String> expected = new ArrayList<>();
      for (Shape shape : Shape.values()) {
        String body = shape.body.apply(CAP - 1024);
        server.then(ScriptedSocketServer.respond(200, body));
        expected.add(shape + ": " + shape.expected);
      }
      Path out = Files.createTempFile("memory-bounds", ".txt");
      Process child = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
          "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
          MemoryBoundsMain.class.getName(), server.url("").toString())
          .redirectErrorStream(true).redirectOutput(out.toFile()).start();
      assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child finished");
      List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
      Files.delete(out);

      assertEquals(0, child.exitValue(), "exit 0 (3 would be an OutOfMemoryError): " + lines);
      assertEquals(expected, lines.subList(0, Math.min(lines.size(), expected.size())), String.join("\n", lines));
      assertEquals(expected.size() + 1, lines.size(), String.join("\n", lines));
      assertTrue(lines.get(expected.size()).matches("max heap: 6[0-4] MiB"), lines.toString());
      Figures.report("-Xmx64m child JVM, " + Shape.values().length + " responses of about " + (CAP - 1024)
          + " bytes (cap " + CAP + "): " + Shape.values().length + " exact outcomes, 0 OutOfMemoryError; "
          + lines.get(expected.size()) + "; classpath entries " + System.getProperty("java.class.path")
          .split(File.pathSeparator).length);
    }
  }
}
