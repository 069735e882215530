package dev.onboardkit.testkit.didit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.testkit.support.TestHttp;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Verification API fake's lists, standalone image checks and customization, over plain HTTP. */
class DiditUploadFamiliesFakeTest {
  static final byte[] FACE = jpeg("face of Ana");
  static final byte[] OTHER_FACE = jpeg("face of Bruno");

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

  static byte[] jpeg(String content) {
    byte[] text = content.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xff;
    bytes[1] = (byte) 0xd8;
    bytes[2] = (byte) 0xff;
    System.arraycopy(text, 0, bytes, 3, text.length);
    return bytes;
  }

  private Reply json(String method, String path, String json) throws IOException {
    return http.send(method, path, null, json, Map.of("x-api-key", didit.apiKey()));
  }

  private Reply form(String method, String path, MultipartBody.Builder form) throws IOException {
    return http.send(method, path, form.build(), Map.of("x-api-key", didit.apiKey()));
  }

  private static MultipartBody.Builder form() {
    return new MultipartBody.Builder().setType(MultipartBody.FORM);
  }

  private static RequestBody file(byte[] bytes, String type) {
    return RequestBody.create(bytes, MediaType.get(type));
  }

  private String listOf(String listType, String entryType) throws IOException {
    Reply lists = json("GET", "/lists/?list_type=" + listType + "&entry_type=" + entryType, null);
    assertEquals(200, lists.status(), lists.body());
    return lists.json().path("results").path(0).path("uuid").asText();
  }

  @Test
  void theTenSystemBlocklistsExistAndCannotBeChangedOrDeleted() throws IOException {
    Reply all = json("GET", "/lists/?limit=4", null);
    assertEquals(10, all.json().get("count").asInt());
    assertEquals(4, all.json().get("results").size());
    assertEquals(didit.baseUrl() + "/lists/?limit=4&offset=4", all.text("next"));
    assertNull(all.text("previous"));
    JsonNode first = all.json().get("results").get(0);
    assertEquals("blocklist", first.get("list_type").asText());
    assertEquals(true, first.get("is_system").asBoolean());
    String faces = listOf("blocklist", "face");
    assertEquals(400, json("PATCH", "/lists/" + faces + "/", "{\"name\":\"x\"}").status());
    assertEquals(400, json("DELETE", "/lists/" + faces + "/", null).status());
    assertEquals(404, json("GET", "/lists/00000000-0000-4000-8000-000000000000/", null).status());
  }

  @Test
  void listsAreCreatedRenamedAndDeletedWithDiditsValidation() throws IOException {
    Reply bad = json("POST", "/lists/", "{\"name\":\"\",\"list_type\":\"blocklist\",\"entry_type\":\"vehicle\"}");
    assertEquals(400, bad.status());
    assertEquals("This field may not be blank.", bad.json().path("name").path(0).asText());
    assertEquals("\"blocklist\" is not a valid choice.", bad.json().path("list_type").path(0).asText());
    assertEquals("\"vehicle\" is not a valid choice.", bad.json().path("entry_type").path(0).asText());

    Reply created = json("POST", "/lists/", "{\"name\":\"Trusted IPs\",\"list_type\":\"allowlist\","
        + "\"entry_type\":\"ip_address\",\"description\":\"Office\"}");
    assertEquals(201, created.status(), created.body());
    String id = created.text("uuid");
    assertEquals(0, created.json().get("entry_count").asInt());
    assertTrue(created.json().get("last_entry_added_at").isNull());
    assertEquals(400, json("POST", "/lists/", "{\"name\":\"trusted ips\",\"list_type\":\"custom\","
        + "\"entry_type\":\"email\"}").status(), "names are unique");

    Reply renamed = json("PATCH", "/lists/" + id + "/", "{\"name\":\"Office IPs\"}");
    assertEquals("Office IPs", renamed.text("name"));
    assertEquals("Office", renamed.text("description"));
    assertEquals(204, json("DELETE", "/lists/" + id + "/", null).status());
    assertEquals(404, json("GET", "/lists/" + id + "/", null).status());
  }

