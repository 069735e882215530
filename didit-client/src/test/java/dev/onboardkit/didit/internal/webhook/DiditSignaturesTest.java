package dev.onboardkit.didit.internal.webhook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.Secret;
import dev.onboardkit.didit.internal.webhook.CanonicalJsonException.Reason;
import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiditSignaturesTest {
  private static final String SECRET = "tXq3wH9bV0cKpLr7sYz2mN4dF6gJ8aE1iO5uT3yQ0wE";
  private static final DiditSignatures SIGNATURES = new DiditSignatures(Secret.of(SECRET));
  private static final byte[] BODY = ("{\"webhook_type\": \"status.updated\", \"timestamp\": 1700000000,"
      + " \"session_id\": \"s-1\", \"status\": \"Approved\", \"decision\": {\"score\": 1.0}}")
      .getBytes(StandardCharsets.UTF_8);

  @Test
  void eachSignatureIsAnHmacOfItsOwnMessage() throws Exception {
    assertArrayEquals(hmac(BODY), SIGNATURES.raw(BODY));
    assertArrayEquals(hmac(("{\"decision\":{\"score\":1},\"session_id\":\"s-1\",\"status\":\"Approved\","
        + "\"timestamp\":1700000000,\"webhook_type\":\"status.updated\"}").getBytes(StandardCharsets.UTF_8)),
        SIGNATURES.v2(BODY));
    byte[] simple = hmac("1700000000:s-1:Approved:status.updated".getBytes(StandardCharsets.UTF_8));
    assertArrayEquals(simple, SIGNATURES.simple(BODY));
    assertArrayEquals(simple, SIGNATURES.simple("1700000000", "s-1", "Approved", "status.updated"));
    assertArrayEquals(hmac(":::".getBytes(StandardCharsets.UTF_8)), SIGNATURES.simple(null, null, null, null));
    assertArrayEquals(hmac(new byte[0]), SIGNATURES.raw(null));
  }

  @Test
  void theSimpleMessageIgnoresEverythingButItsFourFields() throws CanonicalJsonException {
    byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("1.0", "0.5").getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(SIGNATURES.simple(BODY), SIGNATURES.simple(tampered), "the decision is not covered");
    assertFalse(java.util.Arrays.equals(SIGNATURES.v2(BODY), SIGNATURES.v2(tampered)));
  }

  @Test
  void theSimpleMessageUsesTheLastDuplicateAndOnlyTopLevelFields() throws Exception {
    byte[] body = ("{\"status\":\"Declined\",\"nested\":{\"session_id\":\"inner\"},\"status\":\"Approved\","
        + "\"timestamp\":-0}").getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(hmac("0::Approved:".getBytes(StandardCharsets.UTF_8)), SIGNATURES.simple(body));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"text\"", "1", "{\"timestamp\":1.0}", "{\"status\":true}", "{\"session_id\":{}}",
      "{\"webhook_type\":[]}", "{\"timestamp\":-Infinity}", "{\"timestamp\":NaN}"})
  void aBodyWithoutASimpleMessageSaysSo(String body) {
    CanonicalJsonException e = assertThrows(CanonicalJsonException.class,
        () -> SIGNATURES.simple(body.getBytes(StandardCharsets.UTF_8)));
    assertEquals(Reason.NO_SIMPLE_MESSAGE, e.reason());
  }

  @Test
  void theSimpleMessageNeedsValidJson() {
    assertEquals(Reason.INVALID_JSON, assertThrows(CanonicalJsonException.class,
        () -> SIGNATURES.simple("{\"status\":\"Approved\"".getBytes(StandardCharsets.UTF_8))).reason());
  }

  @Test
  void theKeyIsTheSecretsUtf8Bytes() throws Exception {
    String secret = "clé-🔑";
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    assertArrayEquals(mac.doFinal(BODY), new DiditSignatures(Secret.of(secret)).raw(BODY));
  }

  @Test
  void headersMatchInEitherCaseAndWithSurroundingWhitespace() {
    byte[] mac = SIGNATURES.raw(BODY);
    String hex = DiditSignatures.hex(mac);
    assertEquals(64, hex.length());
    assertEquals(hex.toLowerCase(), hex);
    assertEquals(SignatureCheck.MATCH, DiditSignatures.check(mac, hex));
    assertEquals(SignatureCheck.MATCH, DiditSignatures.check(mac, hex.toUpperCase()));
    assertEquals(SignatureCheck.MATCH, DiditSignatures.check(mac, " \t" + hex + "\t "));
  }

  @Test
  void aDifferentMacIsAMismatch() {
    byte[] mac = SIGNATURES.raw(BODY);
    char[] hex = DiditSignatures.hex(mac).toCharArray();
    hex[63] = hex[63] == '0' ? '1' : '0';
    assertEquals(SignatureCheck.MISMATCH, DiditSignatures.check(mac, new String(hex)));
    assertEquals(SignatureCheck.MISMATCH,
        DiditSignatures.check(new DiditSignatures(Secret.of("other")).raw(BODY), DiditSignatures.hex(mac)));
  }

  @Test
  void anAbsentOrBlankHeaderIsMissing() {
    byte[] mac = SIGNATURES.raw(BODY);
    assertEquals(SignatureCheck.MISSING, DiditSignatures.check(mac, null));
    assertEquals(SignatureCheck.MISSING, DiditSignatures.check(mac, ""));
    assertEquals(SignatureCheck.MISSING, DiditSignatures.check(mac, " \t "));
  }

  @Test
  void anythingButSixtyFourHexDigitsIsMalformed() {
    byte[] mac = SIGNATURES.raw(BODY);
    String hex = DiditSignatures.hex(mac);
    String fullwidthDigit = "\uff10";
    for (String header : new String[] {hex.substring(1), hex + "0", "sha256=" + hex, hex.substring(2) + "zz",
        hex.substring(1) + fullwidthDigit, hex.substring(0, 32) + " " + hex.substring(33), "0x" + hex.substring(2),
        hex + "\n"}) {
      assertEquals(SignatureCheck.MALFORMED, DiditSignatures.check(mac, header), header);
    }
  }

  @Test
  void toStringHidesTheSecret() {
    assertFalse(SIGNATURES.toString().contains(SECRET));
    assertEquals("DiditSignatures{HmacSHA256, key=****, maxBodyBytes=2097152}", SIGNATURES.toString());
  }

  @Test
  void theBodyLimitAppliesToTheParsedFormsOnly() throws CanonicalJsonException {
    DiditSignatures small = new DiditSignatures(Secret.of(SECRET), 16);
    assertEquals(Reason.TOO_LARGE, assertThrows(CanonicalJsonException.class, () -> small.v2(BODY)).reason());
    assertEquals(Reason.TOO_LARGE, assertThrows(CanonicalJsonException.class, () -> small.simple(BODY)).reason());
    assertArrayEquals(SIGNATURES.raw(BODY), small.raw(BODY));
    assertArrayEquals(SIGNATURES.v2("{\"a\":1.0}".getBytes(StandardCharsets.UTF_8)),
        small.v2("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] hmac(byte[] message) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return mac.doFinal(message);
  }
}
