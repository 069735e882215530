package dev.onboardkit.didit.internal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.didit.internal.webhook.CanonicalJsonException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rejection reasons, limits and robustness of the canonicalizer; Python's expected output is in PythonVectorsTest. */
class CanonicalJsonTest {
  private static final String MARKER = "SENSITIVE-MARKER";

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "{", "}", "[", "[1,]", "[,1]", "{\"a\"}", "{\"a\":}", "{\"a\" 1}", "{a:1}",
      "{\"a\":1,}", "{'a':1}", "[01]", "[1.]", "[.5]", "[1e]", "[1e+]", "[+1]", "[-]", "[--1]", "[0x10]", "tru",
      "nul", "nan", "infinity", "-NaN", "[\"\\x\"]", "[\"\\u12\"]", "[\"\\u12g4\"]", "\"unterminated", "\"a\\",
      "{} {}", "[] x", "\f[]", "[\"\u0001\"]", "[\"\t\"]", "\u00a0[]", "[1 2]", "{\"a\":1 \"b\":2}"})
  void invalidJsonIsRejectedAsInvalid(String body) {
    CanonicalJsonException e = reject(body.getBytes(StandardCharsets.UTF_8));
    assertEquals(Reason.INVALID_JSON, e.reason(), body);
  }

  @Test
  void nullIsAnEmptyBody() {
    assertEquals(Reason.INVALID_JSON, assertThrows(CanonicalJsonException.class,
        () -> CanonicalJson.canonicalize(null)).reason());
  }

  @Test
  void messagesGiveAnOffsetButNeverQuoteTheBody() {
    String[] bodies = {"{\"" + MARKER + "\" 1}", "[\"" + MARKER + "\\q\"]", "{\"k\":\"" + MARKER + "\\ud800\"}",
        "[\"" + MARKER + "\"] " + MARKER, MARKER};
    for (String body : bodies) {
      String message = reject(body.getBytes(StandardCharsets.UTF_8)).getMessage();
      assertFalse(message.contains(MARKER) || message.contains("SENSITIVE"), message);
    }
    assertEquals("Invalid JSON at byte 7: expected ':' after an object key",
        reject("{\"abc\" 1}".getBytes(StandardCharsets.UTF_8)).getMessage());
  }

  @Test
  void nestingUpToTheLimitIsAcceptedAndBeyondItRejected() throws CanonicalJsonException {
    String ok = "[".repeat(CanonicalJson.MAX_DEPTH) + "]".repeat(CanonicalJson.MAX_DEPTH);
    assertEquals(ok, canonical(ok));
    String objects = "{\"a\":".repeat(CanonicalJson.MAX_DEPTH - 1) + "{}" + "}".repeat(CanonicalJson.MAX_DEPTH - 1);
    assertEquals(objects, canonical(objects));

    String deeper = "[".repeat(CanonicalJson.MAX_DEPTH + 1) + "]".repeat(CanonicalJson.MAX_DEPTH + 1);
    assertEquals(Reason.TOO_DEEP, reject(deeper.getBytes(StandardCharsets.US_ASCII)).reason());
  }

  @Test
  void hostileDepthFailsFastWithoutOverflowingTheStack() {
    byte[] body = new byte[1_000_000];
    Arrays.fill(body, (byte) '[');
    assertEquals(Reason.TOO_DEEP, reject(body).reason());
    Arrays.fill(body, (byte) '{');
    assertEquals(Reason.INVALID_JSON, reject(body).reason(), "a key is expected first");
  }

  @Test
  void aBodyOverTheLimitIsRejectedBeforeParsing() throws CanonicalJsonException {
    byte[] body = "[\"0123456789\"]".getBytes(StandardCharsets.US_ASCII);
    assertEquals("[\"0123456789\"]", new String(CanonicalJson.canonicalize(body, body.length), StandardCharsets.UTF_8));
    CanonicalJsonException e = assertThrows(CanonicalJsonException.class,
        () -> CanonicalJson.canonicalize(body, body.length - 1));
    assertEquals(Reason.TOO_LARGE, e.reason());
    assertEquals("The webhook body has 14 bytes, more than the limit of 13", e.getMessage());

    byte[] big = new byte[CanonicalJson.DEFAULT_MAX_BODY_BYTES + 1];
    Arrays.fill(big, (byte) ' ');
    assertEquals(Reason.TOO_LARGE, reject(big).reason());
  }

  @Test
  void aCanonicalFormThatWouldExpandPastTheLimitIsRejected() throws CanonicalJsonException {
    // Each 6-byte "1e308," becomes 310 bytes: 309 digits and a comma.
    StringBuilder body = new StringBuilder("[");
    int count = 100_000;
    for (int i = 0; i < count; i++) {
      body.append(i == 0 ? "" : ",").append("1e308");
    }
    byte[] bytes = body.append(']').toString().getBytes(StandardCharsets.US_ASCII);
    CanonicalJsonException e = assertThrows(CanonicalJsonException.class,
        () -> CanonicalJson.canonicalize(bytes, bytes.length));
    assertEquals(Reason.TOO_LARGE, e.reason());
    assertEquals("The canonical form of the webhook body exceeds " + 2L * bytes.length + " bytes", e.getMessage());

    // A small body may still expand: the output limit is at least 64 KiB.
    assertEquals(311, CanonicalJson.canonicalize("[1e308]".getBytes(StandardCharsets.US_ASCII), 7).length);
  }

  @Test
  void aUtf8ByteOrderMarkIsSkippedButNotInsideTheBody() throws CanonicalJsonException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', ']'};
    assertEquals("[]", new String(CanonicalJson.canonicalize(bom), StandardCharsets.UTF_8));
    byte[] twice = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', ']'};
    assertEquals(Reason.INVALID_JSON, reject(twice).reason());
    byte[] utf16 = {(byte) 0xFE, (byte) 0xFF, 0, '[', 0, ']'};
    assertEquals(Reason.INVALID_JSON, reject(utf16).reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"80", "bf", "c0af", "c1bf", "e080af", "f08080af", "f4908080", "f5808080", "ff", "c3",
      "e282", "f09f98", "c328", "e228a1"})
  void malformedUtf8IsRejected(String hex) {
    byte[] sequence = new byte[hex.length() / 2];
    for (int i = 0; i < sequence.length; i++) {
      sequence[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    byte[] body = new byte[sequence.length + 4];
    body[0] = '[';
    body[1] = '"';
    System.arraycopy(sequence, 0, body, 2, sequence.length);
    body[body.length - 2] = '"';
    body[body.length - 1] = ']';
    assertEquals(Reason.NOT_UTF8, reject(body).reason(), hex);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[\"\\ud800\"]", "[\"\\udfff\"]", "[\"\\ud800\\ud800\"]", "[\"\\ud800\\u0041\"]",
      "[\"\\ud800\"", "{\"\\udc00\":1}", "[\"\\uD83D\"]"})
  void unpairedSurrogatesAreRejected(String body) {
    CanonicalJsonException e = reject(body.getBytes(StandardCharsets.US_ASCII));
    assertEquals(Reason.LONE_SURROGATE, e.reason(), body);
    assertEquals("A string at byte 2 holds an unpaired UTF-16 surrogate, which has no UTF-8 form (the server cannot"
        + " have signed it with X-Signature-V2)", e.getMessage());
  }

  @Test
  void integersLongerThanPythonConvertsAreRejected() throws CanonicalJsonException {
    String digits = "9".repeat(JsonNumbers.MAX_INT_DIGITS);
    assertEquals("[-" + digits + "]", canonical("[-" + digits + "]"));
    assertEquals(Reason.NUMBER_TOO_LONG, reject(("[" + digits + "1]").getBytes(StandardCharsets.US_ASCII)).reason());
    // A float lexeme has no digit limit in Python: its value is what counts.
    assertEquals("[1]", canonical("[" + "0".repeat(0) + "1." + "0".repeat(5000) + "]"));
  }

  @Test
  void keysSortByCodePointAndDuplicatesKeepTheLastValue() throws CanonicalJsonException {
    assertEquals("{\"a\":1,\"\uffff\":2,\"\ud83d\ude00\":3}", canonical("{\"\ud83d\ude00\":3,\"\uffff\":2,\"a\":1}"));
    assertEquals("{\"a\":3,\"b\":2}", canonical("{\"a\":1,\"b\":2,\"a\":3}"));
    assertEquals("{\"a\":3}", canonical("{\"a\":1,\"a\":2,\"a\":3}"));
    assertEquals("{\"a\":{\"x\":1},\"b\":[]}", canonical("{\"b\":[],\"a\":{\"x\":1}}"));
    assertEquals("{\"\\u0000\":0,\"\\n\":1}", canonical("{\"\\n\":1,\"\\u0000\":0}"));
  }

  @Test
  void randomMutationsOfRealBodiesOnlyEverRaiseTheOneExceptionType() {
    Random random = new Random(42);
    JsonNode cases = PythonVectorsTest.read("/webhook-vectors/vectors.json").get("cases");
    byte[] interesting = "{}[]\",:\\u0123456789.eE+-tfnNI \t\n\u00e9".getBytes(StandardCharsets.UTF_8);
    int accepted = 0;
    for (int round = 0; round < 20_000; round++) {
      byte[] body = Base64.getDecoder().decode(cases.get(random.nextInt(cases.size())).get("body_base64").asText());
      if (body.length == 0) {
        continue;
      }
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(body.length);
        body[at] = random.nextBoolean() ? (byte) random.nextInt(256) : interesting[random.nextInt(interesting.length)];
      }
      if (random.nextInt(10) == 0) {
        body = Arrays.copyOf(body, random.nextInt(body.length));
      }
      try {
        CanonicalJson.canonicalize(body);
        accepted++;
      } catch (CanonicalJsonException expected) {
        assertFalse(expected.getMessage().isEmpty());
      }
    }
    assertFalse(accepted == 0, "some mutations are still valid JSON");
  }

  private static String canonical(String body) throws CanonicalJsonException {
    return new String(CanonicalJson.canonicalize(body.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  private static CanonicalJsonException reject(byte[] body) {
    return assertThrows(CanonicalJsonException.class, () -> CanonicalJson.canonicalize(body));
  }
}
