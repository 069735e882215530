package dev.onboardkit.klara.rfi;

import static dev.onboardkit.klara.support.TestKlara.await;
import static dev.onboardkit.klara.support.TestKlara.bodyOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.klara.applications.KlaraParticipantRole;
import dev.onboardkit.klara.support.TestKlara;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CreateRfiRequestTest {
  static final String RESPONSE = "{\"success\":true,\"request_id\":\"770e8400-e29b-41d4-a716-446655440002\","
      + "\"link\":\"https://app.klara-ai.com/external/acme-corp/rfi/abc?auth_code=K2M4P6Q8R1S3T5V7\","
      + "\"expires_at\":\"2026-03-19T14:30:00.000Z\",\"status\":\"active\","
      + "\"participants\":[{\"email\":\"sophie@acme.com\",\"name\":\"Sophie Mitchell\",\"role\":\"primary\"},"
      + "{\"email\":\"tom@acme.com\",\"name\":\"Tom\",\"role\":\"collaborator\"}],"
      + "\"pre_auth_code\":\"K2M4P6Q8R1S3T5V7\",\"pre_auth_expires_at\":\"2026-03-05T14:40:00.000Z\"}";

  private final TestKlara t = new TestKlara();

  @AfterEach
  void close() {
    t.close();
  }

  static KlaraCreateRfiRequest request() {
    return KlaraCreateRfiRequest.builder()
        .companyName("Acme Financial Ltd")
        .country("gb")
        .companyNumber("SC12345")
        .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO")
        .agentId("880e8400-e29b-41d4-a716-446655440003")
        .preAuthenticated(true)
        .build();
  }

  @Test
  void rejectsAShortPrefixedNumberButAcceptsAValidOne() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, CreateRfiRequestTest::request);
    assertEquals("companyNumber", e.problems().get(0).field());
  }

  @Test
  void sendsPreAuthenticatedAndDecodesTheResponse() {
    t.enqueue(201, RESPONSE);

    KlaraCreateRfiRequestResponse created = t.klara.rfiRequests().create(KlaraCreateRfiRequest.builder()
        .companyName("Acme Financial Ltd")
        .country("gb")
        .companyNumber("SC123456")
        .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO")
        .agentId("880e8400-e29b-41d4-a716-446655440003")
        .preAuthenticated(true)
        .build());

    RecordedRequest r = t.take();
    assertEquals("POST", r.getMethod());
    assertEquals("/api/external/rfi-requests", r.getTarget());
    assertEquals("Bearer " + TestKlara.API_KEY, r.getHeaders().get("Authorization"));
    assertEquals("{\"company_name\":\"Acme Financial Ltd\",\"country\":\"GB\",\"company_number\":\"SC123456\","
        + "\"primary_contact\":{\"name\":\"Sophie Mitchell\",\"email\":\"sophie@acme.com\",\"role\":\"CEO\"},"
        + "\"agent_id\":\"880e8400-e29b-41d4-a716-446655440003\",\"pre_authenticated\":true}", bodyOf(r));

    assertTrue(created.success());
    assertEquals("770e8400-e29b-41d4-a716-446655440002", created.requestId());
    assertEquals(URI.create("https://app.klara-ai.com/external/acme-corp/rfi/abc?auth_code=K2M4P6Q8R1S3T5V7"),
        created.link());
    assertEquals(Optional.of(Instant.parse("2026-03-19T14:30:00Z")), created.expiresAt());
    assertEquals(KlaraRfiRequestStatus.ACTIVE, created.status());
    assertEquals(KlaraParticipantRole.PRIMARY, created.participants().get(0).role());
    assertEquals(KlaraParticipantRole.COLLABORATOR, created.participants().get(1).role());
    assertEquals(Optional.of("Tom"), created.participants().get(1).name());
    assertEquals("K2M4P6Q8R1S3T5V7", created.preAuthCode().orElseThrow().reveal());
    assertEquals(Optional.of(Instant.parse("2026-03-05T14:40:00Z")), created.preAuthExpiresAt());
    assertFalse(created.toString().contains("K2M4P6Q8R1S3T5V7"), created.toString());
  }

  @Test
  void aMinimalRequestSendsNoOptionalFields() {
    t.enqueue(201, "{\"request_id\":\"r1\",\"link\":\"https://app.klara-ai.com/external/x\",\"status\":\"draft\"}");

    ApiResponse<KlaraCreateRfiRequestResponse> r = await(t.klara.async().rfiRequests().withRawResponse().create(
        KlaraCreateRfiRequest.builder().companyName("Acme").country("IE").primaryContact("A", "a@b.co", null).build()));

    assertEquals("{\"company_name\":\"Acme\",\"country\":\"IE\",\"primary_contact\":{\"name\":\"A\","
        + "\"email\":\"a@b.co\"}}", bodyOf(t.take()));
    assertEquals(KlaraRfiRequestStatus.UNKNOWN, r.value().status());
    assertEquals(Optional.of("draft"), r.value().statusRaw());
    assertEquals(Optional.empty(), r.value().preAuthCode());
    assertEquals(List.of(), r.value().participants());
  }

  @Test
  void isNeverSentTwiceOnceItMayHaveReachedTheServer() {
    t.server.enqueue(new MockResponse.Builder().code(201).body(RESPONSE)
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    t.enqueue(201, RESPONSE);

    ApiConnectionException e = assertThrows(ApiConnectionException.class, () -> t.klara.rfiRequests().create(
        KlaraCreateRfiRequest.builder().companyName("Acme").country("IE").primaryContact("A", "a@b.co", null).build()));

    assertTrue(e.outcomeUnknown());
    assertEquals(1, t.server.getRequestCount());
  }

  @Test
  void everyProblemIsReported() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> KlaraCreateRfiRequest.builder()
        .country("UK").primaryContact("", "a@", null).agentId("agent-7").build());

    assertEquals(List.of(
        new ValidationProblem("companyName", "is required"),
        new ValidationProblem("country", "must be an ISO 3166-1 alpha-2 country code, such as GB or IE"),
        new ValidationProblem("primaryContact.name", "must not be blank"),
        new ValidationProblem("primaryContact.email", "must be a valid email address"),
        new ValidationProblem("agentId", "must be a UUID, such as 550e8400-e29b-41d4-a716-446655440000")),
        e.problems());
    InvalidRequestException nothing = assertThrows(InvalidRequestException.class,
        () -> await(t.klara.async().rfiRequests().create(null)));
    assertEquals(List.of(new ValidationProblem("request", "is required")), nothing.problems());
    assertEquals(0, t.server.getRequestCount());
  }
}
