package dev.onboardkit.klara.applications;

import static dev.onboardkit.klara.support.TestKlara.await;
import static dev.onboardkit.klara.support.TestKlara.bodyOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.klara.support.TestKlara;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreateApplicationTest {
  /** The quickstart's response: access_token participant, /apply/ link with the auth code, pre_auth_code. */
  static final String QUICKSTART_RESPONSE = "{"
      + "\"application_id\":\"550e8400-e29b-41d4-a716-446655440000\","
      + "\"link\":\"https://app.klara-ai.com/external/your-org/apply/ABC123?auth_code=X7K9M2P4Q8R1S5T3\","
      + "\"participants\":[{\"id\":\"660e8400-e29b-41d4-a716-446655440001\",\"access_token\":\"at_7f3k9m2p4q8r1s5t\","
      + "\"email\":\"sophie@acme.com\",\"role\":\"primary\"}],"
      + "\"pre_auth_code\":\"X7K9M2P4Q8R1S5T3\"}";
  /** The create-application reference's response: link_slug participant, /application/ link, no code. */
  static final String REFERENCE_RESPONSE = "{"
      + "\"application_id\":\"550e8400-e29b-41d4-a716-446655440000\","
      + "\"link\":\"https://app.klara-ai.com/external/acme-corp/application/ABC123\","
      + "\"participants\":[{\"id\":\"660e8400-e29b-41d4-a716-446655440001\",\"link_slug\":\"7f3k9m2p4q8r1s5t\","
      + "\"email\":\"sophie@acme.com\",\"role\":\"primary\"}]}";

  private final TestKlara t = new TestKlara();

  @AfterEach
  void close() {
    t.close();
  }

  static KlaraCreateApplicationRequest quickstartRequest() {
    return KlaraCreateApplicationRequest.builder()
        .configId("kyc-standard")
        .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO")
        .companyName("Acme Financial Ltd")
        .companyNumber("12345678")
        .country("GB")
        .preAuth(true)
        .build();
  }

  @Test
  void sendsTheExactRequestAndDecodesTheQuickstartResponse() {
    t.enqueue(201, QUICKSTART_RESPONSE);

    KlaraCreateApplicationResponse created = t.klara.applications().create(quickstartRequest());

    RecordedRequest r = t.take();
    assertEquals("POST", r.getMethod());
    assertEquals("/api/external/applications", r.getTarget());
    assertEquals("Bearer " + TestKlara.API_KEY, r.getHeaders().get("Authorization"));
    assertEquals("application/json", r.getHeaders().get("Accept"));
    assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"), r.getHeaders().get("Content-Type"));
    assertTrue(r.getHeaders().get("User-Agent").contains("klara-client"), r.getHeaders().get("User-Agent"));
    assertEquals("{\"config_id\":\"kyc-standard\","
        + "\"primary_contact\":{\"name\":\"Sophie Mitchell\",\"email\":\"sophie@acme.com\",\"role\":\"CEO\"},"
        + "\"company_name\":\"Acme Financial Ltd\",\"company_number\":\"12345678\",\"country\":\"GB\","
        + "\"pre_auth\":true}", bodyOf(r));

    assertEquals("550e8400-e29b-41d4-a716-446655440000", created.applicationId());
    assertEquals(URI.create("https://app.klara-ai.com/external/your-org/apply/ABC123?auth_code=X7K9M2P4Q8R1S5T3"),
        created.link());
    assertEquals(Optional.of(Secret.of("X7K9M2P4Q8R1S5T3")), created.preAuthCode());
    assertEquals(Optional.empty(), created.warning());
    KlaraParticipant p = created.participants().get(0);
    assertEquals("660e8400-e29b-41d4-a716-446655440001", p.id());
    assertEquals("at_7f3k9m2p4q8r1s5t", p.accessToken().orElseThrow().reveal());
    assertEquals(Optional.empty(), p.linkSlug());
    assertEquals(Optional.of("sophie@acme.com"), p.email());
    assertEquals(KlaraParticipantRole.PRIMARY, p.role());

    String shown = created.toString();
    assertFalse(shown.contains("X7K9M2P4Q8R1S5T3"), shown);
    assertFalse(shown.contains("auth_code"), shown);
    assertFalse(shown.contains("at_7f3k9m2p4q8r1s5t"), shown);
    assertTrue(shown.contains("550e8400-e29b-41d4-a716-446655440000"), shown);
  }

  @Test
  void sendsNoNullsAndDecodesTheReferenceResponseWithLinkSlug() {
    t.enqueue(201, REFERENCE_RESPONSE);

    KlaraCreateApplicationResponse created = t.klara.applications().create(KlaraCreateApplicationRequest.builder()
        .configId("kyc-standard")
        .primaryContact(KlaraPrimaryContact.of("Sophie Mitchell", "sophie@acme.com", null))
        .companyName("Acme Financial Ltd")
        .country("IE")
        .build());

    assertEquals("{\"config_id\":\"kyc-standard\","
        + "\"primary_contact\":{\"name\":\"Sophie Mitchell\",\"email\":\"sophie@acme.com\"},"
        + "\"company_name\":\"Acme Financial Ltd\",\"country\":\"IE\"}", bodyOf(t.take()));
    assertEquals(URI.create("https://app.klara-ai.com/external/acme-corp/application/ABC123"), created.link());
    assertEquals(Optional.empty(), created.preAuthCode());
    KlaraParticipant p = created.participants().get(0);
    assertEquals(Optional.of("7f3k9m2p4q8r1s5t"), p.linkSlug());
    assertEquals(Optional.empty(), p.accessToken());
  }

  @Test
  void aWarningMeansTheApplicationExistsAndUnknownFieldsAndRolesAreKept() {
    t.enqueue(201, "{\"application_id\":\"a1\",\"link\":\"https://app.klara-ai.com/x\",\"participants\":["
        + "{\"id\":\"p1\",\"role\":\"observer\",\"new_field\":1}],"
        + "\"warning\":\"Application created but invite email failed to send\",\"brand_new\":{\"x\":[1,2]}}");

    KlaraCreateApplicationResponse created = t.klara.applications().create(quickstartRequest());

    assertEquals(Optional.of("Application created but invite email failed to send"), created.warning());
    assertEquals(KlaraParticipantRole.UNKNOWN, created.participants().get(0).role());
    assertEquals(Optional.of("observer"), created.participants().get(0).roleRaw());
    assertEquals(Optional.empty(), created.participants().get(0).email());
  }

  @Test
  void explicitNullsDecodeAsAbsentButANullRequiredFieldIsADecodingError() {
    t.enqueue(201, "{\"application_id\":\"a1\",\"link\":\"https://app.klara-ai.com/x\",\"participants\":["
        + "{\"id\":\"p1\",\"link_slug\":null,\"access_token\":null,\"email\":null,\"role\":null}],"
        + "\"pre_auth_code\":null,\"warning\":null}");
    t.enqueue(201, "{\"application_id\":\"a2\",\"link\":\"https://app.klara-ai.com/x\",\"participants\":null}");
    t.enqueue(201, "{\"application_id\":null,\"link\":\"https://app.klara-ai.com/x\",\"participants\":[]}");

    KlaraCreateApplicationResponse nulls = t.klara.applications().create(quickstartRequest());
    KlaraCreateApplicationResponse noParticipants = t.klara.applications().create(quickstartRequest());
    ResponseDecodingException missingId =
        assertThrows(ResponseDecodingException.class, () -> t.klara.applications().create(quickstartRequest()));

    KlaraParticipant p = nulls.participants().get(0);
    assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
        List.of(p.linkSlug(), p.accessToken(), p.email(), p.roleRaw()));
    assertEquals(KlaraParticipantRole.UNKNOWN, p.role());
    assertEquals(Optional.empty(), nulls.preAuthCode());
    assertEquals(Optional.empty(), nulls.warning());
    assertEquals(List.of(), noParticipants.participants());
    assertEquals(201, missingId.statusCode());
    assertTrue(missingId.getMessage().contains("applicationId"), missingId.getMessage());
  }

  @Test
  void aCreateWhoseConnectionDropsAfterTheServerReadItIsSentExactlyOnce() {
    t.server.enqueue(new MockResponse.Builder().code(201).body(REFERENCE_RESPONSE)
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    t.enqueue(201, REFERENCE_RESPONSE);

    ApiConnectionException e = assertThrows(ApiConnectionException.class,
        () -> t.klara.applications().create(quickstartRequest(), RequestOptions.builder().maxRetries(5).build()));

    assertTrue(e.requestSent());
    assertTrue(e.outcomeUnknown());
    assertEquals(1, e.attempts());
    assertEquals(1, t.server.getRequestCount());
    assertEquals(List.of(), t.sleeper.sleeps());
    assertFalse(e.getMessage().contains(TestKlara.SECRET), e.getMessage());
  }

  @Test
  void anAsyncCreateWhoseConnectionDropsIsAlsoSentExactlyOnce() {
    t.server.enqueue(new MockResponse.Builder().code(201).body(REFERENCE_RESPONSE)
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    t.enqueue(201, REFERENCE_RESPONSE);

    ApiConnectionException e = assertThrows(ApiConnectionException.class,
        () -> await(t.klara.async().applications().create(quickstartRequest())));

    assertTrue(e.outcomeUnknown());
    assertEquals(1, t.server.getRequestCount());
  }

  @Test
  void aCreateAnswered500IsNotRetriedAndTheOutcomeIsUnknown() {
    t.enqueue(500, "{\"error\":\"Internal server error\"}");
    t.enqueue(201, REFERENCE_RESPONSE);

    InternalServerException e = assertThrows(InternalServerException.class,
        () -> t.klara.applications().create(quickstartRequest()));

    assertTrue(e.outcomeUnknown());
    assertEquals(1, t.server.getRequestCount());
  }

  @Test
  void rawAndAsyncVariantsSendTheSameRequest() {
    t.server.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json")
        .setHeader("X-Request-Id", "req_1").body(REFERENCE_RESPONSE).build());
    t.enqueue(201, REFERENCE_RESPONSE);
    t.enqueue(201, REFERENCE_RESPONSE);

    ApiResponse<KlaraCreateApplicationResponse> raw = t.klara.applications().withRawResponse().create(quickstartRequest());
    KlaraCreateApplicationResponse async = await(t.klara.async().applications().create(quickstartRequest()));
    ApiResponse<KlaraCreateApplicationResponse> asyncRaw =
        await(t.klara.async().applications().withRawResponse().create(quickstartRequest()));

    assertEquals(201, raw.statusCode());
    assertEquals(Optional.of("req_1"), raw.requestId());
    assertEquals(1, raw.attempts());
    assertEquals("550e8400-e29b-41d4-a716-446655440000", raw.value().applicationId());
    assertEquals(raw.value(), async);
    assertEquals(201, asyncRaw.statusCode());
    List<RecordedRequest> sent = t.takeAll();
    assertEquals(3, sent.size());
    for (RecordedRequest r : sent) {
      assertEquals("POST /api/external/applications", r.getMethod() + " " + r.getTarget());
      assertEquals(bodyOf(sent.get(0)), bodyOf(r));
    }
  }

  @Test
  void everyProblemIsReportedAtOnceAndNothingIsSent() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> KlaraCreateApplicationRequest.builder()
        .configId(" ")
        .primaryContact(null, "not-an-email", null)
        .country("XX")
        .build());

    // Issue 13: the contact's name and companyName are no longer required; only what the reference rejects is.
    assertEquals(List.of(
        new ValidationProblem("configId", "must not be blank"),
        new ValidationProblem("primaryContact.email", "must be a valid email address"),
        new ValidationProblem("country", "must be an ISO 3166-1 alpha-2 country code, such as GB or IE")),
        e.problems());
    assertFalse(e.getMessage().contains("not-an-email"), e.getMessage());
    assertEquals(0, t.server.getRequestCount());
  }

  @Test
  void aMissingContactIsReportedButCountryAndAGbCompanyNumberAreOptional() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> KlaraCreateApplicationRequest.builder().configId("c").companyName("Acme").country("gb").build());
    // Issue 13: a GB request without a company number and a request without a country are no longer refused.
    assertEquals(List.of(new ValidationProblem("primaryContact", "is required")), e.problems());

    KlaraCreateApplicationRequest noCountry = KlaraCreateApplicationRequest.builder().configId("c")
        .primaryContact("A", "a@b.co", null).build();
    KlaraCreateApplicationRequest gbWithoutNumber = KlaraCreateApplicationRequest.builder().configId("c")
        .primaryContact("A", "a@b.co", null).country("GB").build();
    assertEquals(null, noCountry.country());
    assertEquals(null, gbWithoutNumber.companyNumber());

    InvalidRequestException missing = assertThrows(InvalidRequestException.class,
        () -> KlaraCreateApplicationRequest.builder().primaryContact("Sophie", null, null).build());
    assertEquals(List.of(new ValidationProblem("configId", "is required"),
        new ValidationProblem("primaryContact.email", "is required")), missing.problems());
  }

  @Test
  void theReferencesMinimalShapeIsSentExactlyAsGiven() {
    t.enqueue(201, REFERENCE_RESPONSE);

    t.klara.applications().create(KlaraCreateApplicationRequest.builder()
        .configId("kyc-standard")
        .primaryContact(KlaraPrimaryContact.builder().email("sophie@acme.com").build())
        .build());

    assertEquals("{\"config_id\":\"kyc-standard\",\"primary_contact\":{\"email\":\"sophie@acme.com\"}}",
        bodyOf(t.take()));
  }

  @Test
  void thePreAuthExampleWithACompanyNameButNoCountryIsSent() {
    t.enqueue(201, QUICKSTART_RESPONSE);

    t.klara.applications().create(KlaraCreateApplicationRequest.builder()
        .configId("kyc-standard")
        .primaryContact("Sophie Mitchell", "sophie@acme.com", null)
        .companyName("Acme Financial Ltd")
        .preAuth(true)
        .build());

    assertEquals("{\"config_id\":\"kyc-standard\","
        + "\"primary_contact\":{\"name\":\"Sophie Mitchell\",\"email\":\"sophie@acme.com\"},"
        + "\"company_name\":\"Acme Financial Ltd\",\"pre_auth\":true}", bodyOf(t.take()));
  }

  @Test
  void aNonAsciiEmailIsAcceptedAndSentAsUtf8() {
    t.enqueue(201, REFERENCE_RESPONSE);

    t.klara.applications().create(KlaraCreateApplicationRequest.builder()
        .configId("kyc-standard")
        .primaryContact("Jos\u00e9 Mart\u00ednez", "jos\u00e9@m\u00fcller.example", null)
        .build());

    RecordedRequest r = t.take();
    assertEquals("{\"config_id\":\"kyc-standard\",\"primary_contact\":{\"name\":\"Jos\u00e9 Mart\u00ednez\","
        + "\"email\":\"jos\u00e9@m\u00fcller.example\"}}", r.getBody().utf8());
  }

  @Test
  void anExtraBodyPropertySendsAFieldTheSdkDoesNotModel() {
    t.enqueue(201, REFERENCE_RESPONSE);

    t.klara.applications().create(KlaraCreateApplicationRequest.builder().configId("kyc-standard")
            .primaryContact(KlaraPrimaryContact.builder().email("sophie@acme.com").build()).build(),
        RequestOptions.builder().bodyProperty("external_reference", "crm-4711")
            .bodyProperty("config_id", "kyc-enhanced").build());

    RecordedRequest r = t.take();
    assertEquals("/api/external/applications", r.getTarget());
    assertEquals("{\"config_id\":\"kyc-enhanced\",\"primary_contact\":{\"email\":\"sophie@acme.com\"},"
        + "\"external_reference\":\"crm-4711\"}", bodyOf(r));
  }

  @Test
  void aNullRequestIsAnInvalidRequestNotANullPointer() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> t.klara.applications().create(null));
    assertEquals(List.of(new ValidationProblem("request", "is required")), e.problems());
    InvalidRequestException async = assertThrows(InvalidRequestException.class,
        () -> await(t.klara.async().applications().create(null)));
    assertEquals(e.problems(), async.problems());
    assertEquals(0, t.server.getRequestCount());
  }

  @ParameterizedTest
  @CsvSource({
      "12345678, 12345678",
      "1234567, 01234567",
      "' 345 ', 00000345",
      "sc123456, SC123456",
      "NI012345, NI012345",
      "OC301234, OC301234",
      "R0123456, R0123456",
      "LP001234, LP001234"})
  void gbCompanyNumbersAreNormalised(String given, String sent) {
    KlaraCreateApplicationRequest request = KlaraCreateApplicationRequest.builder().configId("c").companyName("Acme")
        .primaryContact("A", " a@b.co ", null).country(" gb ").companyNumber(given).build();

    assertEquals("GB", request.country());
    assertEquals(sent, request.companyNumber());
    assertEquals("a@b.co", request.primaryContact().email());
    assertTrue(request.toString().contains("companyNumber=" + sent + ","), request.toString());
  }

  @ParameterizedTest
  @CsvSource({"123456789", "SC12345", "S1234567", "ABC12345", "12-34567", "SC1234567", "'12 345678'"})
  void malformedGbCompanyNumbersAreRejected(String given) {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> KlaraCreateApplicationRequest.builder()
        .configId("c").companyName("Acme").primaryContact("A", "a@b.co", null).country("GB").companyNumber(given)
        .build());
    assertEquals(1, e.problems().size());
    assertEquals("companyNumber", e.problems().get(0).field());
    assertTrue(e.problems().get(0).message().startsWith("must be a Companies House number"));
  }

  @Test
  void companyNumbersOutsideGbAreOptionalAndNotReshaped() {
    KlaraCreateApplicationRequest ie = KlaraCreateApplicationRequest.builder().configId("c").companyName("Acme")
        .primaryContact("A", "a@b.co", null).country("ie").companyNumber("IE-123").build();
    assertEquals("IE", ie.country());
    assertEquals("IE-123", ie.companyNumber());
  }
}