  @Test
  void entryValuesAreValidatedAndNormalisedByEntryType() throws IOException {
    String emails = listOf("blocklist", "email");
    Reply bad = json("POST", "/lists/" + emails + "/entries/", "{\"value\":\"not-an-email\"}");
    assertEquals(400, bad.status());
    assertEquals("Enter a valid email address.", bad.json().path("value").path(0).asText());
    assertEquals(400, json("POST", "/lists/" + emails + "/entries/", "{\"comment\":\"x\"}").status());

    Reply added = json("POST", "/lists/" + emails + "/entries/", "{\"value\":\"Fraud@Example.COM\","
        + "\"comment\":\"Chargebacks\",\"display_label\":\"Case 7\",\"metadata\":{\"reference_type\":\"vendor_user\"}}");
    assertEquals(201, added.status(), added.body());
    assertEquals("fraud@example.com", added.text("value"));
    assertEquals("api", added.text("added_by"));
    assertEquals("vendor_user", added.json().path("metadata").path("reference_type").asText());
    assertEquals(400, json("POST", "/lists/" + emails + "/entries/", "{\"value\":\"fraud@example.com\"}").status(),
        "already in the list");

    String countries = json("POST", "/lists/", "{\"name\":\"Countries\",\"list_type\":\"custom\","
        + "\"entry_type\":\"country\"}").text("uuid");
    assertEquals("ESP", json("POST", "/lists/" + countries + "/entries/", "{\"value\":\"es\"}").text("value"));
    String phones = listOf("blocklist", "phone");
    assertEquals("+34600111222", json("POST", "/lists/" + phones + "/entries/", "{\"value\":\"+34 600 111 222\"}")
        .text("value"));
    String ips = listOf("blocklist", "ip_address");
    assertEquals(201, json("POST", "/lists/" + ips + "/entries/", "{\"value\":\"10.0.0.0/8\"}").status());
    assertEquals(400, json("POST", "/lists/" + ips + "/entries/", "{\"value\":\"10.0.0.300\"}").status());

    Reply page = json("GET", "/lists/" + emails + "/entries/?search=case", null);
    assertEquals(1, page.json().get("count").asInt());
    Reply list = json("GET", "/lists/" + emails + "/", null);
    assertEquals(1, list.json().get("entry_count").asInt());
    assertTrue(list.json().get("last_entry_added_at").isTextual());
    String entry = added.text("uuid");
    assertEquals(204, json("DELETE", "/lists/" + emails + "/entries/" + entry + "/", null).status());
    assertEquals(404, json("DELETE", "/lists/" + emails + "/entries/" + entry + "/", null).status());
  }

  @Test
  void anEntryCanBeTakenFromASession() throws IOException {
    Reply session = json("POST", "/session/", "{\"workflow_id\":\"" + didit.defaultWorkflowId() + "\","
        + "\"contact_details\":{\"email\":\"ana@example.com\"}}");
    String sessionId = session.text("session_id");
    String emails = listOf("blocklist", "email");

    Reply added = json("POST", "/lists/" + emails + "/entries/", "{\"reference_session_id\":\"" + sessionId + "\"}");
    assertEquals(201, added.status(), added.body());
    assertEquals("ana@example.com", added.text("value"));
    assertEquals(sessionId, added.text("reference_session_id"));
    assertEquals(400, json("POST", "/lists/" + listOf("blocklist", "document") + "/entries/",
        "{\"reference_session_id\":\"" + sessionId + "\"}").status(), "no document yet");
    assertEquals(400, json("POST", "/lists/" + emails + "/entries/",
        "{\"reference_session_id\":\"00000000-0000-4000-8000-000000000000\"}").status());
  }

