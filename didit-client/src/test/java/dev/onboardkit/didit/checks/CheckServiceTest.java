package dev.onboardkit.didit.checks;

import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.core.support.MultipartParts;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.decisions.DiditCheckStatus;
import dev.onboardkit.didit.support.VerificationClients;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each standalone image check: the exact multipart request, and the decoding of Didit's documented answer. */
class CheckServiceTest {
  static final String REQUEST_ID = "a1b2c3d4-e5f6-7890-1234-567890abcdef";
  static final byte[] SELFIE = "selfie-bytes \u00ff\u00d8".getBytes(StandardCharsets.ISO_8859_1);
  static final byte[] PORTRAIT = "portrait-bytes".getBytes(StandardCharsets.US_ASCII);

  /** {@code POST /passive-liveness/} 200, the API reference's example, plus members this SDK does not know. */
  static final String LIVENESS = "{\"request_id\":\"" + REQUEST_ID + "\",\"liveness\":{\"status\":\"Approved\","
      + "\"method\":\"PASSIVE\",\"score\":95,\"user_image\":{\"entities\":[{\"bbox\":[661,728,1688,2188],"
      + "\"confidence\":0.732973,\"age\":26.91,\"gender\":\"male\",\"race\":null}],\"best_angle\":0},\"warnings\":[],"
      + "\"face_quality\":84.21,\"face_luminance\":50.33},\"vendor_data\":\"user-123\",\"metadata\":null,"
      + "\"created_at\":\"2026-06-12T01:04:42.763237+00:00\",\"billing\":{\"credits\":1}}";

  private final MockWebServer server = new MockWebServer();
  private DiditClient client;
  @TempDir Path dir;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = new VerificationClients().builder(server).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private RecordedRequest take(String path) throws InterruptedException {
    RecordedRequest r = VerificationClients.take(server);
    assertEquals("POST", r.getMethod());
    assertEquals(path, r.getTarget());
    assertTrue(r.getHeaders().get("Content-Type").startsWith("multipart/form-data; boundary="));
    return r;
  }

  @Test
  void idVerificationSendsBothSidesAndTheOptionsAndDecodesTheDocumentReport() throws Exception {
    Path front = Files.write(dir.resolve("front.jpg"), "front".getBytes(StandardCharsets.US_ASCII));
    server.enqueue(json(200, "{\"request_id\":\"" + REQUEST_ID + "\",\"id_verification\":{\"status\":\"Approved\","
        + "\"document_type\":\"Identity Card\",\"document_number\":\"CAA000000\",\"first_name\":\"Carmen\","
        + "\"last_name\":\"Española Española\",\"date_of_birth\":\"1980-01-01\",\"age\":45,\"issuing_state\":\"ESP\","
        + "\"portrait_image\":\"https://example.com/portrait.jpg?X-Amz-Signature=abc\",\"mrz\":{\"line1\":\"IDESP\"},"
        + "\"warnings\":[{\"risk\":\"DOCUMENT_NEAR_EXPIRY\",\"log_type\":\"information\"}]},"
        + "\"vendor_data\":\"user-42\",\"metadata\":{\"k\":1},\"created_at\":\"2026-06-12T02:29:02Z\"}"));

    DiditIdVerificationResult result = client.checks().idVerification(DiditIdVerificationRequest.builder()
        .frontImage(FileUpload.of(front))
        .backImage(FileUpload.of(PORTRAIT, "back.png", "image/png"))
        .vendorData("user-42").performDocumentLiveness(true).minimumAge(18).preferredCharacters("latin")
        .saveApiRequest(false).option("expiration_date_not_detected_action", "DECLINE")
        .build());

    List<MultipartParts.Part> parts = MultipartParts.of(take("/v3/id-verification/"));
    assertEquals("[front_image=front.jpg (image/jpeg, 5 bytes), back_image=back.png (image/png, 14 bytes), vendor_data,"
        + " perform_document_liveness, minimum_age, preferred_characters, save_api_request,"
        + " expiration_date_not_detected_action]", parts.toString());
    assertEquals("front", parts.get(0).text());
    assertArrayEquals(PORTRAIT, parts.get(1).bytes.toByteArray());
    assertEquals(List.of("user-42", "true", "18", "latin", "false", "DECLINE"),
        parts.subList(2, 8).stream().map(MultipartParts.Part::text).collect(Collectors.toList()));
    assertEquals(REQUEST_ID, result.requestId());
    assertEquals(DiditCheckStatus.APPROVED, result.idVerification().status());
    assertEquals("Carmen", result.idVerification().firstName().orElseThrow());
    assertEquals(45, result.idVerification().age().orElseThrow());
    assertEquals("DOCUMENT_NEAR_EXPIRY", result.idVerification().warnings().get(0).risk().orElseThrow());
    assertEquals(Map.of("line1", "IDESP"), result.idVerification().additionalProperties().get("mrz"));
    assertFalse(result.toString().contains("X-Amz-Signature"), "presigned URLs are masked");
    assertEquals(Map.of("k", 1), result.metadata());
    assertEquals(Instant.parse("2026-06-12T02:29:02Z"), result.createdAt().orElseThrow());
  }

