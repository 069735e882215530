package dev.onboardkit.klara.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.klara.support.TestKlara;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetrieveApplicationTest {
  static final String APP_ID = "550e8400-e29b-41d4-a716-446655440000";
  static final String RESPONSE = "{"
      + "\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"config_id\":\"kyc-standard\",\"status\":\"submitted\","
      + "\"data\":{"
      + "  \"fields\":{\"company_name\":\"Acme Financial Ltd\",\"company_number\":\"12345678\","
      + "    \"company_country\":\"GB\",\"registered_address\":{\"line1\":\"1 High St\",\"city\":\"London\"},"
      + "    \"trading_name\":null,\"years_trading\":12,\"annual_revenue\":1500000.5,\"web_presence\":[\"acme.com\"]},"
      + "  \"people\":[{\"id\":\"person-001\",\"source\":\"registry\",\"full_name\":\"Sophie Mitchell\","
      + "    \"email\":\"sophie@acme.com\",\"phone_number\":\"+447700900000\",\"date_of_birth\":\"1985-04-12\","
      + "    \"nationality\":\"GB\",\"home_address\":{\"city\":\"London\"},\"roles\":[\"director\",\"ubo\",\"auditor\"]},"
      + "   {\"id\":\"person-002\",\"source\":\"ai_found\",\"date_of_birth\":\"1985-04\"}],"
      + "  \"entities\":[{\"type\":\"holding_company\",\"source\":\"user_added\",\"name\":\"Acme Holdings\"},"
      + "   {\"type\":\"joint_venture\",\"source\":\"registry\"}],"
      + "  \"documents\":[{\"id\":\"d1\"}]},"
      + "\"participants\":[{\"id\":\"660e8400-e29b-41d4-a716-446655440001\",\"link_slug\":\"7f3k9m2p4q8r1s5t\","
      + "  \"email\":\"sophie@acme.com\",\"role\":\"primary\"},"
      + " {\"id\":\"p2\",\"access_token\":\"at_x\",\"role\":\"collaborator\"}],"
      + "\"documents\":[{\"id\":\"d0\",\"field_id\":\"incorporation\",\"file_name\":\"certificate.pdf\","
      + "  \"status\":\"accepted\",\"download_url\":\"https://s3.example/certificate.pdf?X-Amz-Signature=SIG123\"}],"
      + "\"created_at\":\"2026-03-01T09:00:00.000Z\",\"submitted_at\":\"2026-03-04T10:15:30.250Z\","
      + "\"completed_at\":null,\"new_top_level\":true}";

  private final TestKlara t = new TestKlara();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void getsTheApplicationAndDecodesItsDataPeopleAndEntities() {
    t.enqueue(200, RESPONSE);

    KlaraApplication app = t.klara.applications().retrieve(APP_ID);

    RecordedRequest r = t.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/api/external/applications/" + APP_ID, r.getTarget());
    assertEquals("Bearer " + TestKlara.API_KEY, r.getHeaders().get("Authorization"));
    assertEquals(0L, r.getBodySize());

    assertEquals(APP_ID, app.id());
    assertEquals(Optional.of("kyc-standard"), app.configId());
    assertEquals(KlaraApplicationStatus.SUBMITTED, app.status());
    assertEquals(Instant.parse("2026-03-01T09:00:00Z"), app.createdAt());
    assertEquals(Optional.of(Instant.parse("2026-03-04T10:15:30.250Z")), app.submittedAt());
    assertEquals(Optional.empty(), app.completedAt());

    Map<String, Object> fields = app.data().fields();
    assertEquals("Acme Financial Ltd", fields.get("company_name"));
    assertEquals(Map.of("line1", "1 High St", "city", "London"), fields.get("registered_address"));
    assertTrue(fields.containsKey("trading_name"));
    assertEquals(null, fields.get("trading_name"));
    assertEquals(12, fields.get("years_trading"));
    assertEquals(1500000.5, fields.get("annual_revenue"));
    assertEquals(List.of("acme.com"), fields.get("web_presence"));
    // Issue 13: documents inside data are modelled (typed, URLs masked) instead of kept as free-form members.
    assertEquals("d1", app.data().documents().get(0).id());
    assertEquals(Map.of(), app.data().additionalProperties());

    KlaraPerson sophie = app.data().people().get(0);
    assertEquals("person-001", sophie.id());
    assertEquals(KlaraPersonSource.REGISTRY, sophie.source());
    assertEquals(Optional.of("Sophie Mitchell"), sophie.fullName());
    assertEquals(Optional.of("+447700900000"), sophie.phoneNumber());
    assertEquals(Optional.of(LocalDate.of(1985, 4, 12)), sophie.dateOfBirth());
    assertEquals(Optional.of("GB"), sophie.nationality());
    assertEquals(List.of(KlaraPersonRole.DIRECTOR, KlaraPersonRole.UBO, KlaraPersonRole.UNKNOWN), sophie.roles());
    assertEquals(List.of("director", "ubo", "auditor"), sophie.rolesRaw());
    assertEquals(Map.of("city", "London"), sophie.additionalProperties().get("home_address"));

    KlaraPerson other = app.data().people().get(1);
    assertEquals(KlaraPersonSource.UNKNOWN, other.source());
    assertEquals(Optional.of("ai_found"), other.sourceRaw());
    assertEquals(Optional.empty(), other.dateOfBirth());
    assertEquals(Optional.of("1985-04"), other.dateOfBirthRaw());
    assertEquals(List.of(), other.roles());

    KlaraEntity holding = app.data().entities().get(0);
    assertEquals(KlaraEntityType.HOLDING_COMPANY, holding.type());
    assertEquals(KlaraEntitySource.USER_ADDED, holding.source());
    assertEquals("Acme Holdings", holding.additionalProperties().get("name"));
    assertEquals(KlaraEntityType.UNKNOWN, app.data().entities().get(1).type());
    assertEquals(Optional.of("joint_venture"), app.data().entities().get(1).typeRaw());

    KlaraApplicationDocument document = app.documents().get(0);
    assertEquals("d0", document.id());
    assertEquals(Optional.of("incorporation"), document.fieldId());
    assertEquals(Optional.of("certificate.pdf"), document.fileName());
    assertEquals(KlaraDocumentStatus.ACCEPTED, document.status());
    assertEquals(Optional.of(java.net.URI.create("https://s3.example/certificate.pdf?X-Amz-Signature=SIG123")),
        document.downloadUrl());
    assertFalse(app.toString().contains("SIG123"), app.toString());
    assertEquals(Map.of("new_top_level", true), app.additionalProperties());

    assertEquals(Optional.of("7f3k9m2p4q8r1s5t"), app.participants().get(0).linkSlug());
    assertEquals("at_x", app.participants().get(1).accessToken().orElseThrow().reveal());
    assertEquals(KlaraParticipantRole.COLLABORATOR, app.participants().get(1).role());
  }

  @Test
  void everyDocumentedStatusDecodesAndUnknownStatusesKeepTheirRawValue() {
    for (KlaraApplicationStatus status : KlaraApplicationStatus.values()) {
      String wire = status == KlaraApplicationStatus.UNKNOWN ? "cancelled" : status.wireValue();
      t.enqueue(200, "{\"id\":\"a\",\"status\":\"" + wire + "\",\"created_at\":\"2026-03-01T09:00:00Z\"}");
      KlaraApplication app = t.klara.applications().retrieve("a");
      assertEquals(status, app.status());
      assertEquals(wire, app.statusRaw());
    }
    assertEquals(8, Arrays.asList(KlaraApplicationStatus.values()).size());
  }

  @Test
  void aMinimalApplicationHasEmptyDataAndNoTimes() {
    t.enqueue(200, "{\"id\":\"a\",\"status\":\"created\",\"data\":null,\"created_at\":\"2026-03-01T09:00:00Z\","
        + "\"submitted_at\":null}");

    ApiResponse<KlaraApplication> r = t.klara.applications().withRawResponse().retrieve("a", RequestOptions.none());

    assertEquals(Map.of(), r.value().data().fields());
    assertEquals(List.of(), r.value().data().people());
    assertEquals(List.of(), r.value().participants());
    assertEquals(Optional.empty(), r.value().submittedAt());
    assertEquals(new HashMap<>(), r.value().data().additionalProperties());
    assertEquals(List.of(), r.value().documents());
    assertEquals(List.of(), r.value().data().documents());
    assertEquals(Map.of(), r.value().additionalProperties());
    assertEquals("{\"id\":\"a\",\"status\":\"created\",\"data\":null,\"created_at\":\"2026-03-01T09:00:00Z\","
        + "\"submitted_at\":null}", r.rawJson());
  }

  @Test
  void aResponseMissingRequiredFieldsIsADecodingError() {
    t.enqueue(200, "{\"id\":\"a\",\"created_at\":\"2026-03-01T09:00:00Z\"}");

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class,
        () -> t.klara.applications().retrieve("a"));

    assertEquals(200, e.statusCode());
    assertTrue(e.getMessage().contains("status"), e.getMessage());
  }

  @Test
  void asyncRetrieveDecodesTheSameApplication() {
    t.enqueue(200, RESPONSE);
    t.enqueue(200, RESPONSE);

    KlaraApplication async = t.klara.async().applications().retrieve(APP_ID).join();
    ApiResponse<KlaraApplication> asyncRaw = t.klara.async().applications().withRawResponse().retrieve(APP_ID).join();

    assertEquals(async, asyncRaw.value());
    assertEquals(KlaraApplicationStatus.SUBMITTED, async.status());
    assertEquals(200, asyncRaw.statusCode());
  }
}