  @Test
  void aFaceUploadedToTheBlocklistDeclinesLivenessAndFaceSearchOfTheSameImage() throws IOException {
    String faces = listOf("blocklist", "face");
    assertEquals(400, json("POST", "/lists/" + faces + "/entries/face-upload/", "{\"image\":\""
        + Base64.getEncoder().encodeToString("plain text".getBytes(StandardCharsets.UTF_8)) + "\"}").status());
    assertEquals(400, json("POST", "/lists/" + listOf("blocklist", "email") + "/entries/face-upload/",
        "{\"image\":\"" + Base64.getEncoder().encodeToString(FACE) + "\"}").status(), "face lists only");
    Reply uploaded = json("POST", "/lists/" + faces + "/entries/face-upload/", "{\"image\":\""
        + Base64.getEncoder().encodeToString(FACE) + "\",\"comment\":\"Known fraudster\"}");
    assertEquals(201, uploaded.status(), uploaded.body());
    assertEquals(uploaded.text("value"), uploaded.text("reference_object_uuid"));
    assertTrue(uploaded.json().path("metadata").path("reference_image_url").asText().startsWith("https://"));

    Reply liveness = form("POST", "/passive-liveness/", form().addFormDataPart("user_image", "selfie.jpg",
        file(FACE, "image/jpeg")));
    assertEquals(200, liveness.status(), liveness.body());
    assertEquals("Declined", liveness.json().path("liveness").path("status").asText());
    assertEquals("FACE_IN_BLOCKLIST", liveness.json().path("liveness").path("warnings").path(0).path("risk").asText());

    Reply search = form("POST", "/face-search/", form().addFormDataPart("user_image", "selfie.jpg",
        file(FACE, "image/jpeg")));
    JsonNode report = search.json().path("face_search");
    assertEquals("Declined", report.path("status").asText());
    assertEquals(true, report.path("matches").path(0).path("is_blocklisted").asBoolean());

    Reply other = form("POST", "/passive-liveness/", form().addFormDataPart("user_image", "selfie.jpg",
        file(OTHER_FACE, "image/jpeg")));
    assertEquals("Approved", other.json().path("liveness").path("status").asText());
  }

  @Test
  void faceMatchScoresFollowTheImagesAndTheThreshold() throws IOException {
    Reply same = form("POST", "/face-match/", form()
        .addFormDataPart("user_image", "a.jpg", file(FACE, "image/jpeg"))
        .addFormDataPart("ref_image", "b.png", file(FACE, "image/png"))
        .addFormDataPart("vendor_data", "user-1"));
    assertEquals(200, same.status(), same.body());
    assertEquals(98.62, same.json().path("face_match").path("score").asDouble());
    assertEquals("Approved", same.json().path("face_match").path("status").asText());
    assertEquals("user-1", same.text("vendor_data"));
    assertTrue(same.text("request_id").length() == 36);

    Reply strict = form("POST", "/face-match/", form()
        .addFormDataPart("user_image", "a.jpg", file(FACE, "image/jpeg"))
        .addFormDataPart("ref_image", "b.jpg", file(OTHER_FACE, "image/jpeg"))
        .addFormDataPart("face_match_score_decline_threshold", "99"));
    double score = strict.json().path("face_match").path("score").asDouble();
    assertTrue(score >= 5 && score < 95, "score " + score);
    assertEquals("Declined", strict.json().path("face_match").path("status").asText());
    assertEquals("LOW_FACE_MATCH_SIMILARITY",
        strict.json().path("face_match").path("warnings").path(0).path("risk").asText());
    Reply again = form("POST", "/face-match/", form()
        .addFormDataPart("user_image", "x.jpg", file(OTHER_FACE, "image/jpeg"))
        .addFormDataPart("ref_image", "y.jpg", file(FACE, "image/jpeg")));
    assertEquals(score, again.json().path("face_match").path("score").asDouble(), "symmetric and repeatable");
  }

