package dev.onboardkit.didit.sessions;

import static dev.onboardkit.didit.support.PlatformFixtures.IMPORT;
import static dev.onboardkit.didit.support.PlatformFixtures.IMPORT_ID;
import static dev.onboardkit.didit.support.PlatformFixtures.SHARE_TOKEN;
import static dev.onboardkit.didit.support.TestClients.json;
import static dev.onboardkit.didit.support.VerificationClients.body;
import static dev.onboardkit.didit.support.VerificationFixtures.SESSION_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.support.VerificationClients;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Session sharing (Reusable KYC) and bulk imports: the exact requests and the decoding of realistic answers. */
class SessionShareAndImportTest {
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
  void shareSendsTheSessionAndPartnerAndKeepsTheTokenSecret() throws Exception {
    server.enqueue(json(201, "{\"share_token\":\"" + SHARE_TOKEN + "\",\"partner_client_id\":\"partner-1\","
        + "\"expires_at\":\"2026-01-08T00:00:00Z\"}"));
    DiditSessionShare share = client.sessions().share(SESSION_ID, "partner-1");

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/session/" + SESSION_ID + "/share/", r.getTarget());
    assertEquals("{\"session_id\":\"" + SESSION_ID + "\",\"partner_client_id\":\"partner-1\"}", body(r));
    assertEquals(SHARE_TOKEN, share.shareToken().orElseThrow().reveal());
    assertFalse(share.toString().contains(SHARE_TOKEN), share.toString());
    assertEquals(Map.of("partner_client_id", "partner-1", "expires_at", "2026-01-08T00:00:00Z"),
        share.additionalProperties());

    server.enqueue(json(401, "{\"detail\":\"Authentication credentials were not provided or are invalid.\"}"));
    assertThrows(AuthenticationException.class, () -> client.sessions().share(SESSION_ID, "partner-1"));
    assertThrows(InvalidRequestException.class, () -> client.sessions().share(SESSION_ID, " "));
    assertThrows(InvalidRequestException.class, () -> client.sessions().share(null, "partner-1"));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void importSharedSendsTheTokenOnceAndDecodesTheSession() throws Exception {
    server.enqueue(json(201, "{\"session_id\":\"77777777-8888-9999-0000-111111111111\",\"session_number\":51,"
        + "\"status\":\"Approved\",\"vendor_data\":\"user-42\",\"shared_from\":\"Acme Bank\"}"));
    DiditImportedSession imported = client.sessions().importShared(SHARE_TOKEN);

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/session/import-shared/", r.getTarget());
    assertEquals("{\"share_token\":\"" + SHARE_TOKEN + "\"}", body(r));
    assertEquals("77777777-8888-9999-0000-111111111111", imported.sessionId().orElseThrow());
    assertEquals(51L, imported.sessionNumber().orElseThrow());
    assertEquals(DiditSessionStatus.APPROVED, imported.status());
    assertEquals("user-42", imported.vendorData().orElseThrow());
    assertEquals(Map.of("shared_from", "Acme Bank"), imported.additionalProperties());

    server.enqueue(json(200, "{\"session_id\":\"s\",\"status\":\"Verified Elsewhere\"}"));
    assertEquals(DiditSessionStatus.UNKNOWN, client.sessions().importShared(SHARE_TOKEN).status());
    take();

    server.enqueue(json(503, "{\"detail\":\"Service unavailable\"}").newBuilder().setHeader("Retry-After", "0")
        .build());
    assertThrows(InternalServerException.class, () -> client.sessions().importShared(SHARE_TOKEN));
    assertEquals(3, server.getRequestCount());
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> client.sessions().importShared(""));
    assertEquals("shareToken", e.problems().get(0).field());
  }

