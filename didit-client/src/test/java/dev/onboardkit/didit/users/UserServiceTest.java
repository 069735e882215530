package dev.onboardkit.didit.users;

import static dev.onboardkit.didit.support.PlatformFixtures.USER;
import static dev.onboardkit.didit.support.TestClients.json;
import static dev.onboardkit.didit.support.VerificationClients.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.NotFoundException;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.support.VerificationClients;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every user operation: the exact request on the wire and the decoding of a realistic answer. */
class UserServiceTest {
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
  void createSendsEveryDocumentedMemberAndDecodesTheUser() throws Exception {
    server.enqueue(json(201, USER));
    Map<String, Object> metadata = new HashMap<>();
    metadata.put("plan", "premium");
    DiditUser user = client.users().create(DiditCreateUserRequest.builder()
        .vendorData("user-42").fullName("Carmen Española Española").displayName("Carmen E.")
        .dateOfBirth(LocalDate.of(1980, 1, 1)).status(DiditEntityStatus.ACTIVE).metadata(metadata)
        .approvedEmails(List.of("carmen@example.com")).approvedPhones(List.of("+34600000000"))
        .issuingStates(List.of("ESP")).build());
    metadata.put("plan", "changed after build");

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/users/create/", r.getTarget());
    assertEquals("application/json", r.getHeaders().get("Content-Type"));
    assertEquals("{\"vendor_data\":\"user-42\",\"full_name\":\"Carmen Española Española\",\"display_name\":\"Carmen E.\","
        + "\"date_of_birth\":\"1980-01-01\",\"status\":\"ACTIVE\",\"metadata\":{\"plan\":\"premium\"},"
        + "\"approved_emails\":[\"carmen@example.com\"],\"approved_phones\":[\"+34600000000\"],"
        + "\"issuing_states\":[\"ESP\"]}", body(r));

    assertEquals("user-42", user.vendorData().orElseThrow());
    assertEquals("Carmen Española Española", user.fullName().orElseThrow());
    assertEquals("Carmen E.", user.displayName().orElseThrow());
    assertEquals("1980-01-01", user.dateOfBirth().orElseThrow());
    assertEquals(DiditEntityStatus.UNKNOWN, user.status());
    assertEquals("UNDER_REVIEW", user.statusRaw().orElseThrow());
    Map<String, Object> expectedMetadata = new HashMap<>();
    expectedMetadata.put("plan", "premium");
    expectedMetadata.put("referrer", null);
    assertEquals(expectedMetadata, user.metadata());
    assertEquals(List.of("carmen@example.com"), user.approvedEmails());
    assertEquals(List.of("+34600000000"), user.approvedPhones());
    assertEquals(List.of("ESP"), user.issuingStates());
    assertEquals(Map.of("sessions_count", 3, "created_at", "2025-06-12T10:00:00Z"), user.additionalProperties());
  }

  @Test
  void createFollowsTheCreateRule() throws Exception {
    server.enqueue(json(503, "{\"detail\":\"Service unavailable\"}").newBuilder().setHeader("Retry-After", "0")
        .build());
    assertThrows(InternalServerException.class, () -> client.users().create(DiditCreateUserRequest.of("user-42")));
    assertEquals(1, server.getRequestCount());

    server.enqueue(json(429, "{\"detail\":\"Request was throttled.\",\"wait\":1}"));
    server.enqueue(json(201, USER));
    client.users().create(DiditCreateUserRequest.of("user-42"));
    assertEquals(3, server.getRequestCount());
    assertEquals(List.of(Duration.ofSeconds(1)), t.sleeper.sleeps());
    take();
    assertEquals(body(take()), body(take()));
  }

