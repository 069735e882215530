package dev.onboardkit.klara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.core.error.ConflictException;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.NotFoundException;
import dev.onboardkit.core.error.PermissionDeniedException;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.klara.support.TestKlara;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every documented Klara error message, with the status the docs give or imply, mapped to exception and code. */
class KlaraErrorMappingTest {
  private final TestKlara t = new TestKlara(b -> b.maxRetries(0));

  @AfterEach
  void close() {
    t.close();
  }

  static Stream<Arguments> documentedErrors() {
    return Stream.of(
        Arguments.of(400, "{\"error\":\"config_id and primary_contact.email are required\"}",
            BadRequestException.class, KlaraErrorCode.MISSING_REQUIRED_FIELDS),
        Arguments.of(400, "{\"error\":\"Missing required fields\",\"required\":[\"company_name\",\"country\","
            + "\"primary_contact.name\",\"primary_contact.email\"]}",
            BadRequestException.class, KlaraErrorCode.MISSING_REQUIRED_FIELDS),
        Arguments.of(400, "{\"error\":\"Invalid email address for primary_contact.email\"}",
            BadRequestException.class, KlaraErrorCode.INVALID_EMAIL),
        Arguments.of(400, "{\"error\":\"Invalid config_id\"}", BadRequestException.class,
            KlaraErrorCode.INVALID_CONFIG_ID),
        Arguments.of(401, "{\"error\":\"Invalid API key\"}", AuthenticationException.class,
            KlaraErrorCode.INVALID_API_KEY),
        Arguments.of(401, "{\"error\":\"unauthorized\",\"message\":\"Invalid or expired API key\"}",
            AuthenticationException.class, KlaraErrorCode.INVALID_API_KEY),
        Arguments.of(401, "{\"error\":\"unauthorized\",\"message\":\"Something new\"}",
            AuthenticationException.class, KlaraErrorCode.INVALID_API_KEY),
        Arguments.of(401, "{\"error\":\"Missing API key\"}", AuthenticationException.class,
            KlaraErrorCode.MISSING_API_KEY),
        Arguments.of(401, "{\"error\":\"API key missing required scopes: applications:create\"}",
            AuthenticationException.class, KlaraErrorCode.MISSING_SCOPE),
        Arguments.of(403, "{\"error\":\"API key missing required scopes\"}", PermissionDeniedException.class,
            KlaraErrorCode.MISSING_SCOPE),
        Arguments.of(403, "{\"error\":\"Config not available for this organization\"}",
            PermissionDeniedException.class, KlaraErrorCode.CONFIG_NOT_AVAILABLE),
        Arguments.of(404, "{\"error\":\"Application not found\"}", NotFoundException.class,
            KlaraErrorCode.APPLICATION_NOT_FOUND),
        Arguments.of(409, "{\"error\":\"Application is in a terminal status and pre-auth is no longer applicable\"}",
            ConflictException.class, KlaraErrorCode.APPLICATION_TERMINAL_STATUS),
        Arguments.of(400, "{\"error\":\"Application is in a terminal status and pre-auth is no longer applicable\"}",
            BadRequestException.class, KlaraErrorCode.APPLICATION_TERMINAL_STATUS),
        Arguments.of(409, "{\"error\":\"No primary participant found for this application\"}",
            ConflictException.class, KlaraErrorCode.NO_PRIMARY_PARTICIPANT),
        Arguments.of(404, "{\"error\":\"Document not found\"}", NotFoundException.class,
            KlaraErrorCode.DOCUMENT_NOT_FOUND),
        Arguments.of(400, "{\"error\":\"Invalid JSON body\"}", BadRequestException.class,
            KlaraErrorCode.INVALID_JSON_BODY),
        Arguments.of(400, "{\"error\":\"Invalid request body\",\"details\":{\"type\":[\"Required\"]}}",
            BadRequestException.class, KlaraErrorCode.INVALID_REQUEST_BODY),
        Arguments.of(400, "{\"error\":\"application_id in body does not match URL parameter\"}",
            BadRequestException.class, KlaraErrorCode.APPLICATION_ID_MISMATCH),
        Arguments.of(400, "{\"error\":\"Application has not been submitted\"}", BadRequestException.class,
            KlaraErrorCode.APPLICATION_NOT_SUBMITTED),
        Arguments.of(500, "{\"error\":\"Internal server error\"}", InternalServerException.class,
            KlaraErrorCode.INTERNAL_ERROR),
        Arguments.of(400, "{\"error\":\"  INVALID CONFIG_ID. \"}", BadRequestException.class,
            KlaraErrorCode.INVALID_CONFIG_ID),
        Arguments.of(418, "{\"error\":\"Something nobody documented\"}", ApiException.class,
            KlaraErrorCode.UNKNOWN),
        Arguments.of(502, "<html><title>Bad gateway</title></html>", InternalServerException.class,
            KlaraErrorCode.UNKNOWN));
  }

