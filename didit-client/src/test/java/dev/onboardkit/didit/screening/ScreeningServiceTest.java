package dev.onboardkit.didit.screening;

import static dev.onboardkit.didit.support.StandaloneFixtures.AML;
import static dev.onboardkit.didit.support.StandaloneFixtures.CODE;
import static dev.onboardkit.didit.support.StandaloneFixtures.DATABASE;
import static dev.onboardkit.didit.support.StandaloneFixtures.EMAIL_CHECK;
import static dev.onboardkit.didit.support.StandaloneFixtures.KYB_SEARCH;
import static dev.onboardkit.didit.support.StandaloneFixtures.KYB_SELECT;
import static dev.onboardkit.didit.support.StandaloneFixtures.PHONE_CHECK;
import static dev.onboardkit.didit.support.StandaloneFixtures.REQUEST_ID;
import static dev.onboardkit.didit.support.StandaloneFixtures.SENT;
import static dev.onboardkit.didit.support.TestClients.json;
import static dev.onboardkit.didit.support.VerificationClients.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.Secret;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.decisions.DiditAmlScreening;
import dev.onboardkit.didit.decisions.DiditCheckStatus;
import dev.onboardkit.didit.decisions.DiditDatabaseValidation;
import dev.onboardkit.didit.decisions.DiditEmailVerification;
import dev.onboardkit.didit.decisions.DiditPhoneVerification;
import dev.onboardkit.didit.decisions.DiditVerificationEvent;
import dev.onboardkit.didit.support.VerificationClients;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each standalone JSON check: the exact request, and the decoding of a documented example. */
class ScreeningServiceTest {
  private final MockWebServer server = new MockWebServer();
  private DiditClient client;

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

  private RecordedRequest post(String path) throws InterruptedException {
    RecordedRequest r = VerificationClients.take(server);
    assertEquals("POST", r.getMethod());
    assertEquals(path, r.getTarget());
    assertEquals("application/json", r.getHeaders().get("Content-Type"));
    return r;
  }

  @Test
  void validateDatabase() throws Exception {
    server.enqueue(json(200, DATABASE));
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("plan", "gold");
    metadata.put("note", null);

    DiditDatabaseValidationResult result = client.screening().validateDatabase(DiditDatabaseValidationRequest
        .builder().issuingState("ES").firstName("Carmen").lastName("Española Española")
        .dateOfBirth(LocalDate.of(1980, 1, 1)).documentNumber("99999999R").documentType("ID").gender("F")
        .services(List.of("es_dni")).partialMatchAction(DiditPolicyAction.NO_ACTION)
        .noMatchAction(DiditPolicyAction.DECLINE).vendorData("user-42").metadata(metadata).build());

    assertEquals("{\"issuing_state\":\"ES\",\"first_name\":\"Carmen\",\"last_name\":\"Española Española\","
        + "\"date_of_birth\":\"1980-01-01\",\"document_number\":\"99999999R\",\"document_type\":\"ID\","
        + "\"gender\":\"F\",\"services\":[\"es_dni\"],\"partial_match_action\":\"NO_ACTION\","
        + "\"no_match_action\":\"DECLINE\",\"vendor_data\":\"user-42\",\"metadata\":{\"plan\":\"gold\","
        + "\"note\":null}}", body(post("/v3/database-validation/")));
    assertEquals(Optional.of(REQUEST_ID), result.requestId());
    DiditDatabaseValidation v = result.databaseValidation();
    assertEquals(DiditCheckStatus.APPROVED, v.status());
    assertEquals(Optional.of("full_match"), v.matchType());
    assertEquals(Optional.of("ESP"), v.issuingState());
    assertEquals(Optional.of("1x1"), v.validationType());
    assertEquals(Map.of("outcome_code", "PENDING_X"), v.validations().get("date_of_birth"), "unknown outcome kept");
    assertEquals(Map.of("source", "registry-es"), v.additionalProperties());
    assertEquals(Map.of("plan", "gold"), result.metadata());
  }

  @Test
  void screenAml() throws Exception {
    server.enqueue(json(200, AML));

    DiditAmlScreeningResult result = client.screening().screenAml(DiditAmlScreeningRequest.builder()
        .fullName("John Smith").entityType("person").dateOfBirth(LocalDate.of(1985, 3, 15)).nationality("US")
        .documentNumber("X1234567").includeAdverseMedia(true).includeOngoingMonitoring(false).vendorData("user-42")
        .build());

    assertEquals("{\"full_name\":\"John Smith\",\"entity_type\":\"person\",\"date_of_birth\":\"1985-03-15\","
        + "\"nationality\":\"US\",\"document_number\":\"X1234567\",\"include_adverse_media\":true,"
        + "\"include_ongoing_monitoring\":false,\"vendor_data\":\"user-42\"}", body(post("/v3/aml/")));
    DiditAmlScreening aml = result.aml();
    assertEquals(DiditCheckStatus.UNKNOWN, aml.status(), "an unknown status is tolerated");
    assertEquals(Optional.of("Escalated"), aml.statusRaw());
    assertEquals(Optional.of(1), aml.totalHits());
    assertEquals(Optional.of(92.5), aml.score());
    assertEquals("John Smith", aml.hits().get(0).get("caption"));
    assertEquals("POSSIBLE_MATCH_FOUND", aml.warnings().get(0).risk().orElseThrow());
    assertEquals(Map.of("ongoing_monitoring", false), aml.additionalProperties());
    assertEquals(Map.of("billing", Map.of("fee", 0.35)), result.additionalProperties());
    assertEquals(Map.of(), result.metadata());
    assertEquals(Optional.of("user-42"), result.vendorData());
  }

