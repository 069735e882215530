package dev.onboardkit.didit.sessions;

import static dev.onboardkit.didit.support.TestClients.json;
import static dev.onboardkit.didit.support.VerificationClients.body;
import static dev.onboardkit.didit.support.VerificationFixtures.CREATED_SESSION;
import static dev.onboardkit.didit.support.VerificationFixtures.DELETED;
import static dev.onboardkit.didit.support.VerificationFixtures.SESSION_ID;
import static dev.onboardkit.didit.support.VerificationFixtures.SESSION_TOKEN;
import static dev.onboardkit.didit.support.VerificationFixtures.WORKFLOW_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.NotFoundException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.DiditVerificationErrorCode;
import dev.onboardkit.didit.decisions.DiditReview;
import dev.onboardkit.didit.support.VerificationClients;
import dev.onboardkit.didit.webhooks.DiditWebhookDelivery;
import dev.onboardkit.didit.webhooks.DiditWebhookEventType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every session operation: the exact request on the wire and the decoding of the documented answers. */
class SessionServiceTest {
  private final MockWebServer server = new MockWebServer();
  private final VerificationClients t = new VerificationClients();
  private DiditClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = t.builder(server).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private RecordedRequest take() throws InterruptedException {
    return VerificationClients.take(server);
  }

  @Test
  void createSendsTheSetMembersAndDecodesTheTenDocumentedKeys() throws Exception {
    server.enqueue(json(201, CREATED_SESSION));
    ApiResponse<DiditSession> response = client.sessions().withRawResponse().create(
        DiditCreateSessionRequest.builder()
            .workflowId(WORKFLOW_ID)
            .vendorData("user-42")
            .callback("https://app.example.com/done")
            .callbackMethod("both")
            .metadata(Map.of("plan", "premium"))
            .language("es")
            .contactDetails(DiditContactDetails.builder().email("ana@example.com").sendNotificationEmails(true)
                .emailLang("es").phone("+34600000000").build())
            .expectedDetails(DiditExpectedDetails.builder().firstName("Ana").dateOfBirth(LocalDate.of(1990, 5, 15))
                .gender("F").expectedDocumentTypes(List.of("P", "ID")).build())
            .portraitImage("aGVsbG8=")
            .build());

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/session/", r.getTarget());
    assertEquals("application/json", r.getHeaders().get("Content-Type"));
    assertEquals("{\"workflow_id\":\"" + WORKFLOW_ID + "\",\"vendor_data\":\"user-42\","
        + "\"callback\":\"https://app.example.com/done\",\"callback_method\":\"both\",\"metadata\":{\"plan\":\"premium\"},"
        + "\"language\":\"es\",\"contact_details\":{\"email\":\"ana@example.com\",\"send_notification_emails\":true,"
        + "\"email_lang\":\"es\",\"phone\":\"+34600000000\"},\"expected_details\":{\"first_name\":\"Ana\","
        + "\"date_of_birth\":\"1990-05-15\",\"gender\":\"F\",\"expected_document_types\":[\"P\",\"ID\"]},"
        + "\"portrait_image\":\"aGVsbG8=\"}", body(r));

    assertEquals(201, response.statusCode());
    DiditSession s = response.value();
    assertEquals(SESSION_ID, s.sessionId());
    assertEquals(43762L, s.sessionNumber().orElseThrow());
    assertEquals(SESSION_TOKEN, s.sessionToken().orElseThrow().reveal());
    assertEquals("https://verify.didit.me/session/" + SESSION_TOKEN, s.url());
    assertEquals("user-42", s.vendorData().orElseThrow());
    assertEquals(Map.of("plan", "premium"), s.metadata());
    assertEquals(DiditSessionStatus.NOT_STARTED, s.status());
    assertEquals(WORKFLOW_ID, s.workflowId().orElseThrow());
    assertEquals(3, s.workflowVersion().orElseThrow());
    assertEquals("https://app.example.com/done", s.callback().orElseThrow());
    assertFalse(s.toString().contains(SESSION_TOKEN), s.toString());
  }