  @Test
  void poaVerificationSendsTheDocumentAndExpectedDetails() throws Exception {
    byte[] pdf = "%PDF-1.7 bill".getBytes(StandardCharsets.US_ASCII);
    server.enqueue(json(200, "{\"request_id\":\"4b523a8d-ed32-45e4-8aa8-a89eda459d88\",\"poa\":{\"issuing_state\":\"ARG\","
        + "\"document_type\":\"UTILITY_BILL\",\"document_subtype\":\"WATER_BILL\",\"document_language\":\"es\","
        + "\"issuer\":\"Aguas del Norte\",\"issue_date\":\"2026-04-10\",\"expiration_date\":null,"
        + "\"poa_address\":\"AVDA. MONSEÑOR TAVELLA N° 1291\",\"poa_parsed_address\":{\"city\":\"Salta\","
        + "\"document_location\":{\"latitude\":-24.8208682,\"longitude\":-65.4130954}},"
        + "\"name_on_document\":\"OESTE EMBOTELLADORA S.A.\",\"status\":\"Approved\",\"warnings\":[]},"
        + "\"vendor_data\":\"user-123\",\"metadata\":null,\"created_at\":\"2026-06-12T02:29:02.439655+00:00\"}"));

    DiditPoaResult result = client.checks().poaVerification(DiditPoaRequest.builder()
        .document(FileUpload.of(pdf, "bill.pdf", "application/pdf"))
        .expectedAddress("Av. Monseñor Tavella 1291, Salta").expectedCountry("AR").expectedFirstName("Sophia")
        .expectedLastName("Martinez").vendorData("user-123").build());

    List<MultipartParts.Part> parts = MultipartParts.of(take("/v3/poa/"));
    assertEquals("[document=bill.pdf (application/pdf, 13 bytes), expected_address, expected_country,"
        + " expected_first_name, expected_last_name, vendor_data]", parts.toString());
    assertArrayEquals(pdf, parts.get(0).bytes.toByteArray());
    assertEquals("Av. Monseñor Tavella 1291, Salta", parts.get(1).text());
    assertEquals("UTILITY_BILL", result.poa().documentType().orElseThrow());
    assertEquals("Aguas del Norte", result.poa().issuer().orElseThrow());
    assertEquals("Salta", result.poa().poaParsedAddress().get("city"));
    assertEquals("WATER_BILL", result.poa().additionalProperties().get("document_subtype"));
    assertEquals(Map.of(), result.metadata());
    assertEquals(Instant.parse("2026-06-12T02:29:02.439655Z"), result.createdAt().orElseThrow());
  }