  @Test
  void createImportSendsTheDocumentedMembersAndFollowsTheCreateRule() throws Exception {
    server.enqueue(json(429, "{\"detail\":\"Request was throttled.\",\"wait\":1}"));
    server.enqueue(json(201, IMPORT));
    DiditImport job = client.sessions().imports().create(DiditCreateImportRequest.builder()
        .sourceFileUrl("https://files.example.com/kyc.csv").importType(DiditImportType.USER_VERIFICATION)
        .sourceFormat(DiditImportFormat.CSV).workflowId("22222222-3333-4444-5555-666666666666").build());

    take();
    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/session/imports/", r.getTarget());
    assertEquals("{\"source_file_url\":\"https://files.example.com/kyc.csv\",\"import_type\":\"user_verification\","
        + "\"source_format\":\"csv\",\"workflow_id\":\"22222222-3333-4444-5555-666666666666\"}", body(r));
    assertEquals(List.of(Duration.ofSeconds(1)), t.sleeper.sleeps());
    assertEquals(IMPORT_ID, job.id().orElseThrow());
    assertEquals("completed", job.status().orElseThrow());
    assertEquals(DiditImportType.USER_VERIFICATION, job.importType());
    assertEquals(DiditImportFormat.CSV, job.sourceFormat());
    assertEquals("https://files.example.com/kyc.csv", job.sourceFileUrl().orElseThrow());
    assertTrue(job.workflowId().isEmpty());
    assertEquals(Map.of("total_rows", 3, "imported_rows", 2, "failed_rows", 1), job.summary());
    assertEquals(Map.of("created_at", "2026-01-01T00:00:00Z"), job.additionalProperties());

    server.enqueue(json(500, "{\"detail\":\"boom\"}").newBuilder().setHeader("X-Should-Retry", "true").build());
    assertThrows(InternalServerException.class,
        () -> client.sessions().imports().create(DiditCreateImportRequest.of("https://files.example.com/a.ndjson")));
    assertEquals("{\"source_file_url\":\"https://files.example.com/a.ndjson\"}", body(take()));
    assertEquals(3, server.getRequestCount());

    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> DiditCreateImportRequest
        .builder().sourceFileUrl("ftp://files.example.com/a.csv").importType(DiditImportType.UNKNOWN).build());
    assertEquals(List.of("importType", "sourceFileUrl"),
        e.problems().stream().map(p -> p.field()).collect(Collectors.toList()));
    assertThrows(InvalidRequestException.class, () -> DiditCreateImportRequest.of(null));
  }

  @Test
  void anImportIdentifiesItselfByAnyOfTheNamesDiditMightUse() throws Exception {
    server.enqueue(json(200, "{\"uuid\":\"u-1\",\"status\":\"processing\",\"import_type\":\"payroll\","
        + "\"source_format\":\"xlsx\"}"));
    DiditImport job = client.sessions().imports().retrieve(IMPORT_ID);
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/session/imports/" + IMPORT_ID + "/", r.getTarget());
    assertEquals("u-1", job.id().orElseThrow());
    assertEquals(DiditImportType.UNKNOWN, job.importType());
    assertEquals("payroll", job.importTypeRaw().orElseThrow());
    assertEquals(DiditImportFormat.UNKNOWN, job.sourceFormat());

    server.enqueue(json(200, "{\"id\":\"i-2\"}"));
    assertEquals("i-2", client.sessions().imports().retrieve("i-2").id().orElseThrow());
    take();
    server.enqueue(json(200, "{\"status\":\"queued\"}"));
    assertTrue(client.sessions().imports().retrieve("i-3").id().isEmpty());
  }

  @Test
  void errorsAreListedPageByPageAsSent() throws Exception {
    String base = server.url("/v3").toString();
    server.enqueue(json(200, "{\"count\":2,\"next\":\"" + base + "/session/imports/" + IMPORT_ID
        + "/errors/?offset=1\",\"previous\":null,\"results\":[{\"row_number\":2,\"column\":\"date_of_birth\","
        + "\"message\":\"Enter a valid date.\"}]}"));
    server.enqueue(json(200, "[{\"row_number\":5,\"message\":\"Unknown status.\",\"raw\":null}]"));

    List<Map<String, Object>> errors = client.sessions().imports().errors(IMPORT_ID).stream()
        .map(DiditImportRowError::additionalProperties).collect(Collectors.toList());

    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/session/imports/" + IMPORT_ID + "/errors/", r.getTarget());
    assertEquals("/v3/session/imports/" + IMPORT_ID + "/errors/?offset=1", take().getTarget());
    assertEquals(2, errors.size());
    assertEquals(Map.of("row_number", 2, "column", "date_of_birth", "message", "Enter a valid date."), errors.get(0));
    assertTrue(errors.get(1).containsKey("raw"));
    assertEquals(null, errors.get(1).get("raw"));
  }

  @Test
  void theTemplateIsKeptAsTextAndAsJsonMembersWhenItIsJson() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/csv; charset=utf-8")
        .body("vendor_data,status,first_name\nuser-1,Approved,Ana\n").build());
    DiditImportTemplate csv = client.sessions().imports().template();
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/session/imports/template/", r.getTarget());
    assertEquals("text/csv, application/json, */*", r.getHeaders().get("Accept"));
    assertEquals("text/csv", csv.contentType());
    assertTrue(csv.text().startsWith("vendor_data,status,first_name\n"));
    assertEquals(Map.of(), csv.properties());

    server.enqueue(json(200, "{\"columns\":[\"vendor_data\",\"status\"],\"format\":\"csv\"}"));
    DiditImportTemplate json = client.sessions().imports().template();
    assertEquals("application/json", json.contentType());
    assertEquals(Map.of("columns", List.of("vendor_data", "status"), "format", "csv"), json.properties());

    server.enqueue(json(200, "vendor_data,status\n"));
    DiditImportTemplate mislabelled = client.sessions().imports().template();
    assertEquals("vendor_data,status\n", mislabelled.text());
    assertEquals(Map.of(), mislabelled.properties());

    server.enqueue(json(200, ""));
    assertThrows(ResponseDecodingException.class, () -> client.sessions().imports().template());
    server.enqueue(json(200, "null"));
    assertThrows(ResponseDecodingException.class, () -> client.sessions().imports().template());
  }
}