  @ParameterizedTest
  @MethodSource("documentedErrors")
  void mapsEachDocumentedError(int status, String body, Class<? extends ApiException> type, KlaraErrorCode code) {
    t.enqueue(status, body);

    ApiException e = assertThrows(ApiException.class, () -> t.klara.applications().retrieve("app-1"));

    assertInstanceOf(type, e);
    assertEquals(status, e.statusCode());
    assertEquals(code, e.errorCode());
    assertEquals(body, e.rawBody());
    assertFalse(e.getMessage().contains(TestKlara.SECRET), e.getMessage());
  }

  @Test
  void missingRequiredFieldsExposeTheListAsFieldErrors() {
    t.enqueue(400, "{\"error\":\"Missing required fields\",\"required\":[\"company_name\",\"country\","
        + "\"primary_contact.name\",\"primary_contact.email\"]}");

    BadRequestException e = assertThrows(BadRequestException.class,
        () -> t.klara.applications().create(KlaraCreateApplicationRequest.builder().configId("c").companyName("A")
            .primaryContact("A", "a@b.co", null).country("IE").build()));

    assertEquals(KlaraErrorCode.MISSING_REQUIRED_FIELDS, e.errorCode());
    assertEquals(List.of("company_name", "country", "primary_contact.name", "primary_contact.email"),
        List.copyOf(e.fieldErrors().keySet()));
    assertEquals(List.of("is required"), e.fieldErrors().get("country"));
    assertEquals(List.of("company_name", "country", "primary_contact.name", "primary_contact.email"),
        KlaraErrorCode.requiredFields(e));
  }

  @Test
  void requiredFieldsAreParsedFromTheMessageForm() {
    t.enqueue(400, "{\"error\":\"config_id and primary_contact.email are required\"}");

    BadRequestException e = assertThrows(BadRequestException.class, () -> t.klara.applications().retrieve("a"));

    assertEquals(List.of("config_id", "primary_contact.email"), KlaraErrorCode.requiredFields(e));
    assertEquals(List.of(), KlaraErrorCode.missingScopes(e));
  }

  @Test
  void missingScopesAreNamed() {
    t.enqueue(401, "{\"error\":\"API key missing required scopes: applications:read, applications:write\"}");

    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> t.klara.applications().documents().retrieve("a", "d"));

    assertEquals(KlaraErrorCode.MISSING_SCOPE, e.errorCode());
    assertEquals(List.of("applications:read", "applications:write"), KlaraErrorCode.missingScopes(e));
    assertEquals(List.of(), KlaraErrorCode.requiredFields(e));
    assertTrue(e.getMessage().contains("applications:read"), e.getMessage());
  }

  @Test
  void aMissingScopeInTheMessageOfTheUnauthorizedShapeIsRecognised() {
    t.enqueue(401, "{\"error\":\"unauthorized\",\"message\":\"API key missing required scopes: rfi:create\"}");

    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> t.klara.applications().retrieve("a"));

    assertEquals(KlaraErrorCode.MISSING_SCOPE, e.errorCode());
    assertEquals(List.of("rfi:create"), KlaraErrorCode.missingScopes(e));
  }

  @Test
  void the401IsNotRetriedAndTheKeyNeverAppearsInTheException() {
    t.enqueue(401, "{\"error\":\"Invalid API key\"}");
    try (KlaraClient retrying = t.klara.withOptions(o -> o.maxRetries(3))) {
      AuthenticationException e = assertThrows(AuthenticationException.class,
          () -> retrying.applications().retrieve("a"));
      assertEquals(1, e.attempts());
      assertEquals(1, t.server.getRequestCount());
      assertFalse(e.toString().contains(TestKlara.SECRET));
    }
  }

  @Test
  void theClassifierIsUsableDirectlyOnDecodedBodies() {
    assertEquals(KlaraErrorCode.UNKNOWN, KlaraErrorClassifier.INSTANCE.classify(400,
        dev.onboardkit.core.internal.error.ErrorBodyDecoder.empty()));
    assertEquals(KlaraErrorCode.APPLICATION_NOT_FOUND, KlaraErrorClassifier.INSTANCE.classify(404,
        dev.onboardkit.core.internal.error.ErrorBodyDecoder.decode(
            "{\"error\":\"Application not found\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "application/json", dev.onboardkit.klara.internal.KlaraVendor.PROFILE.errorShape())));
  }
}