  @Test
  void passiveLivenessSendsTheFaceAndDecodesTheScore() throws Exception {
    server.enqueue(json(200, LIVENESS));

    DiditLivenessResult result = client.checks().passiveLiveness(DiditPassiveLivenessRequest.builder()
        .userImage(FileUpload.of(new ByteArrayInputStream(SELFIE), "selfie.jpg", "image/jpeg"))
        .faceLivenessScoreDeclineThreshold(30.0).rotateImage(true).vendorData("user-123").build());

    List<MultipartParts.Part> parts = MultipartParts.of(take("/v3/passive-liveness/"));
    assertEquals("[user_image=selfie.jpg (image/jpeg, 15 bytes), face_liveness_score_decline_threshold, rotate_image,"
        + " vendor_data]", parts.toString());
    assertArrayEquals(SELFIE, parts.get(0).bytes.toByteArray());
    assertEquals("30.0", parts.get(1).text());
    assertEquals(DiditCheckStatus.APPROVED, result.liveness().status());
    assertEquals("PASSIVE", result.liveness().method().orElseThrow());
    assertEquals(95.0, result.liveness().score().orElseThrow());
    assertEquals(84.21, result.liveness().additionalProperties().get("face_quality"));
    assertEquals(Map.of("billing", Map.of("credits", 1)), result.additionalProperties());
  }

  @Test
  void faceMatchSendsBothImagesAndDecodesTheSimilarity() throws Exception {
    server.enqueue(json(200, "{\"request_id\":\"" + REQUEST_ID + "\",\"face_match\":{\"status\":\"Declined\","
        + "\"score\":12.5,\"user_image\":{\"entities\":[]},\"ref_image\":{\"entities\":[]},\"warnings\":[{\"risk\":"
        + "\"LOW_FACE_MATCH_SIMILARITY\",\"log_type\":\"error\"}]},\"vendor_data\":null,\"metadata\":null,"
        + "\"created_at\":\"2026-06-12T01:04:42Z\"}"));

    DiditFaceMatchResult result = client.checks().faceMatch(DiditFaceMatchRequest.builder()
        .userImage(FileUpload.of(SELFIE, "selfie.jpg", "image/jpeg"))
        .refImage(FileUpload.of(PORTRAIT, "portrait.webp", "image/webp"))
        .faceMatchScoreDeclineThreshold(40.0).saveApiRequest(false).build());

    List<MultipartParts.Part> parts = MultipartParts.of(take("/v3/face-match/"));
    assertEquals("[user_image=selfie.jpg (image/jpeg, 15 bytes), ref_image=portrait.webp (image/webp, 14 bytes),"
        + " face_match_score_decline_threshold, save_api_request]", parts.toString());
    assertArrayEquals(SELFIE, parts.get(0).bytes.toByteArray());
    assertArrayEquals(PORTRAIT, parts.get(1).bytes.toByteArray());
    assertEquals(DiditCheckStatus.DECLINED, result.faceMatch().status());
    assertEquals(12.5, result.faceMatch().score().orElseThrow());
    assertEquals("LOW_FACE_MATCH_SIMILARITY", result.faceMatch().warnings().get(0).risk().orElseThrow());
    assertTrue(result.vendorData().isEmpty());
  }

