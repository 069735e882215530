package dev.onboardkit.testkit.didit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiditApplicationsTest extends DiditTestBase {
  static final List<String> APP_FIELDS = List.of("uuid", "name", "client_id", "api_key", "website_url",
      "redirect_uris", "terms_url", "privacy_url", "description", "created_at");

  DiditVerifiedAccount owner;
  String token;
  String apps;

  @BeforeEach
  void setUp() throws Exception {
    owner = didit.createVerifiedAccount(EMAIL, PASSWORD);
    token = login(EMAIL, PASSWORD);
    apps = "/organizations/me/" + owner.organizationId() + "/applications/";
  }

  @Test
  void organizationsAreABareArray() throws Exception {
    Reply r = http.get("/organizations/me/", token);
    assertEquals(200, r.status());
    assertJson("""
        [{"uuid":"%s","name":"dev","contact_email":"dev@acme-reseller.io","created_at":"2026-01-15T10:00:00Z"}]"""
        .formatted(owner.organizationId()), r);
  }

  @Test
  void emptyBodyCreatesTheDefaultName() throws Exception {
    Reply r = http.post(apps, token, null);
    assertEquals(201, r.status(), r.body());
    JsonNode app = r.json();
    assertEquals(APP_FIELDS, DiditRegistrationTest.names(app));
    assertEquals("dev App", app.get("name").asText());
    assertTrue(app.get("uuid").asText().matches(UUID_RE));
    assertTrue(app.get("website_url").isNull());
    assertEquals(0, app.get("redirect_uris").size());
    assertTrue(app.get("description").isNull());
    assertEquals("2026-01-15T10:00:00Z", app.get("created_at").asText());
    assertEquals(201, http.post(apps, token, "{}").status());
    assertEquals(2, didit.createdApplications(owner.organizationId()).size());
    assertEquals(3, didit.applications(owner.organizationId()).size());
  }

  @Test
  void createListRetrieve() throws Exception {
    Reply created = http.post(apps, token, """
        {"name":"Acme Customer App","website_url":"https://acme-reseller.io",
         "redirect_uris":["https://acme-reseller.io/callback"],"terms_url":"https://acme-reseller.io/terms",
         "privacy_url":"https://acme-reseller.io/privacy","description":"for Acme"}""");
    assertEquals(201, created.status(), created.body());
    JsonNode app = created.json();
    String id = app.get("uuid").asText();
    assertJson("""
        {"uuid":"%s","name":"Acme Customer App","client_id":"%s","api_key":"%s",
         "website_url":"https://acme-reseller.io","redirect_uris":["https://acme-reseller.io/callback"],
         "terms_url":"https://acme-reseller.io/terms","privacy_url":"https://acme-reseller.io/privacy",
         "description":"for Acme","created_at":"2026-01-15T10:00:00Z"}"""
        .formatted(id, app.get("client_id").asText(), app.get("api_key").asText()), created);

    Reply list = http.get(apps, token);
    assertEquals(200, list.status());
    assertTrue(list.json().isArray());
    assertEquals(List.of(owner.applicationId(), id),
        List.of(list.json().get(0).get("uuid").asText(), list.json().get(1).get("uuid").asText()));

    Reply one = http.get(apps + id + "/", token);
    assertEquals(200, one.status());
    assertEquals(app, one.json());
    assertEquals(app.get("api_key").asText(), didit.createdApplications(owner.organizationId()).get(0).apiKey());
  }

  @Test
  void patchChangesOnlySentFieldsAndNullClears() throws Exception {
    JsonNode app = http.post(apps, token, """
        {"name":"A","website_url":"https://a.acme-reseller.io","description":"d"}""").json();
    String item = apps + app.get("uuid").asText() + "/";
    Reply r = http.patch(item, token, """
        {"name":"B","description":null,"api_key":"stolen","client_id":"x","uuid":"y"}""");
    assertEquals(200, r.status(), r.body());
    JsonNode patched = r.json();
    assertEquals("B", patched.get("name").asText());
    assertTrue(patched.get("description").isNull());
    assertEquals("https://a.acme-reseller.io", patched.get("website_url").asText());
    assertEquals(app.get("api_key"), patched.get("api_key"));
    assertEquals(app.get("client_id"), patched.get("client_id"));
    assertEquals(app.get("uuid"), patched.get("uuid"));

    assertEquals(200, http.patch(item, token, "{\"website_url\":null,\"redirect_uris\":[]}").status());
    DiditApplicationRecord rec = didit.createdApplications(owner.organizationId()).get(0);
    assertTrue(rec.websiteUrl().isEmpty());
    assertTrue(rec.description().isEmpty());
    assertEquals("B", rec.name());
    assertEquals(200, http.patch(item, token, null).status(), "an empty PATCH changes nothing");
  }

  @Test
  void badUrlsAreFieldErrorsAndRedirectUrisAreKeyedByIndex() throws Exception {
    Reply r = http.post(apps, token, """
        {"website_url":"not a url","redirect_uris":["https://ok.acme-reseller.io/cb","javascript:alert(1)","ftp:/x"],
         "terms_url":"https://acme-reseller.io/terms","privacy_url":"mailto:x@acme-reseller.io"}""");
    assertEquals(400, r.status());
    assertJson("""
        {"website_url":["Enter a valid URL."],
         "redirect_uris":{"1":["Enter a valid URL."],"2":["Enter a valid URL."]},
         "privacy_url":["Enter a valid URL."]}""", r);
    assertJson("{\"website_url\":[\"Enter a valid URL.\"]}", http.post(apps, token, "{\"website_url\":\"acme\"}"));
    assertEquals(0, didit.createdApplications(owner.organizationId()).size());
  }

  @Test
  void appDeepLinksAreAcceptedAsRedirectUris() throws Exception {
    Reply r = http.post(apps, token, """
        {"redirect_uris":["myapp://callback","com.acme.app:/oauth2redirect","https://acme-reseller.io/cb"]}""");

    assertEquals(201, r.status());
    assertEquals(List.of("myapp://callback", "com.acme.app:/oauth2redirect", "https://acme-reseller.io/cb"),
        didit.createdApplications(owner.organizationId()).get(0).redirectUris());
  }

  @Test
  void otherFieldErrors() throws Exception {
    assertJson("{\"name\":[\"This field may not be null.\"]}", http.post(apps, token, "{\"name\":null}"));
    assertJson("{\"name\":[\"This field may not be blank.\"]}", http.post(apps, token, "{\"name\":\" \"}"));
    assertJson("{\"redirect_uris\":[\"Expected a list of items but got type \\\"str\\\".\"]}",
        http.post(apps, token, "{\"redirect_uris\":\"https://acme-reseller.io\"}"));
    assertJson("{\"redirect_uris\":[\"This field may not be null.\"]}",
        http.post(apps, token, "{\"redirect_uris\":null}"));
    assertJson("{\"description\":[\"Not a valid string.\"]}", http.post(apps, token, "{\"description\":5}"));
    assertJson("{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got list.\"]}",
        http.post(apps, token, "[]"));
  }

  @Test
  void membersGet403AndOutsidersGet404() throws Exception {
    DiditVerifiedAccount other = didit.createVerifiedAccount("member@acme-reseller.io", PASSWORD);
    String memberToken = login("member@acme-reseller.io", PASSWORD);
    String item = apps + owner.applicationId() + "/";

    assertJson("{\"detail\":\"Not found.\"}", http.get(apps, memberToken));
    assertEquals(404, http.get(item, memberToken).status());
    assertEquals(404, http.post(apps, memberToken, "{}").status());

    didit.addMember(owner.organizationId(), "member@acme-reseller.io", DiditRole.MEMBER);
    Reply forbidden = http.get(apps, memberToken);
    assertEquals(403, forbidden.status());
    assertJson("{\"detail\":\"You do not have permission to perform this action.\"}", forbidden);
    assertEquals(403, http.get(item, memberToken).status());
    assertEquals(403, http.post(apps, memberToken, "{}").status());
    assertEquals(403, http.patch(item, memberToken, "{\"name\":\"x\"}").status());
    assertEquals(2, http.get("/organizations/me/", memberToken).json().size(), "members still see the organization");

    didit.addMember(owner.organizationId(), "member@acme-reseller.io", DiditRole.ADMIN);
    assertEquals(200, http.get(apps, memberToken).status());
    assertEquals(201, http.post(apps, memberToken, "{}").status());
    assertEquals(200, http.patch(item, memberToken, "{\"name\":\"renamed\"}").status());

    // The owner cannot reach the other account's organization.
    assertEquals(404, http.get("/organizations/me/" + other.organizationId() + "/applications/", token).status());
    // Nor its application through their own organization's path.
    assertEquals(404, http.get(apps + other.applicationId() + "/", token).status());
    assertThrows(IllegalArgumentException.class,
        () -> didit.addMember(owner.organizationId(), "ghost@acme-reseller.io", DiditRole.ADMIN));
  }

  @Test
  void unknownIdsMethodsAndAuth() throws Exception {
    assertJson("{\"detail\":\"Not found.\"}",
        http.get("/organizations/me/00000000-0000-4000-8000-000000000000/applications/", token));
    assertEquals(404, http.get(apps + "nope/", token).status());
    Reply put = http.send("PUT", apps + owner.applicationId() + "/", token, "{}", Map.of());
    assertEquals(405, put.status());
    assertJson("{\"detail\":\"Method \\\"PUT\\\" not allowed.\"}", put);
    assertEquals(403, http.post(apps, null, "{}").status());
    assertEquals(401, http.post(apps, "garbage", "{}").status());
    assertEquals(0, didit.createdApplications(owner.organizationId()).size());
  }
}
