package dev.onboardkit.core.internal.error;

import dev.onboardkit.core.error.ErrorBody;
import dev.onboardkit.core.support.TestVendor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The decoding every API shares: text, HTML and empty bodies, bare arrays, JSON strings, bounds, and how an
 * {@link ErrorShape} fills the body. Each vendor's envelope is tested in its client module.
 */
class ErrorBodyDecoderTest {
  /** Reads every member as a field error, to exercise flattening and its bounds. */
  private static final ErrorShape EVERY_MEMBER = (object, parts) -> parts.flatten("", object);

  private static ErrorBody decode(String body) {
    return decode(body, TestVendor.SHAPE);
  }

  private static ErrorBody decode(String body, ErrorShape shape) {
    return ErrorBodyDecoder.decode(body.getBytes(StandardCharsets.UTF_8), "application/json", shape);
  }

  @Test
  void bareArrayBecomesNonFieldErrors() {
    ErrorBody e = decode("[\"Invalid OTP token.\"]");

    assertEquals(List.of("Invalid OTP token."), e.nonFieldErrors());
    assertEquals("Invalid OTP token.", e.message());
    assertEquals(Map.of(), e.fieldErrors());
  }

  @Test
  void bareArrayWithSeveralMessages() {
    ErrorBody e = decode("[\"This password is too short.\", \"This password is too common.\"]");

    assertEquals(List.of("This password is too short.", "This password is too common."), e.nonFieldErrors());
    assertEquals("This password is too short. (and 1 more)", e.message());
  }

  @Test
  void emptyBody() {
    ErrorBody e = ErrorBodyDecoder.decode(new byte[0], null, TestVendor.SHAPE);

    assertEquals("", e.message());
    assertFalse(e.isJson());
    assertEquals(Map.of(), e.properties());
  }

  @Test
  void htmlFromAProxyUsesTheTitle() {
    ErrorBody e = ErrorBodyDecoder.decode(("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
        + "<body><h1>502 Bad Gateway</h1><hr>nginx</body></html>").getBytes(StandardCharsets.UTF_8), "text/html",
        TestVendor.SHAPE);

    assertEquals("502 Bad Gateway", e.message());
    assertFalse(e.isJson());
  }

  @Test
  void plainTextUsesTheFirstLine() {
    ErrorBody e = ErrorBodyDecoder.decode("\n  upstream connect error or disconnect/reset before headers\nmore"
        .getBytes(StandardCharsets.UTF_8), "text/plain", TestVendor.SHAPE);

    assertEquals("upstream connect error or disconnect/reset before headers", e.message());
  }

  @Test
  void truncatedJsonFallsBackToText() {
    ErrorBody e = decode("{\"error\": \"Invalid conf");

    assertFalse(e.isJson());
    assertEquals("{\"error\": \"Invalid conf", e.message());
  }

  @Test
  void jsonStringScalar() {
    assertEquals("Service down", decode("\"Service down\"").message());
  }

  @Test
  void longMessagesAreCutAndControlCharactersCollapsed() {
    String longText = "x".repeat(5000);
    ErrorBody e = decode("{\"detail\":\"" + longText + "\"}");
    assertEquals(303, e.message().length());

    assertEquals("line one line two", decode("{\"detail\":\"line one\\r\\nline two\"}").message());
  }

  @Test
  void deepNestingNeverThrows() {
    String deep = "{\"a\":".repeat(1000) + "1" + "}".repeat(1000);
    ErrorBody e = decode(deep, EVERY_MEMBER);
    assertTrue(e.message().length() <= 303);

    String deepArray = "[".repeat(5000) + "]".repeat(5000);
    assertTrue(decode(deepArray, EVERY_MEMBER).message().length() <= 303);
  }

  @Test
  void randomBytesNeverThrow() {
    Random random = new Random(42);
    for (int i = 0; i < 2000; i++) {
      byte[] bytes = new byte[random.nextInt(300)];
      random.nextBytes(bytes);
      if (i % 3 == 0 && bytes.length > 0) {
        bytes[0] = (byte) (i % 2 == 0 ? '{' : '[');
      }
      ErrorBody e = ErrorBodyDecoder.decode(bytes, i % 2 == 0 ? "application/json" : null, EVERY_MEMBER);
      assertTrue(e.message().length() <= 303);
    }
  }