  @Test
  void requestsAreValidatedBeforeSending() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> DiditCreateUserRequest.builder()
        .status(DiditEntityStatus.UNKNOWN).approvedEmails(Arrays.asList("a@b.co", null)).build());
    assertEquals(List.of("status", "approvedEmails[1]", "vendorData"),
        e.problems().stream().map(p -> p.field()).collect(Collectors.toList()));
    assertThrows(InvalidRequestException.class, () -> DiditCreateUserRequest.of(" "));
    assertThrows(InvalidRequestException.class, () -> client.users().create(null));
    assertThrows(InvalidRequestException.class, () -> client.users().retrieve(""));
    assertThrows(InvalidRequestException.class, () -> client.users().update("u", null));
    assertThrows(InvalidRequestException.class, () -> client.users().updateStatus("u", DiditEntityStatus.UNKNOWN));
    assertThrows(InvalidRequestException.class, () -> client.users().updateStatus("u", null));
    assertThrows(InvalidRequestException.class,
        () -> client.users().list(DiditListUsersParams.builder().limit(0).offset(-1).build()));
    CompletionException async = assertThrows(CompletionException.class,
        () -> client.async().users().retrieve("..").join());
    assertInstanceOf(InvalidRequestException.class, async.getCause());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void listSendsThePageAndFollowsNext() throws Exception {
    String base = server.url("/v3").toString();
    server.enqueue(json(200, "{\"count\":3,\"next\":\"" + base + "/users/?limit=2&offset=2\",\"previous\":null,"
        + "\"results\":[" + USER + ",{\"vendor_data\":\"user-43\"}]}"));
    server.enqueue(json(200, "{\"count\":3,\"next\":null,\"previous\":null,\"results\":[{\"vendor_data\":\"user-44\"}]}"));

    List<String> ids = client.users().list(DiditListUsersParams.builder().limit(2).offset(0).build()).stream()
        .map(u -> u.vendorData().orElseThrow()).collect(Collectors.toList());

    assertEquals(List.of("user-42", "user-43", "user-44"), ids);
    RecordedRequest first = take();
    assertEquals("GET", first.getMethod());
    assertEquals("/v3/users/?limit=2&offset=0", first.getTarget());
    assertEquals("/v3/users/?limit=2&offset=2", take().getTarget());

    server.enqueue(json(200, "[]"));
    assertEquals(List.of(), client.users().list().items());
    assertEquals("/v3/users/", take().getTarget());
  }

  @Test
  void retrieveUpdateAndUpdateStatusUseTheVendorDataPath() throws Exception {
    server.enqueue(json(200, USER));
    client.users().retrieve("user 42/a");
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/users/user%2042%2Fa/", r.getTarget());

    server.enqueue(json(200, USER));
    client.users().update("user-42", DiditUserUpdate.builder().displayName("Carmen").status(DiditEntityStatus.FLAGGED)
        .approvedPhones(List.of()).build());
    r = take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/v3/users/user-42/", r.getTarget());
    assertEquals("{\"display_name\":\"Carmen\",\"status\":\"FLAGGED\",\"approved_phones\":[]}", body(r));

    server.enqueue(json(200, "{\"vendor_data\":\"user-42\",\"status\":\"BLOCKED\"}"));
    DiditUser blocked = client.users().updateStatus("user-42", DiditEntityStatus.BLOCKED);
    r = take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/v3/users/user-42/update-status/", r.getTarget());
    assertEquals("{\"status\":\"BLOCKED\"}", body(r));
    assertEquals(DiditEntityStatus.BLOCKED, blocked.status());

    server.enqueue(json(404, "{\"detail\":\"Not found.\"}"));
    assertThrows(NotFoundException.class, () -> client.users().retrieve("nobody"));
  }

  @Test
  void updatesAreRetriedLikeReads() throws Exception {
    server.enqueue(json(503, "{\"detail\":\"Service unavailable\"}").newBuilder().setHeader("Retry-After", "0")
        .build());
    server.enqueue(json(200, USER));
    client.users().updateStatus("user-42", DiditEntityStatus.ACTIVE);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void deleteManySendsTheListWithDeleteAllFalseAndDeleteAllIsItsOwnCall() throws Exception {
    server.enqueue(json(200, "{\"deleted_count\":2}"));
    DiditUserDeletion deleted = client.users().deleteMany(List.of("user-42", "user-43"));
    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/users/delete/", r.getTarget());
    assertEquals("{\"vendor_data_list\":[\"user-42\",\"user-43\"],\"delete_all\":false}", body(r));
    assertEquals(Map.of("deleted_count", 2), deleted.additionalProperties());

    server.enqueue(new MockResponse.Builder().code(204).build());
    assertEquals(Map.of(), client.users().deleteAll().additionalProperties());
    assertEquals("{\"delete_all\":true}", body(take()));

    server.enqueue(json(503, "{\"detail\":\"Service unavailable\"}").newBuilder().setHeader("Retry-After", "0")
        .build());
    assertThrows(InternalServerException.class, () -> client.users().deleteAll());
    assertEquals(3, server.getRequestCount());

    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> client.users().deleteMany(List.of()));
    assertTrue(e.getMessage().contains("deleteAll()"), e.getMessage());
    assertThrows(InvalidRequestException.class, () -> client.users().deleteMany(Arrays.asList("a", null)));
    assertThrows(InvalidRequestException.class, () -> client.users().deleteMany(List.of(" ")));
    assertEquals(3, server.getRequestCount());
  }
}