  @Test
  void faceSearchSendsTheFaceAndDecodesTheMatchesEitherSimilarityName() throws Exception {
    server.enqueue(json(200, "{\"request_id\":\"" + REQUEST_ID + "\",\"face_search\":{\"status\":\"Declined\","
        + "\"total_matches\":2,\"matches\":[{\"session_id\":\"session-789012\",\"session_number\":123,"
        + "\"similarity_percentage\":96.8,\"vendor_data\":\"user-555\",\"verification_date\":\"2024-07-15T10:23:45.123Z\","
        + "\"user_details\":{\"name\":\"John Smith\",\"document_type\":\"Passport\",\"document_number\":\"XXXXXXXX\"},"
        + "\"match_image_url\":\"https://example.com/face/789012.jpg?sig=secret\",\"status\":\"Approved\","
        + "\"is_blocklisted\":true,\"list_name\":\"Face Blocklist\"},{\"session_id\":\"s2\",\"similarity\":71.2,"
        + "\"status\":\"Quarantined\"}],\"user_image\":{\"entities\":[],\"best_angle\":0},\"warnings\":[{\"risk\":"
        + "\"FACE_IN_BLOCKLIST\",\"log_type\":\"error\"}]},\"vendor_data\":\"user-1\",\"metadata\":null,"
        + "\"created_at\":\"2026-06-12T01:04:42Z\"}"));

    DiditFaceSearchResult result = client.checks().faceSearch(DiditFaceSearchRequest.builder()
        .userImage(FileUpload.of(SELFIE, "selfie.png", "image/png")).vendorData("user-1").build());

    List<MultipartParts.Part> parts = MultipartParts.of(take("/v3/face-search/"));
    assertEquals("[user_image=selfie.png (image/png, 15 bytes), vendor_data]", parts.toString());
    DiditFaceSearch search = result.faceSearch();
    assertEquals(DiditCheckStatus.DECLINED, search.status());
    assertEquals(2, search.totalMatches().orElseThrow());
    DiditFaceSearchMatch first = search.matches().get(0);
    assertEquals("session-789012", first.sessionId().orElseThrow());
    assertEquals(96.8, first.similarity().orElseThrow());
    assertEquals(true, first.isBlocklisted().orElseThrow());
    assertEquals("John Smith", first.userDetails().get("name"));
    assertEquals("Face Blocklist", first.additionalProperties().get("list_name"));
    assertFalse(first.toString().contains("sig=secret"));
    assertEquals(71.2, search.matches().get(1).similarity().orElseThrow(), "older answers say similarity");
    assertEquals(DiditCheckStatus.UNKNOWN, search.matches().get(1).status());
    assertEquals("Quarantined", search.matches().get(1).statusRaw().orElseThrow());
    assertEquals("FACE_IN_BLOCKLIST", search.warnings().get(0).risk().orElseThrow());
  }

  @Test
  void ageEstimationSendsTheFaceAndDecodesTheEstimatedAge() throws Exception {
    server.enqueue(json(200, "{\"request_id\":\"" + REQUEST_ID + "\",\"liveness\":{\"status\":\"Approved\","
        + "\"method\":\"PASSIVE\",\"score\":88.1,\"age_estimation\":27.33,\"user_image\":{\"entities\":[]},"
        + "\"warnings\":[]},\"vendor_data\":null,\"metadata\":null,\"created_at\":\"2026-06-12T01:04:42Z\"}"));

    DiditLivenessResult result = client.checks().ageEstimation(DiditAgeEstimationRequest.builder()
        .userImage(FileUpload.of(SELFIE, "selfie.jpg", "image/jpeg")).ageEstimationDeclineThreshold(21.0).build());

    List<MultipartParts.Part> parts = MultipartParts.of(take("/v3/age-estimation/"));
    assertEquals("[user_image=selfie.jpg (image/jpeg, 15 bytes), age_estimation_decline_threshold]",
        parts.toString());
    assertEquals("21.0", parts.get(1).text());
    assertEquals(27.33, result.liveness().ageEstimation().orElseThrow());
    assertEquals(88.1, result.liveness().score().orElseThrow());
  }

