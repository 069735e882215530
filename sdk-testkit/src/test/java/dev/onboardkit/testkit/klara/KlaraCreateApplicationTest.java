package dev.onboardkit.testkit.klara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class KlaraCreateApplicationTest extends KlaraTestBase {

  @Test
  void createsWithTheDocumentedResponse() throws Exception {
    JsonNode json = create(body("Acme Financial Ltd", "sophie@acme.com"));
    String id = json.get("application_id").asText();
    assertTrue(id.matches(UUID_RE), id);
    assertTrue(json.get("link").asText().matches(
        "https://app\\.klara-ai\\.com/external/acme-corp/application/[A-Z0-9]{6}"), json.toString());
    assertEquals(1, json.get("participants").size());
    JsonNode p = json.get("participants").get(0);
    assertEquals(List.of("id", "link_slug", "email", "role"), fieldNames(p));
    assertTrue(p.get("id").asText().matches(UUID_RE));
    assertTrue(p.get("link_slug").asText().matches("[a-z0-9]{16}"));
    assertEquals("sophie@acme.com", p.get("email").asText());
    assertEquals("primary", p.get("role").asText());
    assertEquals(List.of("application_id", "link", "participants"), fieldNames(json));

    assertEquals(1, klara.createdCount());
    KlaraApplicationSnapshot a = klara.createdApplications().get(0);
    assertEquals(id, a.id());
    assertEquals("Acme Financial Ltd", a.companyName());
    assertEquals("kyc-standard", a.configId());
    assertEquals("12345678", a.companyNumber().orElseThrow());
    assertEquals("GB", a.country());
    assertEquals("CEO", a.primaryContactRole().orElseThrow());
    assertEquals("sent", a.status());
    assertEquals(p.get("id").asText(), a.participantId());
    assertEquals(klara.organizationId(), a.organizationId());
    assertEquals(FakeClock.DEFAULT_START, a.createdAt());
    assertTrue(a.preAuthCode().isEmpty());
    assertTrue(a.inviteEmailSent());
  }

  @Test
  void quickstartShapeUsesAccessToken() throws Exception {
    klara.participantIdentifier(KlaraParticipantIdentifier.ACCESS_TOKEN);
    JsonNode p = create(body("Acme", "sophie@acme.com")).get("participants").get(0);
    assertEquals(List.of("id", "access_token", "email", "role"), fieldNames(p));
    assertTrue(p.get("access_token").asText().matches("at_[a-z0-9]{16}"));
  }

  @Test
  void preAuthCodeIsSixteenUpperAlphanumericsValidFor72HoursOnTheFakeClock() throws Exception {
    JsonNode json = create(preAuthBody());
    String id = json.get("application_id").asText();
    String code = json.get("pre_auth_code").asText();
    assertTrue(code.matches("[A-Z0-9]{16}"), code);
    String slug = json.get("participants").get(0).get("link_slug").asText();
    assertEquals("https://app.klara-ai.com/external/acme-corp/apply/" + slug + "?auth_code=" + code,
        json.get("link").asText());
    KlaraApplicationSnapshot a = klara.application(id).orElseThrow();
    assertEquals(code, a.preAuthCode().orElseThrow());
    assertEquals(FakeClock.DEFAULT_START.plus(Duration.ofHours(72)), a.preAuthExpiresAt().orElseThrow());

    assertTrue(klara.isPreAuthCodeValid(id, code));
    assertFalse(klara.isPreAuthCodeValid(id, "AAAAAAAAAAAAAAAA"));
    klara.clock().advance(Duration.ofHours(72).minusSeconds(1));
    assertTrue(klara.isPreAuthCodeValid(id, code));
    klara.clock().advance(Duration.ofSeconds(1));
    assertFalse(klara.isPreAuthCodeValid(id, code));
  }

  @Test
  void missingFieldsAreListedWithDottedNames() throws Exception {
    Reply r = http.post("/applications", key, "{}");
    assertEquals(400, r.status());
    assertJson("""
        {"error":"Missing required fields",
         "required":["config_id","company_name","country","primary_contact.name","primary_contact.email"]}""", r);

    Reply partial = http.post("/applications", key, """
        {"config_id":"kyc-standard","company_name":"  ","country":"IE","primary_contact":{"name":"Sophie"}}""");
    assertJson("""
        {"error":"Missing required fields","required":["company_name","primary_contact.email"]}""", partial);
    assertEquals(0, klara.createdCount());
  }

  @Test
  void gbRequiresCompanyNumber() throws Exception {
    Reply r = http.post("/applications", key, """
        {"config_id":"kyc-standard","primary_contact":{"email":"s@acme.com","name":"S"},
         "company_name":"Acme","country":"GB"}""");
    assertEquals(400, r.status());
    assertJson("{\"error\":\"Missing required fields\",\"required\":[\"company_number\"]}", r);
    // Other countries do not need it.
    assertEquals(201, http.post("/applications", key, """
        {"config_id":"kyc-standard","primary_contact":{"email":"s@acme.com","name":"S"},
         "company_name":"Acme","country":"IE"}""").status());
  }

  @Test
  void invalidEmail() throws Exception {
    Reply r = http.post("/applications", key, body("Acme", "not-an-email"));
    assertEquals(400, r.status());
    assertJson("{\"error\":\"Invalid email address for primary_contact.email\"}", r);
    assertEquals(0, klara.createdCount());
  }

  @Test
  void unknownConfigIsInvalid() throws Exception {
    Reply r = http.post("/applications", key, body("Acme", "s@acme.com").replace("kyc-standard", "kyb-gold"));
    assertEquals(400, r.status());
    assertJson("{\"error\":\"Invalid config_id\"}", r);
    klara.addConfig("kyb-gold");
    assertEquals(201, http.post("/applications", key, body("Acme", "s@acme.com").replace("kyc-standard", "kyb-gold"))
        .status());
    assertEquals("kyb-gold", klara.createdApplications().get(0).configId());
  }

  @Test
  void configOfAnotherOrganizationIsForbidden() throws Exception {
    klara.addForeignConfig("their-config");
    Reply r = http.post("/applications", key, body("Acme", "s@acme.com").replace("kyc-standard", "their-config"));
    assertEquals(403, r.status());
    assertJson("{\"error\":\"Config not available for this organization\"}", r);
    // And the other way round: the default config is not the other organization's.
    Reply foreign = http.post("/applications", klara.issueForeignApiKey(), body("Acme", "s@acme.com"));
    assertEquals(403, foreign.status());
    assertEquals(0, klara.createdCount());
  }

  @Test
  void malformedJsonAndNonObjects() throws Exception {
    for (String bad : List.of("{", "[1,2]", "\"text\"", "{} trailing", "")) {
      Reply r = http.post("/applications", key, bad.isEmpty() ? null : bad);
      assertEquals(400, r.status(), bad);
      assertJson("{\"error\":\"Invalid JSON body\"}", r);
    }
    assertEquals(0, klara.createdCount());
  }

  @Test
  void nonBooleanPreAuthIsInvalidRequestBody() throws Exception {
    Reply r = http.post("/applications", key, preAuthBody().replace("\"pre_auth\":true", "\"pre_auth\":\"yes\""));
    assertEquals(400, r.status());
    assertJson("""
        {"error":"Invalid request body","details":{"pre_auth":["Expected boolean, received string"]}}""", r);
  }

  @Test
  void failingInviteEmailStillCreatesWithAWarning() throws Exception {
    klara.failInviteEmails(true);
    JsonNode json = create(body("Acme", "s@acme.com"));
    assertEquals(FakeKlaraServer.INVITE_EMAIL_WARNING, json.get("warning").asText());
    KlaraApplicationSnapshot a = klara.createdApplications().get(0);
    assertFalse(a.inviteEmailSent());
    assertEquals("created", a.status());

    klara.failInviteEmails(false);
    assertNull(create(body("Acme 2", "s@acme.com")).get("warning"));
    assertEquals(2, klara.createdCount());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
