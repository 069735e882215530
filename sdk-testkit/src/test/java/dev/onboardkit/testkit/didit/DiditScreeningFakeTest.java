package dev.onboardkit.testkit.didit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.testkit.support.TestHttp;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake's standalone checks over plain HTTP: AML, database validation, KYB search and select. */
class DiditScreeningFakeTest {
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

  private Reply post(String path, String json) throws IOException {
    return http.send("POST", path, null, json, Map.of("x-api-key", didit.apiKey()));
  }

  @Test
  void amlFindsTheSanctionedAndThePepNamesAndNobodyElse() throws IOException {
    Reply sanctioned = post("/aml/", "{\"full_name\":\"viktor  SANCTIONOV\",\"vendor_data\":\"u-1\"}");
    Reply pep = post("/aml/", "{\"full_name\":\"" + DiditScreeningTestData.PEP_NAME + "\",\"entity_type\":\"person\"}");
    Reply clean = post("/aml/", "{\"full_name\":\"John Smith\",\"date_of_birth\":\"1985-03-15\"}");

    JsonNode s = sanctioned.json().get("aml");
    assertEquals(200, sanctioned.status(), sanctioned.body());
    assertEquals("Declined", s.get("status").asText());
    assertEquals(1, s.get("total_hits").asInt());
    assertEquals(100, s.get("score").asInt());
    JsonNode hit = s.get("hits").get(0);
    assertEquals(DiditScreeningTestData.SANCTIONED_NAME, hit.get("caption").asText());
    assertEquals("OFAC SDN", hit.get("sanction_matches").get(0).get("list").asText());
    assertEquals("u-1", sanctioned.text("vendor_data"));
    assertEquals(36, sanctioned.text("request_id").length());

    assertEquals("In Review", pep.json().get("aml").get("status").asText());
    assertEquals(1, pep.json().get("aml").get("hits").get(0).get("pep_matches").size());

    JsonNode c = clean.json().get("aml");
    assertEquals("Approved", c.get("status").asText());
    assertEquals(0, c.get("total_hits").asInt());
    assertEquals("1985-03-15", c.get("screened_data").get("date_of_birth").asText());
    assertEquals(0, new BigDecimal("998.9500").compareTo(didit.balance()), "three screenings at 0.35");
  }

  @Test
  void amlValidatesLikeDjangoRestFramework() throws IOException {
    Reply r = post("/aml/", "{\"entity_type\":\"planet\"}");
    assertEquals(400, r.status());
    assertEquals("This field is required.", r.json().get("full_name").get(0).asText());
    assertEquals("\"planet\" is not a valid choice.", r.json().get("entity_type").get(0).asText());
    assertEquals(405, http.send("GET", "/aml/", null, null, Map.of("x-api-key", didit.apiKey())).status());
    assertEquals(403, http.send("POST", "/aml/", null, "{\"full_name\":\"x\"}", Map.of()).status());
    assertEquals(0, DiditScreeningTestData.STARTING_BALANCE.compareTo(didit.balance()), "refusals are free");
  }

  @Test
  void databaseValidationMatchesTheRegistryFullyPartlyOrNotAtAll() throws IOException {
    String carmen = "\"document_number\":\"99999999R\",\"first_name\":\"CARMEN\",\"last_name\":\"Espanola Espanola\"";
    JsonNode full = post("/database-validation/", "{\"issuing_state\":\"ES\"," + carmen
        + ",\"date_of_birth\":\"1980-01-01\"}").json().get("database_validation");
    JsonNode partial = post("/database-validation/", "{\"issuing_state\":\"ESP\"," + carmen
        + ",\"date_of_birth\":\"1981-01-01\",\"partial_match_action\":\"DECLINE\"}").json()
        .get("database_validation");
    JsonNode none = post("/database-validation/", "{\"issuing_state\":\"ES\",\"document_number\":\"00000000T\"}")
        .json().get("database_validation");

    assertEquals("full_match", full.get("match_type").asText());
    assertEquals("Approved", full.get("status").asText());
    assertEquals("ESP", full.get("issuing_state").asText());
    assertEquals("MATCH", full.get("validations").get("last_name").get("outcome_code").asText());
    assertEquals("partial_match", partial.get("match_type").asText());
    assertEquals("Declined", partial.get("status").asText());
    assertEquals("NO_MATCH", partial.get("validations").get("date_of_birth").get("outcome_code").asText());
    assertEquals("no_match", none.get("match_type").asText());
    assertEquals("In Review", none.get("status").asText(), "NO_ACTION by default");
    assertEquals("DOCUMENT_NOT_FOUND", none.get("validations").get("document_number").get("outcome_code").asText());

    didit.addRegistryIdentity("PE", "12345678", "Ana", "Quispe", java.time.LocalDate.of(1990, 5, 5));
    assertEquals("full_match", post("/database-validation/", "{\"issuing_state\":\"PER\",\"id_number\":\"12345678\","
        + "\"first_name\":\"Ana\"}").json().get("database_validation").get("match_type").asText());

    Reply noDocument = post("/database-validation/", "{\"issuing_state\":\"ES\",\"first_name\":\"Ana\"}");
    assertEquals(400, noDocument.status());
    assertTrue(noDocument.json().isArray());
    Reply badCountry = post("/database-validation/", "{\"issuing_state\":\"Spain\",\"gender\":\"Q\"}");
    assertEquals(400, badCountry.status());
    assertEquals(List.of("issuing_state", "gender"), names(badCountry.json()));
    assertEquals(0, new BigDecimal("999.2000").compareTo(didit.balance()), "four paid validations at 0.20");
  }