  @Test
  void searchAndSelectKyb() throws Exception {
    server.enqueue(json(200, KYB_SEARCH));
    server.enqueue(json(200, KYB_SELECT));

    DiditKybSearchResult found = client.screening().searchKyb(DiditKybSearchRequest.builder().countryCode("GB")
        .name("Tesco").registrationNumber("00445790").searchType("contains").vendorData("business-123")
        .webhookUrl("https://yourapp.com/hooks/kyb").build());
    DiditKybSelectResult selected = client.screening().selectKyb(DiditKybSelectRequest.builder()
        .kybResponseId(found.companies().get(0).kybResponseId()).vendorData("business-123").saveApiRequest(true)
        .build());

    assertEquals("{\"country_code\":\"GB\",\"name\":\"Tesco\",\"registration_number\":\"00445790\","
        + "\"search_type\":\"contains\",\"vendor_data\":\"business-123\",\"webhook_url\":"
        + "\"https://yourapp.com/hooks/kyb\"}", body(post("/v3/kyb/search/")));
    assertEquals("{\"kyb_response_id\":\"kyb_resp_123\",\"vendor_data\":\"business-123\",\"save_api_request\":true}",
        body(post("/v3/kyb/select/")));
    DiditKybCandidate tesco = found.companies().get(0);
    assertEquals(Optional.of("TESCO PLC"), tesco.name());
    assertEquals(Optional.of("00445790"), tesco.registrationNumber());
    assertEquals(Optional.empty(), tesco.riskLevel());
    assertEquals(Map.of("jurisdiction", "GB"), tesco.additionalProperties());
    assertEquals(Optional.of(true), found.kybRegistry().searchResolved());
    assertEquals(25, found.kybRegistry().pagination().get("per_page"));
    DiditKybRegistryProfile profile = selected.kybRegistry();
    assertEquals(Optional.of("TESCO PLC"), profile.companyName());
    assertEquals(Optional.of("1947-11-27"), profile.incorporationDate());
    assertEquals("Ken Murphy", profile.officers().get(0).get("name"));
    assertEquals(List.of("47110"), profile.registryData().get("sic_codes"));
    assertEquals(Map.of("filings", List.of()), profile.additionalProperties());
    assertEquals(Optional.of("3c90c3cc-0d44-4b50-8888-8dd25736052a"), selected.requestId());
  }

  @Test
  void aSearchStillResolvingHasNoCandidatesYet() {
    server.enqueue(json(200, "{\"request_id\":\"r\",\"kyb_registry\":{\"companies\":null,\"search_status\":"
        + "\"pending\",\"search_resolved\":false}}"));
    DiditKybSearchResult pending = client.screening().searchKyb(DiditKybSearchRequest.builder().countryCode("US-CA")
        .name("Acme").build());
    assertEquals(List.of(), pending.companies());
    assertEquals(Optional.of(false), pending.kybRegistry().searchResolved());

    server.enqueue(json(200, "{\"request_id\":\"r\"}"));
    assertThrows(ResponseDecodingException.class, () -> client.screening().searchKyb(DiditKybSearchRequest.builder()
        .countryCode("GB").name("Acme").build()), "kyb_registry is required");
  }

