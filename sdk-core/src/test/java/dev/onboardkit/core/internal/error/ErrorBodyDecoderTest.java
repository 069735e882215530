package dev.onboardkit.core.internal.error;

import dev.onboardkit.core.error.ErrorBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ErrorBodyDecoderTest {
  private static ErrorBody decode(String body) {
    return ErrorBodyDecoder.decode(body.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  @Test
  void klaraMissingRequiredFieldsBecomesOneFieldErrorPerField() {
    ErrorBody e = decode("{\"error\":\"Missing required fields\",\"required\":[\"company_name\",\"country\","
        + "\"primary_contact.name\",\"primary_contact.email\"]}");

    assertEquals("Missing required fields", e.message());
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("company_name", List.of("is required"));
    expected.put("country", List.of("is required"));
    expected.put("primary_contact.name", List.of("is required"));
    expected.put("primary_contact.email", List.of("is required"));
    assertEquals(expected, e.fieldErrors());
    assertEquals(List.of("company_name", "country", "primary_contact.name", "primary_contact.email"),
        e.stringList("required"));
    assertEquals(Optional.empty(), e.code());
    assertTrue(e.isJson());
  }

  @Test
  void klaraUnauthorizedWithMessageUsesTheMessageAndKeepsTheCode() {
    ErrorBody e = decode("{\"error\":\"unauthorized\",\"message\":\"Invalid or expired API key\"}");

    assertEquals("Invalid or expired API key", e.message());
    assertEquals(Optional.of("unauthorized"), e.code());
  }

  @Test
  void klaraPlainErrorString() {
    ErrorBody e = decode("{\"error\":\"Invalid API key\"}");

    assertEquals("Invalid API key", e.message());
    assertEquals(Map.of(), e.fieldErrors());
  }

  @Test
  void klaraInvalidRequestBodyWithDetails() {
    ErrorBody e = decode("{\"error\":\"Invalid request body\",\"details\":{\"timestamp\":[\"Invalid datetime\"],"
        + "\"type\":\"Invalid enum value\"}}");

    assertEquals("Invalid request body", e.message());
    assertEquals(Map.of("timestamp", List.of("Invalid datetime"), "type", List.of("Invalid enum value")),
        e.fieldErrors());
  }

  @Test
  void drfDetail() {
    ErrorBody e = decode("{\"detail\":\"You do not have permission to perform this action.\"}");

    assertEquals("You do not have permission to perform this action.", e.message());
    assertEquals(List.of(), e.nonFieldErrors());
  }

  @Test
  void drfFieldMapSummarisesTheFirstErrorAndCountsTheRest() {
    ErrorBody e = decode("{\"website_url\":[\"Enter a valid URL.\"],\"privacy_url\":[\"Enter a valid URL.\","
        + "\"Ensure this field has no more than 200 characters.\"]}");

    assertEquals("website_url: Enter a valid URL. (and 2 more)", e.message());
    assertEquals(List.of("Enter a valid URL.", "Ensure this field has no more than 200 characters."),
        e.fieldErrors().get("privacy_url"));
  }

  @Test
  void nestedListOfListsIsFlattenedWithIndexes() {
    ErrorBody e = decode("{\"features\":[[\"This field is required.\"],[\"Not a valid choice.\"]]}");

    assertEquals(Map.of("features[0]", List.of("This field is required."), "features[1]",
        List.of("Not a valid choice.")), e.fieldErrors());
  }

  @Test
  void nestedListOfObjectsKeepsTheIndexOfTheFailingItem() {
    ErrorBody e = decode("{\"form_elements\":[{},{\"element_type\":[\"\\\"x\\\" is not a valid choice.\"]}]}");

    assertEquals(Map.of("form_elements[1].element_type", List.of("\"x\" is not a valid choice.")), e.fieldErrors());
    assertEquals("form_elements[1].element_type: \"x\" is not a valid choice.", e.message());
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
  void nonFieldErrorsKey() {
    ErrorBody e = decode("{\"non_field_errors\":[\"Unable to log in with provided credentials.\"]}");

    assertEquals(List.of("Unable to log in with provided credentials."), e.nonFieldErrors());
    assertEquals(Map.of(), e.fieldErrors());
    assertEquals("Unable to log in with provided credentials.", e.message());
  }

  @Test
  void detailWithNumericWaitGivesRetryAfter() {
    ErrorBody e = decode("{\"detail\":\"Too many attempts.\",\"wait\":30}");

    assertEquals("Too many attempts.", e.message());
    assertEquals(Optional.of(Duration.ofSeconds(30)), e.retryAfter());
  }

  @Test
  void fractionalAndStringWaits() {
    assertEquals(Optional.of(Duration.ofMillis(1500)), decode("{\"detail\":\"x\",\"wait\":1.5}").retryAfter());
    assertEquals(Optional.of(Duration.ofSeconds(12)), decode("{\"detail\":\"x\",\"wait\":\"12\"}").retryAfter());
    assertEquals(Optional.empty(), decode("{\"detail\":\"x\",\"wait\":\"soon\"}").retryAfter());
    assertEquals(Optional.empty(), decode("{\"detail\":\"x\",\"wait\":-3}").retryAfter());
  }

  @Test
  void drfThrottleDetailWithoutWaitStillGivesRetryAfter() {
    ErrorBody e = decode("{\"detail\":\"Request was throttled. Expected available in 59 seconds.\"}");

    assertEquals(Optional.of(Duration.ofSeconds(59)), e.retryAfter());
  }

  @Test
  void allowedListIsReachable() {
    ErrorBody e = decode("{\"detail\":\"Invalid value for status.\",\"allowed\":[\"Approved\",\"Declined\"]}");

    assertEquals(List.of("Approved", "Declined"), e.stringList("allowed"));
    assertEquals(List.of(), e.stringList("missing"));
  }

  @Test
  void errorObjectWithMessageAndCode() {
    ErrorBody e = decode("{\"error\":{\"message\":\"Quota exceeded\",\"code\":\"quota\"}}");

    assertEquals("Quota exceeded", e.message());
    assertEquals(Optional.of("quota"), e.code());
  }

  @Test
  void emptyBody() {
    ErrorBody e = ErrorBodyDecoder.decode(new byte[0], null);

    assertEquals("", e.message());
    assertFalse(e.isJson());
    assertEquals(Map.of(), e.properties());
  }

  @Test
  void htmlFromAProxyUsesTheTitle() {
    ErrorBody e = ErrorBodyDecoder.decode(("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
        + "<body><h1>502 Bad Gateway</h1><hr>nginx</body></html>").getBytes(StandardCharsets.UTF_8), "text/html");

    assertEquals("502 Bad Gateway", e.message());
    assertFalse(e.isJson());
  }

  @Test
  void plainTextUsesTheFirstLine() {
    ErrorBody e = ErrorBodyDecoder.decode("\n  upstream connect error or disconnect/reset before headers\nmore"
        .getBytes(StandardCharsets.UTF_8), "text/plain");

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
    ErrorBody e = decode(deep);
    assertTrue(e.message().length() <= 303);

    String deepArray = "[".repeat(5000) + "]".repeat(5000);
    assertTrue(decode(deepArray).message().length() <= 303);
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
      ErrorBody e = ErrorBodyDecoder.decode(bytes, i % 2 == 0 ? "application/json" : null);
      assertTrue(e.message().length() <= 303);
    }
  }

  @Test
  void manyFieldErrorsAreBounded() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < 5000; i++) {
      sb.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":[\"bad\"]");
    }
    ErrorBody e = decode(sb.append('}').toString());

    assertEquals(200, e.fieldErrors().size());
  }

  @Test
  void drfFieldsNamedLikeEnvelopeMetadataAreStillFieldErrors() {
    ErrorBody e = decode("{\"code\":[\"Ensure this field has exactly 6 characters.\"],\"email\":[\"Enter a valid email address.\"]}");

    assertEquals(Map.of("code", List.of("Ensure this field has exactly 6 characters."),
        "email", List.of("Enter a valid email address.")), e.fieldErrors());
    assertEquals("code: Ensure this field has exactly 6 characters. (and 1 more)", e.message());
    assertEquals(Optional.empty(), e.code());
  }

  @Test
  void aScalarCodeBesideADetailIsTheMachineCode() {
    ErrorBody e = decode("{\"detail\":\"Token is invalid or expired\",\"code\":\"token_not_valid\"}");

    assertEquals(Optional.of("token_not_valid"), e.code());
    assertEquals(Map.of(), e.fieldErrors());
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