  @Test
  void kybSearchIsFreeAndSelectReturnsTheRegistryProfile() throws IOException {
    Reply search = post("/kyb/search/", "{\"country_code\":\"GB\",\"name\":\"tesco\",\"search_type\":\"contains\"}");
    JsonNode companies = search.json().get("kyb_registry").get("companies");
    assertEquals(200, search.status(), search.body());
    assertEquals(2, companies.size());
    assertEquals("TESCO PLC", companies.get(0).get("name").asText());
    assertTrue(search.json().get("kyb_registry").get("search_resolved").asBoolean());
    assertEquals(1, post("/kyb/search/", "{\"country_code\":\"GB\",\"name\":\"Tesco P\",\"search_type\":"
        + "\"start_with\"}").json().get("kyb_registry").get("companies").size());
    assertEquals(1, post("/kyb/search/", "{\"country_code\":\"GB\",\"registration_number\":\"09876543\"}").json()
        .get("kyb_registry").get("companies").size());
    assertEquals(0, post("/kyb/search/", "{\"country_code\":\"FR\",\"name\":\"Tesco\"}").json()
        .get("kyb_registry").get("companies").size());
    assertEquals(0, DiditScreeningTestData.STARTING_BALANCE.compareTo(didit.balance()), "search is free");

    String handle = companies.get(0).get("kyb_response_id").asText();
    assertNotEquals(handle, companies.get(1).get("kyb_response_id").asText());
    Reply select = post("/kyb/select/", "{\"kyb_response_id\":\"" + handle + "\",\"vendor_data\":\"biz-1\"}");
    JsonNode profile = select.json().get("kyb_registry");
    assertEquals(200, select.status(), select.body());
    assertEquals("TESCO PLC", profile.get("company_name").asText());
    assertEquals("00445790", profile.get("registration_number").asText());
    assertEquals("1947-11-27", profile.get("incorporation_date").asText());
    assertEquals("Ken Murphy", profile.get("officers").get(0).get("name").asText());
    assertEquals("biz-1", select.text("vendor_data"));
    assertEquals(0, new BigDecimal("999.0000").compareTo(didit.balance()), "select costs 1.00");

    assertEquals(404, post("/kyb/select/", "{\"kyb_response_id\":\"kyb_resp_unknown\"}").status());
    assertEquals(400, post("/kyb/select/", "{\"kyb_response_id\":\"" + handle + "\",\"save_api_request\":false}")
        .status());
    assertEquals(400, post("/kyb/search/", "{\"country_code\":\"GB\"}").status());
    assertEquals(400, post("/kyb/search/", "{\"name\":\"Tesco\"}").status());
  }

  @Test
  void paidChecksAnswer402WhenTheBalanceIsTooLow() throws IOException {
    didit.balance(new BigDecimal("0.30"));
    Reply r = post("/aml/", "{\"full_name\":\"John Smith\"}");
    assertEquals(402, r.status());
    assertEquals(DiditScreeningRoutes.NO_CREDITS, r.text("detail"));
    assertEquals(200, post("/database-validation/", "{\"issuing_state\":\"ES\",\"document_number\":\"1\"}").status());
    assertEquals(0, new BigDecimal("0.10").compareTo(didit.balance()));
    didit.outOfCredits(true).balance(new BigDecimal("100"));
    assertEquals(402, post("/aml/", "{\"full_name\":\"John Smith\"}").status());
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void unknownStandalonePathsAre404() throws IOException {
    assertEquals(404, post("/kyb/other/", "{}").status());
    assertEquals(404, post("/aml/x/", "{}").status());
    assertFalse(didit.issuedSecrets().isEmpty());
  }
}
