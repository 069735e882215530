package dev.onboardkit.didit.businesses;

import static dev.onboardkit.didit.support.PlatformFixtures.BUSINESS;
import static dev.onboardkit.didit.support.TestClients.json;
import static dev.onboardkit.didit.support.VerificationClients.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.NotFoundException;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.support.VerificationClients;
import dev.onboardkit.didit.users.DiditEntityStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every business operation: the exact request on the wire and the decoding of a realistic answer. */
class BusinessServiceTest {
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
  void createSendsEveryDocumentedMemberAndDecodesTheBusiness() throws Exception {
    server.enqueue(json(201, BUSINESS));
    DiditBusiness business = client.businesses().create(DiditCreateBusinessRequest.builder()
        .vendorData("acme-ltd").displayName("Acme").legalName("Acme Trading Ltd").registrationNumber("B12345678")
        .countryCode("ES").status(DiditEntityStatus.ACTIVE).metadata(Map.of("tier", 2)).build());

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/businesses/create/", r.getTarget());
    assertEquals("application/json", r.getHeaders().get("Content-Type"));
    assertEquals("{\"vendor_data\":\"acme-ltd\",\"display_name\":\"Acme\",\"legal_name\":\"Acme Trading Ltd\","
        + "\"registration_number\":\"B12345678\",\"country_code\":\"ES\",\"status\":\"ACTIVE\","
        + "\"metadata\":{\"tier\":2}}", body(r));

    assertEquals("acme-ltd", business.vendorData().orElseThrow());
    assertEquals("66666666-7777-8888-9999-000000000000", business.diditInternalId().orElseThrow());
    assertEquals("Acme", business.displayName().orElseThrow());
    assertEquals("Acme Trading Ltd", business.legalName().orElseThrow());
    assertEquals("B12345678", business.registrationNumber().orElseThrow());
    assertEquals("ES", business.countryCode().orElseThrow());
    assertEquals(DiditEntityStatus.UNKNOWN, business.status());
    assertEquals("SUSPENDED", business.statusRaw().orElseThrow());
    assertEquals(Map.of("tier", 2), business.metadata());
    assertEquals(Map.of("key_people_count", 2), business.additionalProperties());
  }

  @Test
  void createFollowsTheCreateRuleAndNeedsNoMember() throws Exception {
    server.enqueue(json(500, "{\"detail\":\"boom\"}").newBuilder().setHeader("X-Should-Retry", "true").build());
    assertThrows(InternalServerException.class,
        () -> client.businesses().create(DiditCreateBusinessRequest.builder().build()));
    assertEquals("{}", body(take()));
    assertEquals(1, server.getRequestCount());

    server.enqueue(json(429, "{\"detail\":\"Request was throttled.\",\"wait\":2}"));
    server.enqueue(json(201, BUSINESS));
    client.businesses().create(DiditCreateBusinessRequest.builder().legalName("Acme").build());
    assertEquals(3, server.getRequestCount());
    assertEquals(List.of(Duration.ofSeconds(2)), t.sleeper.sleeps());
  }

  @Test
  void listSendsThePageAndFollowsNext() throws Exception {
    String base = server.url("/v3").toString();
    server.enqueue(json(200, "{\"count\":2,\"next\":\"" + base + "/businesses/?limit=1&offset=1\",\"previous\":null,"
        + "\"results\":[" + BUSINESS + "]}"));
    server.enqueue(json(200, "{\"count\":2,\"next\":null,\"previous\":null,\"results\":[{\"vendor_data\":\"b2\"}]}"));

    List<String> ids = client.businesses().list(DiditListBusinessesParams.builder().limit(1).build()).stream()
        .map(b -> b.vendorData().orElseThrow()).collect(Collectors.toList());

    assertEquals(List.of("acme-ltd", "b2"), ids);
    assertEquals("/v3/businesses/?limit=1", take().getTarget());
    assertEquals("/v3/businesses/?limit=1&offset=1", take().getTarget());
  }

  @Test
  void retrieveUpdateAndUpdateStatusUseTheVendorDataPath() throws Exception {
    server.enqueue(json(200, BUSINESS));
    client.businesses().retrieve("acme-ltd");
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/businesses/acme-ltd/", r.getTarget());

    server.enqueue(json(200, BUSINESS));
    client.businesses().update("acme-ltd", DiditBusinessUpdate.builder().legalName("Acme Holdings Ltd")
        .countryCode("GB").build());
    r = take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/v3/businesses/acme-ltd/", r.getTarget());
    assertEquals("{\"legal_name\":\"Acme Holdings Ltd\",\"country_code\":\"GB\"}", body(r));

    server.enqueue(json(200, "{\"vendor_data\":\"acme-ltd\",\"status\":\"FLAGGED\"}"));
    assertEquals(DiditEntityStatus.FLAGGED,
        client.businesses().updateStatus("acme-ltd", DiditEntityStatus.FLAGGED).status());
    r = take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/v3/businesses/acme-ltd/update-status/", r.getTarget());
    assertEquals("{\"status\":\"FLAGGED\"}", body(r));

    server.enqueue(json(404, "{\"detail\":\"Not found.\"}"));
    assertThrows(NotFoundException.class, () -> client.businesses().retrieve("nobody"));
    assertThrows(InvalidRequestException.class,
        () -> client.businesses().updateStatus("acme-ltd", DiditEntityStatus.UNKNOWN));
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void deleteManySendsEitherListWithDeleteAllFalseAndDeleteAllIsItsOwnCall() throws Exception {
    server.enqueue(json(200, "{\"deleted_count\":1}"));
    DiditBusinessDeletion deleted = client.businesses().deleteMany(List.of("acme-ltd"));
    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/businesses/delete/", r.getTarget());
    assertEquals("{\"vendor_data_list\":[\"acme-ltd\"],\"delete_all\":false}", body(r));
    assertEquals(Map.of("deleted_count", 1), deleted.additionalProperties());

    server.enqueue(new MockResponse.Builder().code(204).build());
    client.businesses().deleteMany(DiditDeleteBusinessesRequest.builder().vendorDataList(List.of("b1"))
        .diditInternalIdList(List.of("66666666-7777-8888-9999-000000000000")).build());
    assertEquals("{\"vendor_data_list\":[\"b1\"],\"didit_internal_id_list\":[\"66666666-7777-8888-9999-000000000000\"],"
        + "\"delete_all\":false}", body(take()));

    server.enqueue(json(200, "{}"));
    client.businesses().deleteMany(DiditDeleteBusinessesRequest.builder().diditInternalIdList(List.of("i1")).build());
    assertEquals("{\"didit_internal_id_list\":[\"i1\"],\"delete_all\":false}", body(take()));

    server.enqueue(json(200, "{}"));
    client.businesses().deleteAll();
    assertEquals("{\"delete_all\":true}", body(take()));

    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> DiditDeleteBusinessesRequest.builder().vendorDataList(List.of()).build());
    assertTrue(e.getMessage().contains("deleteAll()"), e.getMessage());
    assertThrows(InvalidRequestException.class, () -> DiditDeleteBusinessesRequest.ofVendorData(null));
    assertThrows(InvalidRequestException.class,
        () -> DiditDeleteBusinessesRequest.ofVendorData(Arrays.asList("a", null)));
    assertThrows(InvalidRequestException.class, () -> client.businesses().deleteMany(List.of()));
    assertEquals(4, server.getRequestCount());
  }
}