  @Test
  void manyFieldErrorsAreBounded() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < 5000; i++) {
      sb.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":[\"bad\"]");
    }
    ErrorBody e = decode(sb.append('}').toString(), EVERY_MEMBER);

    assertEquals(200, e.fieldErrors().size());
  }

  @Test
  void messagesAreCollapsedToOneLineAndCappedForTenThousandSeededStrings() {
    char[] alphabet = {'a', 'Z', '7', '.', ' ', ' ', '\t', '\n', '\r', '\u0000', '\u007f', '\u0085', '\u00a0', '\u2028',
        '\u3000', '\u00e9', '\u4e2d'};
    Random random = new Random(20261122L);
    for (int round = 0; round < 10_000; round++) {
      int length = random.nextInt(4) == 0 ? 295 + random.nextInt(10) : random.nextInt(12);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String json = "{\"detail\":" + jsonString(text.toString()) + "}";

      assertEquals(collapsed(text.toString()), decode(json).message(), json);
    }
  }


  @Test
  void theShapeReadsObjectsAndNothingElse() {
    ErrorShape summaryFromNote = (object, parts) -> parts.summary(ErrorBodyParts.text(object.get("note")))
        .code(ErrorBodyParts.text(object.get("kind"))).retryAfter(ErrorBodyParts.seconds(object.get("after")))
        .field("name", "is required");
    ErrorBody e = decode("{\"note\":\"Closed\",\"kind\":\"closed\",\"after\":\"2.5\"}", summaryFromNote);

    assertEquals("Closed", e.message());
    assertEquals(Optional.of("closed"), e.code());
    assertEquals(Optional.of(Duration.ofMillis(2500)), e.retryAfter());
    assertEquals(Map.of("name", List.of("is required")), e.fieldErrors());
    assertEquals(Map.of("note", "Closed", "kind", "closed", "after", "2.5"), e.properties());
    assertEquals(List.of("a"), decode("[\"a\"]", summaryFromNote).nonFieldErrors());
  }

  @Test
  void withoutAShapeAnObjectHasNoSummaryButKeepsItsMembers() {
    ErrorBody e = decode("{\"detail\":\"Closed\"}", ErrorShape.NONE);

    assertEquals("", e.message());
    assertTrue(e.isJson());
    assertEquals(Map.of("detail", "Closed"), e.properties());
  }

  @Test
  void aShapeThatFailsLeavesATextSummary() {
    ErrorShape failing = (object, parts) -> {
      throw new IllegalStateException("unexpected member");
    };

    ErrorBody e = decode("{\"detail\": \"Closed\"}", failing);

    assertEquals("{\"detail\": \"Closed\"}", e.message());
    assertFalse(e.isJson());
  }

  @Test
  void aNamedNonFieldMemberCollectsMessagesTiedToNoField() {
    ErrorShape shape = (object, parts) -> parts.nonFieldMember("general").flatten("", object);

    ErrorBody e = decode("{\"general\":[\"Closed\"],\"name\":[\"Too long\"]}", shape);

    assertEquals(List.of("Closed"), e.nonFieldErrors());
    assertEquals(Map.of("name", List.of("Too long")), e.fieldErrors());
    assertEquals("Closed (and 1 more)", e.message());
  }
  /** The documented rule, written independently: whitespace and control runs become one space, trimmed, 300 chars. */
  private static String collapsed(String s) {
    String oneLine = s.replaceAll("[\\s\\p{Cntrl}\\u0085\\u2028\\u3000]+", " ").strip();
    oneLine = oneLine.replaceAll("^[\\s\\p{Cntrl}]+|[\\s\\p{Cntrl}]+$", "");
    return oneLine.length() >= 300 ? oneLine.substring(0, 300) + "..." : oneLine;
  }

  private static String jsonString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      out.append(c < 0x20 || c == '"' || c == '\\' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.append('"').toString();
  }
}