  @Test
  void formsAreValidatedTheWayDjangoRestFrameworkAnswers() throws IOException {
    Reply missing = form("POST", "/face-match/", form()
        .addFormDataPart("user_image", "a.bmp", file(FACE, "image/bmp"))
        .addFormDataPart("face_match_score_decline_threshold", "101")
        .addFormDataPart("rotate_image", "maybe"));
    assertEquals(400, missing.status());
    JsonNode errors = missing.json();
    assertEquals("File extension \u201cbmp\u201d is not allowed. Allowed extensions are: tiff, tif, jpg, jpeg, png, "
        + "webp.", errors.path("user_image").path(0).asText());
    assertEquals("No file was submitted.", errors.path("ref_image").path(0).asText());
    assertEquals("Ensure this value is less than or equal to 100.",
        errors.path("face_match_score_decline_threshold").path(0).asText());
    assertEquals("Must be a valid boolean.", errors.path("rotate_image").path(0).asText());

    assertEquals("The submitted file is empty.", form("POST", "/age-estimation/", form()
        .addFormDataPart("user_image", "a.jpg", file(new byte[0], "image/jpeg"))).json().path("user_image").path(0)
        .asText());
    assertEquals("The submitted data was not a file. Check the encoding type on the form.",
        form("POST", "/passive-liveness/", form().addFormDataPart("user_image", "text")).json().path("user_image")
            .path(0).asText());
    Reply tooBig = form("POST", "/passive-liveness/", form().addFormDataPart("user_image", "a.jpg",
        file(new byte[5 * 1024 * 1024 + 1], "image/jpeg")));
    assertEquals("File size exceeds the maximum of 5 MB.", tooBig.json().path("user_image").path(0).asText());
    assertEquals(200, form("POST", "/poa/", form().addFormDataPart("document", "bill.pdf",
        file(new byte[6 * 1024 * 1024], "application/pdf"))).status(), "a proof of address may be 15 MB");
    Reply json = json("POST", "/face-search/", "{}");
    assertEquals("No file was submitted.", json.json().path("user_image").path(0).asText());
    assertEquals(405, json("GET", "/face-match/", null).status());
  }

  @Test
  void idVerificationAndProofOfAddressReturnCannedReportsThatFollowTheOptions() throws IOException {
    Reply id = form("POST", "/id-verification/", form()
        .addFormDataPart("front_image", "front.jpg", file(FACE, "image/jpeg"))
        .addFormDataPart("back_image", "back.jpg", file(OTHER_FACE, "image/jpeg"))
        .addFormDataPart("minimum_age", "50"));
    JsonNode report = id.json().path("id_verification");
    assertEquals("Identity Card", report.path("document_type").asText());
    assertEquals(45, report.path("age").asInt());
    assertEquals("Declined", report.path("status").asText());
    assertEquals("MINIMUM_AGE_NOT_MET", report.path("warnings").path(0).path("risk").asText());

    String number = report.path("document_number").asText();
    assertEquals(201, json("POST", "/lists/" + listOf("blocklist", "document") + "/entries/",
        "{\"value\":\"" + number + "\"}").status());
    Reply blocked = form("POST", "/id-verification/", form()
        .addFormDataPart("front_image", "front.jpg", file(FACE, "image/jpeg")));
    assertEquals("Passport", blocked.json().path("id_verification").path("document_type").asText());
    assertEquals("DOCUMENT_IN_BLOCKLIST",
        blocked.json().path("id_verification").path("warnings").path(0).path("risk").asText());

    Reply poa = form("POST", "/poa/", form()
        .addFormDataPart("document", "bill.pdf", file("%PDF-1.7".getBytes(StandardCharsets.US_ASCII),
            "application/pdf"))
        .addFormDataPart("expected_first_name", "Sophia")
        .addFormDataPart("expected_address", "Av. Monseñor Tavella 1291, Salta"));
    assertEquals("Approved", poa.json().path("poa").path("status").asText());
    assertEquals("Aguas del Norte", poa.json().path("poa").path("issuer").asText());
    Reply mismatch = form("POST", "/poa/", form()
        .addFormDataPart("document", "bill.pdf", file("%PDF".getBytes(StandardCharsets.US_ASCII), "application/pdf"))
        .addFormDataPart("expected_last_name", "Smith"));
    assertEquals("NAME_MISMATCH_WITH_PROVIDED", mismatch.json().path("poa").path("warnings").path(0).path("risk")
        .asText());
  }