  @Test
  void sendAndCheckAnEmailCode() throws Exception {
    server.enqueue(json(200, SENT));
    server.enqueue(json(200, EMAIL_CHECK));

    DiditOtpSendResult sent = client.screening().sendEmailCode(DiditEmailSendRequest.builder()
        .email("ana@mailinator.com").codeSize(6).alphanumericCode(false).locale("es")
        .signals(Map.of("ip", "203.0.113.5")).vendorData("user-1234").build());
    DiditEmailCheckResult checked = client.screening().checkEmailCode(DiditEmailCheckRequest.builder()
        .email("ana@mailinator.com").code(CODE).disposableEmailAction(DiditPolicyAction.DECLINE)
        .breachedEmailAction(DiditPolicyAction.NO_ACTION).build());

    assertEquals("{\"email\":\"ana@mailinator.com\",\"signals\":{\"ip\":\"203.0.113.5\"},"
        + "\"vendor_data\":\"user-1234\",\"options\":{\"code_size\":6,\"alphanumeric_code\":false,\"locale\":\"es\"}}",
        body(post("/v3/email/send/")));
    assertEquals("{\"email\":\"ana@mailinator.com\",\"code\":\"" + CODE + "\",\"disposable_email_action\":"
        + "\"DECLINE\",\"breached_email_action\":\"NO_ACTION\"}", body(post("/v3/email/check/")));
    assertEquals(DiditOtpSendStatus.SUCCESS, sent.status());
    assertTrue(sent.codeSent());
    assertEquals(Optional.of(REQUEST_ID), sent.requestId());
    assertEquals(Optional.empty(), sent.reason());
    assertEquals(DiditOtpCheckStatus.DECLINED, checked.status());
    DiditEmailVerification email = checked.email().orElseThrow();
    assertEquals(Optional.of(true), email.isDisposable());
    assertEquals(Optional.of(false), email.isBreached());
    assertEquals("DISPOSABLE_EMAIL", email.warnings().get(0).risk().orElseThrow());
    assertEquals(CODE, email.lifecycle().get(0).codeTried().orElseThrow().reveal());
  }

  @Test
  void sendAndCheckAPhoneCode() throws Exception {
    server.enqueue(json(200, SENT.replace("Success", "Retry")));
    server.enqueue(json(200, PHONE_CHECK));

    DiditOtpSendResult sent = client.screening().sendPhoneCode(DiditPhoneSendRequest.builder()
        .phoneNumber("+14155552671").preferredChannel("whatsapp").codeSize(6).locale("en-US").vendorData("user-1234")
        .build());
    DiditPhoneCheckResult checked = client.screening().checkPhoneCode(DiditPhoneCheckRequest.builder()
        .phoneNumber("+14155552671").code(Secret.of(CODE)).voipNumberAction(DiditPolicyAction.DECLINE)
        .disposableNumberAction(DiditPolicyAction.DECLINE).duplicatedPhoneNumberAction(DiditPolicyAction.NO_ACTION)
        .build());

    assertEquals("{\"phone_number\":\"+14155552671\",\"vendor_data\":\"user-1234\",\"options\":{\"preferred_channel\":"
        + "\"whatsapp\",\"code_size\":6,\"locale\":\"en-US\"}}", body(post("/v3/phone/send/")));
    assertEquals("{\"phone_number\":\"+14155552671\",\"code\":\"" + CODE + "\",\"voip_number_action\":\"DECLINE\","
        + "\"disposable_number_action\":\"DECLINE\",\"duplicated_phone_number_action\":\"NO_ACTION\"}",
        body(post("/v3/phone/check/")));
    assertEquals(DiditOtpSendStatus.RETRY, sent.status());
    assertTrue(sent.codeSent());
    assertEquals(DiditOtpCheckStatus.APPROVED, checked.status());
    assertEquals(Optional.of("The verification code is correct."), checked.message());
    DiditPhoneVerification phone = checked.phone().orElseThrow();
    assertEquals(Optional.of("+14155552671"), phone.fullNumber());
    assertEquals(Optional.of("whatsapp"), phone.verificationMethod());
    assertEquals("AT&T", phone.carrier().get("name"));
    List<DiditVerificationEvent> steps = phone.lifecycle();
    assertEquals(3, steps.size());
    assertEquals(Optional.of(new BigDecimal("0.0709")), steps.get(0).fee(), "fees are exact");
    assertEquals("whatsapp", steps.get(0).details().get("actual_channel"));
    assertEquals(Optional.empty(), steps.get(0).codeTried());
    assertEquals(CODE, steps.get(1).codeTried().orElseThrow().reveal());
    assertEquals(Map.of(), steps.get(2).details(), "null details are empty");
    assertEquals(Map.of("matches", List.of()), phone.additionalProperties());
  }

  @Test
  void blockedAndExpiredOutcomesDecode() {
    server.enqueue(json(200, "{\"request_id\":\"r\",\"status\":\"Blocked\",\"reason\":\"repeated_attempts\"}"));
    server.enqueue(json(200, "{\"request_id\":\"r\",\"status\":\"Expired or Not Found\","
        + "\"message\":\"No pending verification.\"}"));

    DiditOtpSendResult blocked = client.screening().sendPhoneCode(DiditPhoneSendRequest.of("+14155552671"));
    DiditPhoneCheckResult expired = client.screening().checkPhoneCode(DiditPhoneCheckRequest.of("+14155552671",
        "123456"));

    assertEquals(DiditOtpSendStatus.BLOCKED, blocked.status());
    assertFalse(blocked.codeSent());
    assertEquals(Optional.of("repeated_attempts"), blocked.reason());
    assertEquals(DiditOtpCheckStatus.EXPIRED_OR_NOT_FOUND, expired.status());
    assertEquals(Optional.empty(), expired.phone());
  }
}
