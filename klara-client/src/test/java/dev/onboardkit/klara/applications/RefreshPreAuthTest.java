package dev.onboardkit.klara.applications;

import static dev.onboardkit.klara.support.TestKlara.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.klara.support.TestKlara;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RefreshPreAuthTest {
  static final String APP_ID = "550e8400-e29b-41d4-a716-446655440000";
  static final String RESPONSE = "{\"pre_auth_code\":\"R4T8W2X6Y9Z1A3B5\","
      + "\"link\":\"https://app.klara-ai.com/external/acme-corp/apply/7f3k9m2p4q8r1s5t?auth_code=R4T8W2X6Y9Z1A3B5\","
      + "\"expires_at\":\"2026-03-05T14:30:00.000Z\","
      + "\"participant_id\":\"660e8400-e29b-41d4-a716-446655440001\",\"already_verified\":false}";

  private final TestKlara t = new TestKlara();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void postsWithoutABodyAndDecodesTheDocumentedResponse() {
    t.enqueue(201, RESPONSE);

    KlaraRefreshPreAuthResponse refreshed = t.klara.applications().refreshPreAuth(APP_ID);

    RecordedRequest r = t.take();
    assertEquals("POST", r.getMethod());
    assertEquals("/api/external/applications/" + APP_ID + "/pre-auth", r.getTarget());
    assertEquals("Bearer " + TestKlara.API_KEY, r.getHeaders().get("Authorization"));
    assertEquals(0L, r.getBodySize());
    assertEquals(null, r.getHeaders().get("Content-Type"));

    assertEquals("R4T8W2X6Y9Z1A3B5", refreshed.preAuthCode().reveal());
    assertEquals(URI.create(
        "https://app.klara-ai.com/external/acme-corp/apply/7f3k9m2p4q8r1s5t?auth_code=R4T8W2X6Y9Z1A3B5"),
        refreshed.link());
    assertEquals(Instant.parse("2026-03-05T14:30:00Z"), refreshed.expiresAt());
    assertEquals("660e8400-e29b-41d4-a716-446655440001", refreshed.participantId());
    assertFalse(refreshed.alreadyVerified());
    assertFalse(refreshed.toString().contains("R4T8W2X6Y9Z1A3B5"), refreshed.toString());
    assertFalse(refreshed.toString().contains("auth_code"), refreshed.toString());
  }

  @Test
  void alreadyVerifiedAndOffsetTimestampsAreDecoded() {
    t.enqueue(201, RESPONSE.replace("false", "true").replace("2026-03-05T14:30:00.000Z", "2026-03-05T15:30:00.123+01:00"));

    KlaraRefreshPreAuthResponse refreshed = t.klara.async().applications().refreshPreAuth(APP_ID).join();

    assertTrue(refreshed.alreadyVerified());
    assertEquals(Instant.parse("2026-03-05T14:30:00.123Z"), refreshed.expiresAt());
  }

  @Test
  void isRetriedOnServerErrorsAndDroppedConnectionsBecauseARepeatOnlyMintsANewCode() {
    t.enqueue(500, "{\"error\":\"Internal server error\"}");
    t.server.enqueue(new MockResponse.Builder().code(201).body(RESPONSE)
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    t.enqueue(201, RESPONSE);

    ApiResponse<KlaraRefreshPreAuthResponse> r = t.klara.applications().withRawResponse().refreshPreAuth(APP_ID);

    assertEquals(3, r.attempts());
    assertEquals(201, r.statusCode());
    assertEquals(3, t.server.getRequestCount());
    assertEquals(List.of(Duration.ofMillis(375), Duration.ofMillis(750)), t.sleeper.sleeps());
  }

  @Test
  void pathIdsAreEncodedAsOneSegment() {
    t.enqueue(201, RESPONSE);

    t.klara.applications().refreshPreAuth("../other app");

    assertEquals("/api/external/applications/..%2Fother%20app/pre-auth", t.take().getTarget());
  }

  @Test
  void blankIdsAreRejectedBeforeSending() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> t.klara.applications().refreshPreAuth(" "));
    assertEquals(List.of(new ValidationProblem("applicationId", "must not be blank")), e.problems());
    InvalidRequestException async = assertThrows(InvalidRequestException.class,
        () -> await(t.klara.async().applications().refreshPreAuth(null)));
    assertEquals(List.of(new ValidationProblem("applicationId", "is required")), async.problems());
    assertEquals(0, t.server.getRequestCount());
  }
}