  @Test
  void ageEstimationAndDuplicatesAcrossUsers() throws IOException {
    Reply age = form("POST", "/age-estimation/", form()
        .addFormDataPart("user_image", "a.jpg", file(FACE, "image/jpeg"))
        .addFormDataPart("age_estimation_decline_threshold", "99"));
    JsonNode liveness = age.json().path("liveness");
    double estimate = liveness.path("age_estimation").asDouble();
    assertTrue(estimate >= 16 && estimate < 60, "age " + estimate);
    assertEquals("Declined", liveness.path("status").asText());
    assertEquals("AGE_BELOW_MINIMUM", liveness.path("warnings").path(0).path("risk").asText());

    form("POST", "/passive-liveness/", form().addFormDataPart("user_image", "a.jpg", file(OTHER_FACE, "image/jpeg"))
        .addFormDataPart("vendor_data", "user-1"));
    Reply duplicate = form("POST", "/passive-liveness/", form()
        .addFormDataPart("user_image", "a.jpg", file(OTHER_FACE, "image/jpeg"))
        .addFormDataPart("vendor_data", "user-2"));
    assertEquals("DUPLICATED_FACE", duplicate.json().path("liveness").path("warnings").path(0).path("risk").asText());
    assertEquals("Approved", duplicate.json().path("liveness").path("status").asText(), "information only");
    Reply search = form("POST", "/face-search/", form().addFormDataPart("user_image", "a.jpg",
        file(OTHER_FACE, "image/jpeg")).addFormDataPart("vendor_data", "user-3"));
    assertEquals(2, search.json().path("face_search").path("total_matches").asInt());
    assertEquals("Approved", search.json().path("face_search").path("status").asText());
  }

  @Test
  void checksNeedCredits() throws IOException {
    didit.outOfCredits(true);
    assertEquals(403, form("POST", "/passive-liveness/", form().addFormDataPart("user_image", "a.jpg",
        file(FACE, "image/jpeg"))).status());
  }

  @Test
  void customizationIsReadAndChangedByJsonOrByALogoForm() throws IOException {
    Reply initial = json("GET", "/customization/", null);
    assertEquals("#000000", initial.text("color_primary"));
    assertTrue(initial.json().get("logo_square").isNull());

    Reply bad = json("PATCH", "/customization/", "{\"color_primary\":\"red\",\"callback_seconds\":\"soon\"}");
    assertEquals(400, bad.status());
    assertEquals("Enter a valid hex color, #RRGGBB or #RRGGBBAA.", bad.json().path("color_primary").path(0).asText());
    assertEquals("#000000", json("GET", "/customization/", null).text("color_primary"), "nothing changed");

    Reply changed = json("PATCH", "/customization/", "{\"color_primary\":\"#123456\",\"font_family\":\"AR One Sans\","
        + "\"skip_welcome_screen\":true}");
    assertEquals("#123456", changed.text("color_primary"));
    assertTrue(changed.text("font_url").contains("AR+One+Sans"));
    assertEquals(true, changed.json().get("skip_welcome_screen").asBoolean());

    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2};
    Reply logos = form("PATCH", "/customization/", form()
        .addFormDataPart("image_square", "logo.png", file(png, "image/png"))
        .addFormDataPart("image_favicon", "favicon.gif", file(png, "image/gif")));
    assertEquals(400, logos.status());
    assertTrue(json("GET", "/customization/", null).json().get("logo_square").isNull(), "nothing changed");
    Reply set = form("PATCH", "/customization/", form()
        .addFormDataPart("image_square", "logo.png", file(png, "image/png")));
    assertTrue(set.text("logo_square").startsWith("https://cdn.didit.me/white_label/logo_square/"));
    Reply big = form("PATCH", "/customization/", form()
        .addFormDataPart("image_favicon", "f.png", file(new byte[500 * 1024 + 1], "image/png")));
    assertEquals("Image size exceeds the maximum of 500 KB.", big.json().path("image_favicon").path(0).asText());

    Reply removed = json("PATCH", "/customization/", "{\"delete_logo_square\":true}");
    assertTrue(removed.json().get("logo_square").isNull());
    assertNotEquals(initial.body(), removed.body());
  }

  @Test
  void jsonEndpointsStillRefuseBodiesOverOneMebibyte() throws IOException {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 150_000; i++) {
      names.add("\"n" + i + "\"");
    }
    Reply r = json("POST", "/workflows/", "{\"features\":[" + String.join(",", names) + "]}");
    assertEquals(413, r.status());
  }
}