  @Test
  void everyProblemIsReportedBeforeSendingTogetherWithTheFileProblems() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.jpg"));
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> DiditIdVerificationRequest.builder()
        .backImage(FileUpload.of(empty)).minimumAge(0).preferredCharacters("cyrillic").option(" ", 1).build());
    assertEquals(List.of("frontImage is required", "backImage must not be empty", "option needs a field name",
        "minimumAge must be between 1 and 120", "preferredCharacters must be latin or non_latin"), messages(e));

    assertEquals(List.of("userImage is required", "refImage must be at most 5242880 bytes (it has 5242881)",
        "faceMatchScoreDeclineThreshold must be between 0 and 100"), messages(assertThrows(
            InvalidRequestException.class, () -> DiditFaceMatchRequest.builder()
                .refImage(FileUpload.of(new byte[5 * 1024 * 1024 + 1], "big.jpg", "image/jpeg"))
                .faceMatchScoreDeclineThreshold(101.0).build())));
    assertEquals(List.of("userImage names a file that does not exist",
        "faceLivenessScoreDeclineThreshold must be between 0 and 100"), messages(assertThrows(
            InvalidRequestException.class, () -> DiditPassiveLivenessRequest.builder()
                .userImage(FileUpload.of(dir.resolve("missing.jpg"))).faceLivenessScoreDeclineThreshold(-1.0).build())));
    assertEquals(List.of("request is required"),
        messages(assertThrows(InvalidRequestException.class, () -> client.checks().faceSearch(null))));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aProofOfAddressDocumentMayBeUpTo15MebibytesAndAFaceUpTo5() {
    byte[] fifteen = new byte[15 * 1024 * 1024];
    assertEquals(1, DiditPoaRequest.builder().document(FileUpload.of(fifteen, "bill.pdf", "application/pdf")).build()
        .files().size());
    assertThrows(InvalidRequestException.class, () -> DiditPoaRequest.builder()
        .document(FileUpload.of(new byte[fifteen.length + 1], "bill.pdf", "application/pdf")).build());
    assertThrows(InvalidRequestException.class, () -> DiditAgeEstimationRequest.builder()
        .userImage(FileUpload.of(new byte[5 * 1024 * 1024 + 1], "a.jpg", "image/jpeg")).build());
  }

  @Test
  void checksFollowTheCreateRuleAndAStreamIsSentOnce() throws Exception {
    server.enqueue(json(429, "{\"detail\":\"Request was throttled.\"}").newBuilder().setHeader("Retry-After", "1")
        .build());
    server.enqueue(json(200, LIVENESS));
    client.checks().passiveLiveness(DiditPassiveLivenessRequest.builder()
        .userImage(FileUpload.of(SELFIE, "selfie.jpg", "image/jpeg")).build());
    assertEquals(MultipartParts.of(take("/v3/passive-liveness/")).get(0).bytes,
        MultipartParts.of(take("/v3/passive-liveness/")).get(0).bytes);

    server.enqueue(json(500, "{\"detail\":\"boom\"}").newBuilder().setHeader("X-Should-Retry", "true").build());
    server.enqueue(json(200, LIVENESS));
    ApiException e = assertThrows(ApiException.class, () -> client.checks().passiveLiveness(
        DiditPassiveLivenessRequest.builder().userImage(FileUpload.of(SELFIE, "selfie.jpg", "image/jpeg")).build()));
    assertTrue(e.outcomeUnknown());
    assertEquals(3, server.getRequestCount(), "a check may have been charged: not sent again after a 500");
  }

  @Test
  void asyncChecksSendTheSameFormAndFailTheFutureOnBadInput() throws Exception {
    server.enqueue(json(200, LIVENESS));
    DiditLivenessResult result = client.async().checks().passiveLiveness(DiditPassiveLivenessRequest.builder()
        .userImage(FileUpload.of(SELFIE, "selfie.jpg", "image/jpeg")).build()).join();
    assertEquals(95.0, result.liveness().score().orElseThrow());
    assertEquals("[user_image=selfie.jpg (image/jpeg, 15 bytes)]",
        MultipartParts.of(take("/v3/passive-liveness/")).toString());

    CompletionException failed = assertThrows(CompletionException.class,
        () -> client.async().checks().faceMatch(null).join());
    assertEquals(InvalidRequestException.class, failed.getCause().getClass());
    assertNull(server.takeRequest(100, java.util.concurrent.TimeUnit.MILLISECONDS));
  }

  @Test
  void requestsDescribeTheirFilesWithoutContent() {
    DiditFaceMatchRequest request = DiditFaceMatchRequest.builder()
        .userImage(FileUpload.of(SELFIE, "selfie.jpg", "image/jpeg"))
        .refImage(FileUpload.of(PORTRAIT, "portrait.jpg", "image/jpeg")).vendorData("u1").build();
    assertEquals("DiditFaceMatchRequest{user_image=FileUpload{selfie.jpg, image/jpeg, 15 bytes}, "
        + "ref_image=FileUpload{portrait.jpg, image/jpeg, 14 bytes}, vendor_data=u1}", request.toString());
    assertTrue(request.isSet("ref_image"));
    assertTrue(request.isSet("vendor_data"));
    assertFalse(request.isSet("rotate_image"));
  }

  static List<String> messages(InvalidRequestException e) {
    return e.problems().stream().map(ValidationProblem::toString).collect(Collectors.toList());
  }
}
