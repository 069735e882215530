package dev.onboardkit.testkit.klara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KlaraPreAuthTest extends KlaraTestBase {

  @Test
  void refreshMintsANewCodeEveryTimeWith201() throws Exception {
    JsonNode created = create(preAuthBody());
    String id = created.get("application_id").asText();
    String first = created.get("pre_auth_code").asText();
    String slug = created.get("participants").get(0).get("link_slug").asText();

    klara.clock().advance(Duration.ofHours(1));
    Reply r = http.post("/applications/" + id + "/pre-auth", key, null);
    assertEquals(201, r.status(), r.body());
    JsonNode json = r.json();
    String second = json.get("pre_auth_code").asText();
    assertTrue(second.matches("[A-Z0-9]{16}"));
    assertNotEquals(first, second);
    assertEquals("https://app.klara-ai.com/external/acme-corp/apply/" + slug + "?auth_code=" + second,
        json.get("link").asText());
    Instant expected = klara.clock().instant().plus(Duration.ofHours(72));
    assertEquals("2026-01-18T11:00:00.000Z", json.get("expires_at").asText());
    assertEquals(expected, Instant.parse(json.get("expires_at").asText()));
    assertEquals(created.get("participants").get(0).get("id").asText(), json.get("participant_id").asText());
    assertFalse(json.get("already_verified").asBoolean());
    assertTrue(json.get("already_verified").isBoolean());

    assertFalse(klara.isPreAuthCodeValid(id, first), "the old code is replaced");
    assertTrue(klara.isPreAuthCodeValid(id, second));

    String third = http.post("/applications/" + id + "/pre-auth", key, null).text("pre_auth_code");
    assertNotEquals(second, third);
    assertEquals(third, klara.application(id).orElseThrow().preAuthCode().orElseThrow());
  }

  @Test
  void worksForApplicationsCreatedWithoutPreAuthAndReportsVerification() throws Exception {
    String id = createId("Acme");
    klara.markEmailVerified(id);
    Reply r = http.post("/applications/" + id + "/pre-auth", key, null);
    assertEquals(201, r.status());
    assertTrue(r.json().get("already_verified").asBoolean());
  }

  @ParameterizedTest
  @ValueSource(strings = {"approved", "rejected"})
  void terminalStatusesRefuse(String status) throws Exception {
    String id = createId("Acme");
    klara.setStatus(id, status);
    Reply r = http.post("/applications/" + id + "/pre-auth", key, null);
    assertEquals(400, r.status());
    assertJson("{\"error\":\"Application is in a terminal status and pre-auth is no longer applicable\"}", r);
  }

  @ParameterizedTest
  @ValueSource(strings = {"in_progress", "submitted", "review"})
  void nonTerminalStatusesRefresh(String status) throws Exception {
    String id = createId("Acme");
    klara.setStatus(id, status);
    assertEquals(201, http.post("/applications/" + id + "/pre-auth", key, null).status());
  }

  @Test
  void unknownOrOtherOrganizationsApplicationIsNotFound() throws Exception {
    String id = createId("Acme");
    Reply unknown = http.post("/applications/00000000-0000-4000-8000-000000000000/pre-auth", key, null);
    assertEquals(404, unknown.status());
    assertJson("{\"error\":\"Application not found\"}", unknown);
    Reply foreign = http.post("/applications/" + id + "/pre-auth", klara.issueForeignApiKey(), null);
    assertEquals(404, foreign.status());
    assertJson("{\"error\":\"Application not found\"}", foreign);
  }
}
