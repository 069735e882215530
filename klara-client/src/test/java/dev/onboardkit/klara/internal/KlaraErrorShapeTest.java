package dev.onboardkit.klara.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.ErrorBody;
import dev.onboardkit.core.internal.error.ErrorBodyDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Klara's error envelope, as {@link KlaraErrorShape} reads it through the shared decoder. */
class KlaraErrorShapeTest {
  private static ErrorBody decode(String body) {
    return ErrorBodyDecoder.decode(body.getBytes(StandardCharsets.UTF_8), "application/json",
        KlaraVendor.PROFILE.errorShape());
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
  void errorObjectWithMessageAndCode() {
    ErrorBody e = decode("{\"error\":{\"message\":\"Quota exceeded\",\"code\":\"quota\"}}");

    assertEquals("Quota exceeded", e.message());
    assertEquals(Optional.of("quota"), e.code());
  }


  @Test
  void waitIsTheRequestedWaitInSeconds() {
    ErrorBody e = decode("{\"error\":\"Too many requests\",\"wait\":2}");

    assertEquals("Too many requests", e.message());
    assertEquals(Optional.of(Duration.ofSeconds(2)), e.retryAfter());
  }

  @Test
  void anEnvelopeOfAnotherVendorIsNotReadAsKlaras() {
    ErrorBody e = decode("{\"detail\":\"Request was throttled. Expected available in 59 seconds.\"}");

    assertEquals("", e.message());
    assertEquals(Optional.empty(), e.retryAfter());
    assertEquals(Map.of("detail", "Request was throttled. Expected available in 59 seconds."), e.properties());
  }
}