  @Test
  void createIsNotRetriedAfterA503() throws Exception {
    server.enqueue(json(503, "{\"detail\":\"Service unavailable\"}").newBuilder().setHeader("Retry-After", "0")
        .build());
    server.enqueue(json(201, CREATED_SESSION));
    InternalServerException e = assertThrows(InternalServerException.class,
        () -> client.sessions().create(DiditCreateSessionRequest.of(WORKFLOW_ID)));
    assertEquals(1, server.getRequestCount());
    assertEquals(DiditVerificationErrorCode.SERVICE_UNAVAILABLE, e.errorCode());
  }

  @Test
  void createIsSentAgainAfterA429BecauseTheServerRefusedIt() throws Exception {
    server.enqueue(json(429, "{\"detail\":\"Request was throttled.\",\"wait\":1}"));
    server.enqueue(json(201, CREATED_SESSION));
    DiditSession session = client.sessions().create(DiditCreateSessionRequest.of(WORKFLOW_ID));
    assertEquals(2, server.getRequestCount());
    assertEquals(java.util.List.of(java.time.Duration.ofSeconds(1)), t.sleeper.sleeps());
    RecordedRequest refused = take();
    RecordedRequest accepted = take();
    assertEquals(body(refused), body(accepted));
    assertEquals(SESSION_ID, session.sessionId());
  }

