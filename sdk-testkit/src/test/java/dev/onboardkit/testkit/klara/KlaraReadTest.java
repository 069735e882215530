package dev.onboardkit.testkit.klara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KlaraReadTest extends KlaraTestBase {

  @Test
  void retrieveReturnsTheDocumentedShape() throws Exception {
    JsonNode created = create(body("Acme Financial Ltd", "sophie@acme.com"));
    String id = created.get("application_id").asText();
    JsonNode participant = created.get("participants").get(0);
    klara.putField(id, "industry", "fintech");
    klara.addPerson(id, Map.of("id", "person-001", "full_name", "Sophie Mitchell", "roles", List.of("director")));
    klara.addEntity(id, Map.of("type", "holding_company", "source", "registry"));

    Reply r = http.get("/applications/" + id, key);
    assertEquals(200, r.status());
    assertJson("""
        {"id":"%s","config_id":"kyc-standard","status":"sent",
         "data":{"fields":{"company_name":"Acme Financial Ltd","company_number":"12345678","company_country":"GB",
                           "industry":"fintech"},
                 "people":[{"id":"person-001","full_name":"Sophie Mitchell","roles":["director"]}],
                 "entities":[{"type":"holding_company","source":"registry"}]},
         "participants":[%s],
         "documents":[],
         "created_at":"2026-01-15T10:00:00.000Z","submitted_at":null,"completed_at":null}"""
        .formatted(id, participant), r);
  }

  @Test
  void statusMovesSetTimestamps() throws Exception {
    String id = createId("Acme");
    klara.clock().advance(Duration.ofMinutes(5));
    klara.setStatus(id, "submitted");
    klara.clock().advance(Duration.ofMinutes(5));
    klara.setStatus(id, "approved");
    JsonNode json = http.get("/applications/" + id, key).json();
    assertEquals("approved", json.get("status").asText());
    assertEquals("2026-01-15T10:05:00.000Z", json.get("submitted_at").asText());
    assertEquals("2026-01-15T10:10:00.000Z", json.get("completed_at").asText());
    assertTrue(json.get("created_at").asText().matches(MILLIS_RE));
  }

  @Test
  void retrieveUnknownOrForeignIsNotFound() throws Exception {
    String id = createId("Acme");
    assertJson("{\"error\":\"Application not found\"}", http.get("/applications/nope", key));
    Reply foreign = http.get("/applications/" + id, klara.issueForeignApiKey());
    assertEquals(404, foreign.status());
    assertJson("{\"error\":\"Application not found\"}", foreign);
    // An encoded slash stays inside one segment.
    assertEquals(404, http.get("/applications/..%2F" + id, key).status());
  }

  @Test
  void listPagesNewestFirstWithAnOpaqueCursor() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      ids.add(createId("Company " + i));
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Reply r = http.get("/applications?limit=2" + (cursor == null ? "" : "&cursor="
          + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), key);
      assertEquals(200, r.status(), r.body());
      JsonNode json = r.json();
      json.get("applications").forEach(a -> seen.add(a.get("id").asText()));
      boolean hasMore = json.get("has_more").asBoolean();
      assertEquals(hasMore, !json.get("next_cursor").isNull());
      cursor = hasMore ? json.get("next_cursor").asText() : null;
      pages++;
      // A new application does not disturb a cursor in flight.
      if (pages == 1) {
        createId("Late");
      }
    } while (cursor != null);
    assertEquals(3, pages);
    assertEquals(List.of(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0)), seen);
  }

  @Test
  void listItemShape() throws Exception {
    String id = createId("Acme");
    String doc = klara.addDocument(id, "passport.pdf", "application/pdf");
    klara.addDocument(id, "proof_of_address", "bill.png", "image/png", "pending");
    JsonNode json = http.get("/applications", key).json();
    JsonNode item = json.get("applications").get(0);
    assertEquals(List.of("id", "config_id", "status", "company_name", "primary_contact", "documents", "created_at",
        "submitted_at"), names(item));
    assertEquals("{\"email\":\"sophie@acme.com\",\"name\":\"Sophie Mitchell\"}", item.get("primary_contact").toString());
    assertEquals(1, item.get("documents").size(), "only accepted documents are listed");
    JsonNode d = item.get("documents").get(0);
    assertEquals(doc, d.get("id").asText());
    assertEquals("documents", d.get("field_id").asText());
    assertEquals("passport.pdf", d.get("file_name").asText());
    assertEquals("accepted", d.get("status").asText());
    assertTrue(d.get("download_url").asText().startsWith("https://"));
    assertTrue(item.get("submitted_at").isNull());
    assertFalse(json.get("has_more").asBoolean());
    assertTrue(json.get("next_cursor").isNull());
  }

  @Test
  void listFiltersByStatusAndHidesOtherOrganizations() throws Exception {
    String a = createId("A");
    String b = createId("B");
    createId("C");
    klara.setStatus(a, "submitted");
    klara.setStatus(b, "submitted");
    JsonNode json = http.get("/applications?status=submitted", key).json();
    assertEquals(2, json.get("applications").size());
    assertEquals(b, json.get("applications").get(0).get("id").asText());
    assertEquals(0, http.get("/applications", klara.issueForeignApiKey()).json().get("applications").size());
  }

  @Test
  void defaultLimitIsFifty() throws Exception {
    for (int i = 0; i < 51; i++) {
      createId("Company " + i);
    }
    JsonNode json = http.get("/applications", key).json();
    assertEquals(50, json.get("applications").size());
    assertTrue(json.get("has_more").asBoolean());
    assertEquals(51, http.get("/applications?limit=100", key).json().get("applications").size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "101", "abc", "-1", ""})
  void invalidLimit(String limit) throws Exception {
    Reply r = http.get("/applications?limit=" + limit, key);
    assertEquals(400, r.status());
    assertJson("{\"error\":\"Invalid limit: must be an integer between 1 and 100\"}", r);
  }

  @Test
  void invalidStatusAndCursor() throws Exception {
    assertJson("{\"error\":\"Invalid status\"}", http.get("/applications?status=cancelled", key));
    assertJson("{\"error\":\"Invalid cursor\"}", http.get("/applications?cursor=%%%", key));
    assertEquals(400, http.get("/applications?cursor=bm9wZQ", key).status());
  }

  @Test
  void downloadDocument() throws Exception {
    String id = createId("Acme");
    String doc = klara.addDocument(id, "passport.pdf", "application/pdf");
    Reply r = http.get("/applications/" + id + "/documents/" + doc, key);
    assertEquals(200, r.status());
    assertEquals(List.of("url", "file_name", "file_type"), names(r.json()));
    assertEquals("passport.pdf", r.text("file_name"));
    assertEquals("application/pdf", r.text("file_type"));
    assertTrue(r.text("url").startsWith("https://"));

    Reply missingDoc = http.get("/applications/" + id + "/documents/nope", key);
    assertEquals(404, missingDoc.status());
    assertJson("{\"error\":\"Document not found\"}", missingDoc);
    Reply missingApp = http.get("/applications/nope/documents/" + doc, key);
    assertEquals(404, missingApp.status());
    assertJson("{\"error\":\"Application not found\"}", missingApp);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
