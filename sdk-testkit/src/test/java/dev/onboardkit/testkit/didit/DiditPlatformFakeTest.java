package dev.onboardkit.testkit.didit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.testkit.support.TestHttp;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Verification API fake's users, businesses, questionnaires, session sharing and bulk imports, over HTTP. */
class DiditPlatformFakeTest {
  private FakeDiditVerificationServer didit;
  private TestHttp http;

  @BeforeEach
  void start() {
    didit = FakeDiditVerificationServer.start();
    http = new TestHttp(didit.baseUrl());
  }

  @AfterEach
  void stop() {
    didit.close();
  }

  private Reply send(String method, String path, String json) throws IOException {
    return http.send(method, path, null, json, Map.of("x-api-key", didit.apiKey()));
  }

  private String session(String vendorData) throws IOException {
    Reply r = send("POST", "/session/", "{\"workflow_id\":\"" + didit.defaultWorkflowId() + "\",\"vendor_data\":\""
        + vendorData + "\",\"expected_details\":{\"first_name\":\"Ana\",\"last_name\":\"Ruiz\"}}");
    assertEquals(201, r.status(), r.body());
    return r.text("session_id");
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(field.isEmpty() ? item.asText() : item.path(field).asText()));
    return out;
  }

  @Test
  void usersAreCreatedStoredUpdatedAndValidatedAsDidit() throws IOException {
    Reply created = send("POST", "/users/create/", "{\"vendor_data\":\"user-42\",\"full_name\":\"Carmen\","
        + "\"date_of_birth\":\"1980-01-01\",\"metadata\":{\"plan\":\"premium\"},"
        + "\"approved_emails\":[\"carmen@example.com\"]}");
    assertEquals(201, created.status(), created.body());
    JsonNode u = created.json();
    assertEquals("user-42", u.get("vendor_data").asText());
    assertEquals("ACTIVE", u.get("status").asText());
    assertEquals("Carmen", u.get("full_name").asText());
    assertEquals("1980-01-01", u.get("date_of_birth").asText());
    assertEquals("premium", u.get("metadata").get("plan").asText());
    assertEquals(List.of("carmen@example.com"), texts(u.get("approved_emails"), ""));
    assertEquals(36, u.get("didit_internal_id").asText().length());

    Reply duplicate = send("POST", "/users/create/", "{\"vendor_data\":\"user-42\"}");
    assertEquals(400, duplicate.status());
    assertEquals("user with this vendor data already exists.", duplicate.json().get("vendor_data").get(0).asText());
    Reply invalid = send("POST", "/users/create/", "{\"status\":\"SUSPENDED\",\"date_of_birth\":\"01/01/1980\","
        + "\"approved_phones\":\"+34600000000\"}");
    assertEquals(400, invalid.status());
    assertEquals(List.of("vendor_data", "status", "date_of_birth", "approved_phones"),
        iterable(invalid.json().fieldNames()));
    assertEquals("\"SUSPENDED\" is not a valid choice.", invalid.json().get("status").get(0).asText());

    Reply patched = send("PATCH", "/users/user-42/", "{\"display_name\":\"Carmen E.\",\"status\":\"FLAGGED\"}");
    assertEquals(200, patched.status(), patched.body());
    assertEquals("Carmen E.", patched.text("display_name"));
    assertEquals("FLAGGED", patched.text("status"));
    assertEquals("Carmen", patched.text("full_name"));

    assertEquals("BLOCKED", send("PATCH", "/users/user-42/update-status/", "{\"status\":\"BLOCKED\"}")
        .text("status"));
    assertEquals("BLOCKED", send("GET", "/users/user-42/", null).text("status"));
    assertEquals(400, send("PATCH", "/users/user-42/update-status/", "{\"status\":\"GONE\"}").status());
    assertEquals(400, send("PATCH", "/users/user-42/update-status/", "{}").status());
    assertEquals(404, send("GET", "/users/nobody/", null).status());
    assertEquals(404, send("PATCH", "/users/nobody/update-status/", "{\"status\":\"ACTIVE\"}").status());
    assertEquals(405, send("DELETE", "/users/user-42/", null).status());
  }

  @Test
  void aSessionMakesItsUserAndAnApprovedOneFillsTheProfile() throws IOException {
    String sessionId = session("user-7");
    JsonNode user = send("GET", "/users/user-7/", null).json();
    assertEquals(1, user.get("session_count").asInt());
    assertTrue(user.get("full_name").isNull());

    didit.complete(sessionId, DiditOutcome.APPROVED);
    user = send("GET", "/users/user-7/", null).json();
    assertEquals("Ana Ruiz", user.get("full_name").asText());
    assertEquals("1990-05-15", user.get("date_of_birth").asText());
    assertEquals(List.of("ESP"), texts(user.get("issuing_states"), ""));
  }

  @Test
  void usersArePagedNewestFirstAndDeletedByListOrAll() throws IOException {
    for (int i = 0; i < 3; i++) {
      assertEquals(201, send("POST", "/users/create/", "{\"vendor_data\":\"u" + i + "\"}").status());
    }
    JsonNode page = send("GET", "/users/?limit=2", null).json();
    assertEquals(3, page.get("count").asInt());
    assertEquals(List.of("u2", "u1"), texts(page.get("results"), "vendor_data"));
    assertEquals(didit.baseUrl() + "/users/?limit=2&offset=2", page.get("next").asText());
    JsonNode second = send("GET", "/users/?limit=2&offset=2", null).json();
    assertEquals(List.of("u0"), texts(second.get("results"), "vendor_data"));
    assertTrue(second.get("next").isNull());

    Reply deleted = send("POST", "/users/delete/", "{\"vendor_data_list\":[\"u0\",\"nobody\"],\"delete_all\":false}");
    assertEquals(1, deleted.json().get("deleted_count").asInt());
    assertEquals(400, send("POST", "/users/delete/", "{}").status());
    assertEquals(2, send("POST", "/users/delete/", "{\"delete_all\":true}").json().get("deleted_count").asInt());
    assertEquals(0, send("GET", "/users/", null).json().get("count").asInt());
  }

  @Test
  void businessesNeedNoVendorDataAndAreFoundByTheirInternalIdToo() throws IOException {
    Reply created = send("POST", "/businesses/create/", "{\"legal_name\":\"Acme Trading Ltd\","
        + "\"registration_number\":\"B12345678\",\"country_code\":\"ES\"}");
    assertEquals(201, created.status(), created.body());
    String internalId = created.text("didit_internal_id");
    assertTrue(created.json().get("vendor_data").isNull());
    assertEquals("Acme Trading Ltd", send("GET", "/businesses/" + internalId + "/", null).text("legal_name"));

    Reply invalid = send("POST", "/businesses/create/", "{\"country_code\":\"ESP\",\"legal_name\":7}");
    assertEquals(400, invalid.status());
    assertEquals("Enter a valid ISO 3166-1 alpha-2 country code.", invalid.json().get("country_code").get(0).asText());
    assertEquals("Not a valid string.", invalid.json().get("legal_name").get(0).asText());

    assertEquals(201, send("POST", "/businesses/create/", "{\"vendor_data\":\"acme\"}").status());
    assertEquals("GB", send("PATCH", "/businesses/acme/", "{\"country_code\":\"GB\"}").text("country_code"));
    assertEquals("FLAGGED", send("PATCH", "/businesses/acme/update-status/", "{\"status\":\"FLAGGED\"}")
        .text("status"));
    Reply deleted = send("POST", "/businesses/delete/", "{\"vendor_data_list\":[\"acme\"],"
        + "\"didit_internal_id_list\":[\"" + internalId + "\"],\"delete_all\":false}");
    assertEquals(2, deleted.json().get("deleted_count").asInt());
    assertEquals(404, send("GET", "/businesses/acme/", null).status());
  }

  @Test
  void questionnairesNeedATitleAndQuestionsAndGiveEachQuestionAnId() throws IOException {
    Reply invalid = send("POST", "/questionnaires/", "{\"description\":\"d\"}");
    assertEquals(400, invalid.status());
    assertEquals(List.of("title", "questions"), iterable(invalid.json().fieldNames()));
    Reply badQuestion = send("POST", "/questionnaires/", "{\"title\":\"t\",\"questions\":[{\"type\":\"text\","
        + "\"text\":\"Why?\"},{\"type\":\"text\"},\"plain\"]}");
    assertEquals(400, badQuestion.status());
    JsonNode errors = badQuestion.json().get("questions");
    assertEquals(0, errors.get(0).size());
    assertEquals("This field is required.", errors.get(1).get("text").get(0).asText());
    assertTrue(errors.get(2).has("non_field_errors"));

    Reply created = send("POST", "/questionnaires/", "{\"title\":\"Source of funds\",\"questions\":[{\"type\":"
        + "\"single_choice\",\"text\":\"Where from?\",\"options\":[\"Salary\",\"Savings\"]}]}");
    assertEquals(201, created.status(), created.body());
    String id = created.text("uuid");
    JsonNode question = created.json().get("questions").get(0);
    assertEquals(36, question.get("uuid").asText().length());
    assertEquals(List.of("Salary", "Savings"), texts(question.get("options"), ""));

    assertEquals(List.of(id), texts(send("GET", "/questionnaires/", null).json(), "uuid"));
    Reply patched = send("PATCH", "/questionnaires/" + id + "/", "{\"title\":\"Funds\"}");
    assertEquals("Funds", patched.text("title"));
    assertEquals(1, patched.json().get("questions").size());
    assertEquals(204, send("DELETE", "/questionnaires/" + id + "/", null).status());
    assertEquals(404, send("GET", "/questionnaires/" + id + "/", null).status());
  }

  @Test
  void anApprovedSessionIsSharedOnceAndImportedWithItsChecks() throws IOException {
    String sessionId = session("user-9");
    assertEquals(400, send("POST", "/session/" + sessionId + "/share/", "{\"partner_client_id\":\"p1\"}").status());
    assertEquals(404, send("POST", "/session/nope/share/", "{\"partner_client_id\":\"p1\"}").status());
    didit.complete(sessionId, DiditOutcome.APPROVED);
    assertEquals(400, send("POST", "/session/" + sessionId + "/share/", "{}").status());

    Reply shared = send("POST", "/session/" + sessionId + "/share/", "{\"session_id\":\"" + sessionId
        + "\",\"partner_client_id\":\"p1\"}");
    assertEquals(201, shared.status(), shared.body());
    String token = shared.text("share_token");
    assertTrue(didit.issuedSecrets().contains(token));

    Reply imported = send("POST", "/session/import-shared/", "{\"share_token\":\"" + token + "\"}");
    assertEquals(201, imported.status(), imported.body());
    String copy = imported.text("session_id");
    assertNotEquals(sessionId, copy);
    assertEquals("Approved", imported.text("status"));
    assertEquals(sessionId, imported.text("shared_from_session_id"));
    JsonNode decision = send("GET", "/session/" + copy + "/decision/", null).json();
    assertEquals("Approved", decision.get("status").asText());
    assertEquals(1, decision.get("face_matches").size());

    assertEquals("This share token has already been used.",
        send("POST", "/session/import-shared/", "{\"share_token\":\"" + token + "\"}").text("detail"));
    assertEquals(400, send("POST", "/session/import-shared/", "{\"share_token\":\"shr_unknown\"}").status());
  }

  @Test
  void anImportReadsTheHostedFileAndReportsEachBadRow() throws IOException {
    Reply template = send("GET", "/session/imports/template/", null);
    assertEquals(200, template.status());
    assertTrue(template.headers().get("Content-Type").startsWith("text/csv"));
    assertTrue(template.body().startsWith("vendor_data,status,first_name,last_name,date_of_birth,"));

    didit.hostImportFile("https://files.example.com/kyc.csv", "vendor_data,status,first_name,date_of_birth\n"
        + "imp-1,Approved,Ana,1990-01-01\n" + "imp-2,Declined,Bea,1985-02-02\n" + ",Approved,Cy,1970-13-40\n"
        + "imp-4,Approved\n");
    Reply created = send("POST", "/session/imports/", "{\"source_file_url\":\"https://files.example.com/kyc.csv\"}");
    assertEquals(201, created.status(), created.body());
    JsonNode job = created.json();
    assertEquals("completed_with_errors", job.get("status").asText());
    assertEquals("user_verification", job.get("import_type").asText());
    assertEquals("csv", job.get("source_format").asText());
    assertEquals(4, job.get("summary").get("total_rows").asInt());
    assertEquals(2, job.get("summary").get("imported_rows").asInt());
    assertEquals(2, job.get("summary").get("failed_rows").asInt());
    String id = job.get("import_id").asText();
    assertEquals("completed_with_errors", send("GET", "/session/imports/" + id + "/", null).text("status"));

    JsonNode errors = send("GET", "/session/imports/" + id + "/errors/", null).json();
    assertEquals(3, errors.get("count").asInt());
    assertEquals(List.of("vendor_data", "date_of_birth", "null"), texts(errors.get("results"), "column"));
    assertEquals(List.of("4", "4", "5"), texts(errors.get("results"), "row_number"));
    assertEquals("Approved", send("GET", "/sessions/?vendor_data=imp-1", null).json().get("results").get(0)
        .get("status").asText());
    assertEquals(200, send("GET", "/users/imp-2/", null).status());

    didit.hostImportFile("https://files.example.com/kyb.ndjson", "{\"vendor_data\":\"acme\",\"status\":\"Approved\","
        + "\"legal_name\":\"Acme Ltd\",\"country_code\":\"ES\"}\nnot json\n");
    JsonNode kyb = send("POST", "/session/imports/", "{\"source_file_url\":\"https://files.example.com/kyb.ndjson\","
        + "\"import_type\":\"business_verification\",\"source_format\":\"ndjson\"}").json();
    assertEquals(1, kyb.get("summary").get("imported_rows").asInt());
    assertEquals("Acme Ltd", send("GET", "/businesses/acme/", null).text("legal_name"));

    JsonNode missing = send("POST", "/session/imports/", "{\"source_file_url\":\"https://files.example.com/x.csv\"}")
        .json();
    assertEquals("failed", missing.get("status").asText());
    assertEquals("Could not download the source file: 404 Not Found.", missing.get("error").asText());

    Reply invalid = send("POST", "/session/imports/", "{\"source_file_url\":\"ftp://x\",\"import_type\":\"payroll\","
        + "\"source_format\":\"xlsx\",\"workflow_id\":\"nope\"}");
    assertEquals(400, invalid.status());
    assertEquals(List.of("source_file_url", "import_type", "source_format", "workflow_id"),
        iterable(invalid.json().fieldNames()));
    assertEquals(404, send("GET", "/session/imports/nope/", null).status());
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> out = new ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }
}