  @Test
  void createValidatesBeforeSending() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> DiditCreateSessionRequest.builder()
        .callbackMethod("sometimes").build());
    assertEquals("workflowId", e.problems().get(0).field());
    assertEquals("callbackMethod", e.problems().get(1).field());
    assertThrows(InvalidRequestException.class, () -> DiditExpectedDetails.builder().gender("X").build());
    assertThrows(InvalidRequestException.class, () -> client.sessions().create(null));
    assertEquals(0, server.getRequestCount());
    assertTrue(DiditCreateSessionRequest.builder().workflowId("w").portraitImage("x".repeat(5000)).build().toString()
        .contains("portrait_image=[5000 characters]"));
  }

  @Test
  void decisionGetsTheDecisionPathWithEventsOnlyWhenAsked() throws Exception {
    server.enqueue(json(200, "{\"session_id\":\"" + SESSION_ID + "\",\"status\":\"Approved\"}"));
    server.enqueue(json(200, "{\"session_id\":\"" + SESSION_ID + "\",\"status\":\"Approved\","
        + "\"events\":[{\"type\":\"session.started\"}]}"));
    client.sessions().decision(SESSION_ID);
    assertEquals("/v3/session/" + SESSION_ID + "/decision/", take().getTarget());
    assertEquals(List.of(Map.of("type", "session.started")), client.sessions().decision(SESSION_ID, true).events());
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/session/" + SESSION_ID + "/decision/?include=events", r.getTarget());
  }

  @Test
  void pathIdentifiersAreEncodedAndBlankOnesRefused() throws Exception {
    server.enqueue(json(200, "{\"session_id\":\"a/b\"}"));
    client.sessions().decision("a/b");
    assertEquals("/v3/session/a%2Fb/decision/", take().getTarget());
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> client.sessions().decision(" "));
    assertEquals("sessionId", e.problems().get(0).field());
  }

  @Test
  void listSendsEveryFilterAsItsQueryParameter() throws Exception {
    server.enqueue(json(200, "{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}"));
    client.sessions().list(DiditListSessionsParams.builder()
        .status(DiditSessionStatus.IN_REVIEW).sessionKind("user").vendorData("user 42").workflowId(WORKFLOW_ID)
        .country("ESP").search("Ana").dateFrom(LocalDate.of(2026, 1, 1)).dateTo(LocalDate.of(2026, 1, 31))
        .limit(50).offset(100).build());
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/sessions/?status=In%20Review&session_kind=user&vendor_data=user%2042&workflow_id=" + WORKFLOW_ID
        + "&country=ESP&search=Ana&date_from=2026-01-01&date_to=2026-01-31&limit=50&offset=100", r.getTarget());

    server.enqueue(json(200, "[]"));
    client.sessions().list(DiditListSessionsParams.builder().statusRaw("Escalated").build());
    assertEquals("/v3/sessions/?status=Escalated", take().getTarget());
    assertThrows(InvalidRequestException.class,
        () -> DiditListSessionsParams.builder().status(DiditSessionStatus.UNKNOWN).limit(0).offset(-1).build());
  }

  @Test
  void updateStatusSendsTheDocumentedBody() throws Exception {
    server.enqueue(json(200, "{\"session_id\":\"" + SESSION_ID + "\"}"));
    DiditStatusUpdate update = client.sessions().updateStatus(SESSION_ID, DiditUpdateSessionStatusRequest.builder()
        .newStatus(DiditSessionStatus.RESUBMITTED).comment("Blurred photo").sendEmail(true)
        .emailAddress("ana@example.com").emailLanguage("es")
        .nodesToResubmit(List.of(DiditNodeToResubmit.of("feature_ocr", "OCR"), DiditNodeToResubmit.of("node-2")))
        .build());
    RecordedRequest r = take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/v3/session/" + SESSION_ID + "/update-status/", r.getTarget());
    assertEquals("{\"new_status\":\"Resubmitted\",\"comment\":\"Blurred photo\",\"send_email\":true,"
        + "\"email_address\":\"ana@example.com\",\"email_language\":\"es\",\"nodes_to_resubmit\":["
        + "{\"node_id\":\"feature_ocr\",\"feature\":\"OCR\"},\"node-2\"]}", body(r));
    assertEquals(SESSION_ID, update.sessionId().orElseThrow());

    assertThrows(InvalidRequestException.class, () -> DiditUpdateSessionStatusRequest.of(DiditSessionStatus.IN_REVIEW));
    assertThrows(InvalidRequestException.class, () -> DiditUpdateSessionStatusRequest.builder()
        .newStatus(DiditSessionStatus.APPROVED).nodesToResubmit(List.of(DiditNodeToResubmit.of("n"))).build());
  }

  @Test
  void deleteAcceptsBoth204AndAnAnswerWithDetails() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());
    DiditSessionDeletion none = client.sessions().delete(SESSION_ID);
    RecordedRequest r = take();
    assertEquals("DELETE", r.getMethod());
    assertEquals("/v3/session/" + SESSION_ID + "/delete/", r.getTarget());
    assertEquals(0, r.getBodySize());
    assertTrue(none.sessionId().isEmpty());

    server.enqueue(json(200, DELETED));
    DiditSessionDeletion details = client.sessions().delete(SESSION_ID, DiditDeleteSessionRequest.builder()
        .retainFaceEmbeddings(true).faceRetentionDays(30).deletionInstruction("privacy_erasure")
        .instructionId("ticket-9").build());
    r = take();
    assertEquals("{\"retain_face_embeddings\":true,\"face_retention_days\":30,"
        + "\"deletion_instruction\":\"privacy_erasure\",\"instruction_id\":\"ticket-9\"}", body(r));
    assertEquals("retained", details.faceRetentionOutcome().orElseThrow());
    assertEquals("tmpl-1", details.biometricTemplateUuid().orElseThrow());
    assertThrows(InvalidRequestException.class,
        () -> DiditDeleteSessionRequest.builder().faceRetentionDays(3651).deletionInstruction("forget").build());
  }

  @Test
  void deleteManySendsNumbersWithDeleteAllFalseAndDeleteAllIsItsOwnCall() throws Exception {
    server.enqueue(json(200, "{\"results\":[{\"session_number\":1,\"deleted\":true}]}"));
    DiditBatchDeletion deleted = client.sessions().deleteMany(List.of(1L, 2L));
    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/sessions/delete/", r.getTarget());
    assertEquals("{\"session_numbers\":[1,2],\"delete_all\":false}", body(r));
    assertEquals(List.of(Map.of("session_number", 1, "deleted", true)), deleted.results());

    server.enqueue(json(200, "{\"results\":[]}"));
    client.sessions().deleteAll();
    assertEquals("{\"delete_all\":true}", body(take()));

    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> client.sessions().deleteMany(List.of()));
    assertTrue(e.getMessage().contains("deleteAll()"), e.getMessage());
    assertThrows(InvalidRequestException.class, () -> client.sessions().deleteMany(java.util.Arrays.asList(1L, null)));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void generatePdfReturnsTheBytesAndContentTypeAndAsksForAPdf() throws Exception {
    byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/pdf; name=report.pdf")
        .body(new okio.Buffer().write(pdf)).build());
    DiditSessionPdf report = client.sessions().generatePdf(SESSION_ID);
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/session/" + SESSION_ID + "/generate-pdf", r.getTarget());
    assertEquals("application/pdf, application/json", r.getHeaders().get("Accept"));
    assertTrue(java.util.Arrays.equals(pdf, report.bytes()));
    assertEquals("application/pdf", report.contentType());
    assertTrue(report.isPdf());
    assertEquals("DiditSessionPdf{application/pdf, " + pdf.length + " bytes}", report.toString());
  }

  @Test
  void generatePdfTriesTheTrailingSlashWhenThePathWithoutItIsMissing() throws Exception {
    server.enqueue(json(404, "{\"detail\":\"Not found.\"}"));
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/pdf")
        .body("%PDF-1.7 x").build());
    assertTrue(client.async().sessions().generatePdf(SESSION_ID).get(5, TimeUnit.SECONDS).isPdf());
    assertEquals("/v3/session/" + SESSION_ID + "/generate-pdf", take().getTarget());
    assertEquals("/v3/session/" + SESSION_ID + "/generate-pdf/", take().getTarget());

    server.enqueue(new MockResponse.Builder().code(301).setHeader("Location", "/v3/session/x/generate-pdf/").build());
    server.enqueue(json(404, "{\"detail\":\"Not found.\"}"));
    NotFoundException e = assertThrows(NotFoundException.class, () -> client.sessions().generatePdf(SESSION_ID));
    assertEquals(DiditVerificationErrorCode.NOT_FOUND, e.errorCode());
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void updateDataAndPoaDataSendOnlyTheSetMembers() throws Exception {
    server.enqueue(json(200, "{\"session_id\":\"" + SESSION_ID + "\"}"));
    Map<String, Object> answer = client.sessions().updateData(SESSION_ID, DiditSessionDataUpdate.builder()
        .documentType("P").firstName("Ana").dateOfBirth(LocalDate.of(1990, 5, 15)).gender("F")
        .maritalStatus("SINGLE").extraFields(Map.of("blood_group", "A+")).build());
    RecordedRequest r = take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/v3/session/" + SESSION_ID + "/update-data/", r.getTarget());
    assertEquals("{\"document_type\":\"P\",\"first_name\":\"Ana\",\"date_of_birth\":\"1990-05-15\",\"gender\":\"F\","
        + "\"marital_status\":\"SINGLE\",\"extra_fields\":{\"blood_group\":\"A+\"}}", body(r));
    assertEquals(Map.of("session_id", SESSION_ID), answer);

    server.enqueue(new MockResponse.Builder().code(204).build());
    assertEquals(Map.of(), client.sessions().updatePoaData(SESSION_ID, DiditPoaDataUpdate.builder()
        .documentType("UTILITY_BILL").issuer("Iberdrola").issueDate(LocalDate.of(2026, 1, 2))
        .poaAddress("Calle Mayor 1").poaParsedAddress(Map.of("city", "Madrid")).build()));
    r = take();
    assertEquals("/v3/session/" + SESSION_ID + "/update-poa-data/", r.getTarget());
    assertEquals("{\"document_type\":\"UTILITY_BILL\",\"issuer\":\"Iberdrola\",\"issue_date\":\"2026-01-02\","
        + "\"poa_address\":\"Calle Mayor 1\",\"poa_parsed_address\":{\"city\":\"Madrid\"}}", body(r));
  }

  @Test
  void reviewsAreListedAndAddedUnderTheSessionsPath() throws Exception {
    server.enqueue(json(200, "[{\"comment\":\"Looks fine\",\"new_status\":\"Approved\",\"user\":\"rev@acme.io\"}]"));
    List<DiditReview> reviews = client.sessions().reviews(SESSION_ID);
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/sessions/" + SESSION_ID + "/reviews/", r.getTarget());
    assertEquals(DiditSessionStatus.APPROVED, reviews.get(0).newStatus());
    assertEquals("rev@acme.io", reviews.get(0).additionalProperties().get("user"));

    server.enqueue(json(201, "{\"comment\":\"Escalated\",\"new_status\":\"In Review\"}"));
    DiditReview added = client.sessions().addReview(SESSION_ID, DiditAddReviewRequest.builder()
        .comment("Escalated").newStatus(DiditSessionStatus.IN_REVIEW).build());
    r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/sessions/" + SESSION_ID + "/reviews/", r.getTarget());
    assertEquals("{\"comment\":\"Escalated\",\"new_status\":\"In Review\"}", body(r));
    assertEquals("Escalated", added.comment().orElseThrow());
  }

  @Test
  void webhookDeliveriesOfASessionUseTheDocumentedPathsAndDecodeTheirJsonStrings() throws Exception {
    server.enqueue(json(200, "[" + dev.onboardkit.didit.support.VerificationFixtures.DELIVERY + "]"));
    List<DiditWebhookDelivery> deliveries = client.sessions().webhooks().list(SESSION_ID).items();
    assertEquals("/v3/session/" + SESSION_ID + "/webhooks/", take().getTarget());
    DiditWebhookDelivery d = deliveries.get(0);
    assertEquals(DiditWebhookEventType.STATUS_UPDATED, d.webhookType());
    assertEquals(Map.of("X-Signature-V2", "ab", "X-Timestamp", "1750000000"), d.requestHeader());
    assertEquals("Approved", d.requestBody().get("status"));
    assertEquals(Map.of("session_id", "s1"), d.requestBody().get("decision"));
    assertEquals(200, d.additionalProperties().get("response_status_code"));

    server.enqueue(json(200, "{\"uuid\":\"d1\",\"request_header\":{\"X-Timestamp\":\"1\"},\"request_body\":\"not json\"}"));
    DiditWebhookDelivery one = client.sessions().webhooks().retrieve(SESSION_ID, "d1");
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/session/" + SESSION_ID + "/webhook/d1", r.getTarget());
    assertEquals(Map.of("X-Timestamp", "1"), one.requestHeader());
    assertEquals(Map.of(), one.requestBody());

    server.enqueue(json(200, "{\"detail\":\"Webhook resent\"}"));
    assertEquals(Map.of("detail", "Webhook resent"), client.sessions().webhooks().resend(SESSION_ID, "d1"));
    r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/session/" + SESSION_ID + "/webhook/d1/resend", r.getTarget());
  }

  @Test
  void asyncFormsFailTheFutureForInvalidArgumentsWithoutSending() {
    CompletionException e = assertThrows(CompletionException.class,
        () -> client.async().sessions().create(null).join());
    assertInstanceOf(InvalidRequestException.class, e.getCause());
    assertEquals(0, server.getRequestCount());
    assertNull(null);
  }
}
