package dev.onboardkit.didit.internal.webhook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardkit.core.Secret;
import dev.onboardkit.didit.internal.webhook.CanonicalJsonException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the canonical bytes and all three signatures against the vectors that make_vectors.py computed with Python's
 * own json module (src/test/resources/webhook-vectors).
 */
class PythonVectorsTest {
  private static final JsonNode VECTORS = read("/webhook-vectors/vectors.json");

  @Test
  void theVectorsCoverTheDocumentedCases() {
    List<String> names = new ArrayList<>();
    VECTORS.get("cases").forEach(c -> names.add(c.get("name").asText()));
    assertTrue(names.size() >= 40, "cases: " + names.size());
    assertTrue(VECTORS.get("rejected").size() >= 15);
    for (String expected : List.of("v3 envelope with a decision (server bytes)", "CJK", "emoji and astral characters",
        "astral keys sort by code point", "1.0 versus 1", "exponents", "negative zero", "control characters",
        "duplicate keys keep the last value", "whitespace-heavy input", "non-ASCII secret")) {
      assertTrue(names.contains(expected), expected);
    }
  }

  @TestFactory
  Stream<DynamicTest> canonicalBytesAndSignaturesMatchPython() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode vector : VECTORS.get("cases")) {
      tests.add(DynamicTest.dynamicTest(vector.get("name").asText(), () -> checkCase(vector)));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> bodiesPythonCannotCanonicalizeAreRejected() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode vector : VECTORS.get("rejected")) {
      tests.add(DynamicTest.dynamicTest(vector.get("name").asText(), () -> {
        byte[] body = base64(vector, "body_base64");
        Reason expected = Reason.valueOf(vector.get("reason").asText());
        CanonicalJsonException e = assertThrows(CanonicalJsonException.class, () -> CanonicalJson.canonicalize(body));
        assertEquals(expected, e.reason(), e.getMessage());
        DiditSignatures signatures = new DiditSignatures(Secret.of("s"));
        assertEquals(expected, assertThrows(CanonicalJsonException.class, () -> signatures.v2(body)).reason());
        assertEquals(32, signatures.raw(body).length, "the raw signature needs no parsing");
      }));
    }
    return tests.stream();
  }

  private static void checkCase(JsonNode vector) throws CanonicalJsonException {
    byte[] body = base64(vector, "body_base64");
    byte[] canonical = base64(vector, "canonical_base64");
    assertArrayEquals(canonical, vector.get("canonical").asText().getBytes(StandardCharsets.UTF_8));

    byte[] actual = CanonicalJson.canonicalize(body);
    assertEquals(vector.get("canonical").asText(), new String(actual, StandardCharsets.UTF_8));
    assertArrayEquals(canonical, actual);

    DiditSignatures signatures = new DiditSignatures(Secret.of(vector.get("secret").asText()));
    byte[] v2 = signatures.v2(body);
    byte[] raw = signatures.raw(body);
    assertEquals(vector.get("v2_hex").asText(), DiditSignatures.hex(v2));
    assertEquals(vector.get("raw_hex").asText(), DiditSignatures.hex(raw));
    assertEquals(SignatureCheck.MATCH, DiditSignatures.check(v2, vector.get("v2_hex").asText()));
    assertEquals(SignatureCheck.MATCH, DiditSignatures.check(raw, vector.get("raw_hex").asText()));
    if (!Arrays.equals(body, canonical)) {
      assertEquals(SignatureCheck.MISMATCH, DiditSignatures.check(v2, vector.get("raw_hex").asText()));
    }

    JsonNode simpleHex = vector.get("simple_hex");
    if (simpleHex.isNull()) {
      CanonicalJsonException e = assertThrows(CanonicalJsonException.class, () -> signatures.simple(body));
      assertEquals(Reason.NO_SIMPLE_MESSAGE, e.reason());
    } else {
      byte[] simple = signatures.simple(body);
      assertEquals(simpleHex.asText(), DiditSignatures.hex(simple));
      assertEquals(SignatureCheck.MATCH, DiditSignatures.check(simple, simpleHex.asText().toUpperCase()));
      String[] parts = vector.get("simple_message").asText().split(":", -1);
      if (parts.length == 4) {
        assertArrayEquals(simple, signatures.simple(parts[0], parts[1], parts[2], parts[3]));
      }
    }
  }

  private static byte[] base64(JsonNode vector, String field) {
    return Base64.getDecoder().decode(vector.get(field).asText());
  }

  static JsonNode read(String resource) {
    try (InputStream in = PythonVectorsTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
