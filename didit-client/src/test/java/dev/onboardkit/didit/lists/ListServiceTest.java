package dev.onboardkit.didit.lists;

import static dev.onboardkit.didit.support.TestClients.json;
import static dev.onboardkit.didit.support.VerificationClients.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.support.VerificationClients;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListServiceTest {
  static final String LIST_ID = "f1e2d3c4-1111-2222-3333-444455556666";
  static final String ENTRY_ID = "a1b2c3d4-7777-8888-9999-000011112222";
  /** {@code POST /lists/} 201, the API reference's example, with a member and a list type this SDK does not know. */
  static final String LIST = "{\"uuid\":\"" + LIST_ID + "\",\"name\":\"Trusted IPs\",\"description\":\"\","
      + "\"list_type\":\"allowlist\",\"entry_type\":\"ip_address\",\"is_system\":false,\"entry_count\":0,"
      + "\"last_entry_added_at\":null,\"created_at\":\"2025-06-09T12:26:54Z\",\"updated_at\":\"2025-06-09T12:26:54Z\","
      + "\"owner_team\":\"risk\"}";
  /** {@code GET /lists/} 200: Django REST framework's page. */
  static final String PAGE = "{\"count\":10,\"next\":null,\"previous\":null,\"results\":[{\"uuid\":\"a1b2c3d4-0000\","
      + "\"name\":\"Face Blocklist\",\"description\":\"Blocked biometric faces\",\"list_type\":\"blocklist\","
      + "\"entry_type\":\"face\",\"is_system\":true,\"entry_count\":3,\"last_entry_added_at\":\"2025-06-09T12:26:54Z\","
      + "\"created_at\":\"2025-01-01T00:00:00Z\",\"updated_at\":\"2025-06-09T12:26:54Z\"},{\"uuid\":\"b2\","
      + "\"list_type\":\"watchlist\",\"entry_type\":\"vehicle_plate\"}]}";
  /** {@code POST /lists/{uuid}/entries/face-upload/} 201, the API reference's example. */
  static final String FACE_ENTRY = "{\"uuid\":\"" + ENTRY_ID + "\",\"value\":\"face-uuid-here\",\"display_label\":\"\","
      + "\"comment\":\"Known fraudster\",\"added_by\":\"api\",\"reference_session_id\":null,"
      + "\"reference_session_number\":null,\"reference_object_uuid\":\"face-uuid-here\","
      + "\"metadata\":{\"reference_image_url\":\"https://example.com/face.jpg\"},\"created_at\":\"2025-06-09T12:26:54Z\"}";

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

  private RecordedRequest take() throws InterruptedException {
    return VerificationClients.take(server);
  }

  @Test
  void createSendsTheNameKindAndEntryTypeAndDecodesTheList() throws Exception {
    server.enqueue(json(201, LIST));
    DiditList list = client.lists().create(DiditCreateListRequest.builder().name("Trusted IPs")
        .listType(DiditListType.ALLOWLIST).entryType(DiditListEntryType.IP_ADDRESS).description("Office").build());

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/lists/", r.getTarget());
    assertEquals("application/json", r.getHeaders().get("Content-Type"));
    assertEquals("{\"name\":\"Trusted IPs\",\"list_type\":\"allowlist\",\"entry_type\":\"ip_address\","
        + "\"description\":\"Office\"}", body(r));
    assertEquals(LIST_ID, list.uuid());
    assertEquals("Trusted IPs", list.name().orElseThrow());
    assertEquals(DiditListType.ALLOWLIST, list.listType());
    assertEquals(DiditListEntryType.IP_ADDRESS, list.entryType());
    assertEquals(false, list.isSystem().orElseThrow());
    assertEquals(0, list.entryCount().orElseThrow());
    assertTrue(list.lastEntryAddedAt().isEmpty());
    assertEquals(Instant.parse("2025-06-09T12:26:54Z"), list.createdAt().orElseThrow());
    assertEquals(Map.of("owner_team", "risk"), list.additionalProperties());
  }

  @Test
  void createFollowsTheCreateRule() {
    server.enqueue(json(429, "{\"detail\":\"Request was throttled.\"}").newBuilder().setHeader("Retry-After", "1")
        .build());
    server.enqueue(json(201, LIST));
    assertEquals(LIST_ID, client.lists().create(request()).uuid());
    assertEquals(2, server.getRequestCount());

    server.enqueue(new MockResponse.Builder().code(201).body(LIST)
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(201, LIST));
    ApiConnectionException e = assertThrows(ApiConnectionException.class, () -> client.lists().create(request()));
    assertTrue(e.outcomeUnknown());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void createRefusesWhatDiditDocumentsAsRejected() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> DiditCreateListRequest.builder()
        .name(" ").listType(DiditListType.BLOCKLIST).entryType(DiditListEntryType.UNKNOWN).build());
    assertEquals(List.of("entryType must be a known value, not UNKNOWN",
        "name must not be blank",
        "listType must be allowlist or custom: blocklists are created by Didit"), messages(e));
    assertEquals(List.of("name is required", "listType is required", "entryType is required"),
        messages(assertThrows(InvalidRequestException.class, () -> DiditCreateListRequest.builder().build())));
  }

  @Test
  void listSendsFiltersAndFollowsPagesAndKeepsUnknownKinds() throws Exception {
    String base = server.url("/v3").toString();
    server.enqueue(json(200, PAGE.replace("\"next\":null", "\"next\":\"" + base + "/lists/?limit=2&offset=2\"")));
    server.enqueue(json(200, "{\"count\":3,\"next\":null,\"previous\":null,\"results\":[{\"uuid\":\"c3\"}]}"));

    List<DiditList> lists = client.lists().list(DiditListsParams.builder().listType(DiditListType.BLOCKLIST)
        .entryType(DiditListEntryType.FACE).ordering("-entry_count").limit(2).offset(0).build())
        .stream().collect(Collectors.toList());

    assertEquals("/v3/lists/?list_type=blocklist&entry_type=face&ordering=-entry_count&limit=2&offset=0",
        take().getTarget());
    assertEquals("/v3/lists/?limit=2&offset=2", take().getTarget());
    assertEquals(List.of("a1b2c3d4-0000", "b2", "c3"), lists.stream().map(DiditList::uuid)
        .collect(Collectors.toList()));
    assertEquals(DiditListType.BLOCKLIST, lists.get(0).listType());
    assertEquals(true, lists.get(0).isSystem().orElseThrow());
    assertEquals(DiditListType.UNKNOWN, lists.get(1).listType());
    assertEquals("watchlist", lists.get(1).listTypeRaw().orElseThrow());
    assertEquals(DiditListEntryType.UNKNOWN, lists.get(1).entryType());

    server.enqueue(json(200, "{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}"));
    assertTrue(client.lists().list().items().isEmpty());
    assertEquals("/v3/lists/", take().getTarget());
  }

  @Test
  void retrieveUpdateAndDeleteUseTheListPath() throws Exception {
    server.enqueue(json(200, LIST));
    assertEquals(LIST_ID, client.lists().retrieve(LIST_ID).uuid());
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/lists/" + LIST_ID + "/", r.getTarget());

    server.enqueue(json(503, "{\"detail\":\"busy\"}"));
    server.enqueue(json(200, LIST.replace("Trusted IPs", "Office IPs")));
    DiditList renamed = client.lists().update(LIST_ID, DiditListUpdate.builder().name("Office IPs").build());
    assertEquals("Office IPs", renamed.name().orElseThrow());
    r = take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/v3/lists/" + LIST_ID + "/", r.getTarget());
    assertEquals("{\"name\":\"Office IPs\"}", body(r));
    assertEquals("{\"name\":\"Office IPs\"}", body(take()), "an update is retried like a read");

    server.enqueue(new MockResponse.Builder().code(204).build());
    assertEquals(Map.of(), client.lists().delete(LIST_ID));
    r = take();
    assertEquals("DELETE", r.getMethod());
    assertEquals("/v3/lists/" + LIST_ID + "/", r.getTarget());

    assertEquals("listId", assertThrows(InvalidRequestException.class, () -> client.lists().retrieve("..")).problems()
        .get(0).field());
  }

  @Test
  void entriesAreListedSearchedCreatedAndDeletedUnderTheirList() throws Exception {
    server.enqueue(json(200, "{\"count\":1,\"next\":null,\"previous\":null,\"results\":[" + FACE_ENTRY + "]}"));
    List<DiditListEntry> entries = client.lists().entries().list(LIST_ID,
        DiditListEntriesParams.builder().search("fraud").limit(50).build()).items();
    assertEquals("/v3/lists/" + LIST_ID + "/entries/?search=fraud&limit=50", take().getTarget());
    DiditListEntry entry = entries.get(0);
    assertEquals(ENTRY_ID, entry.uuid());
    assertEquals("face-uuid-here", entry.value().orElseThrow());
    assertEquals("api", entry.addedBy().orElseThrow());
    assertTrue(entry.referenceSessionId().isEmpty());
    assertEquals(Map.of("reference_image_url", "https://example.com/face.jpg"), entry.metadata());

    server.enqueue(json(201, FACE_ENTRY.replace("\"metadata\":{", "\"metadata\":null,\"x\":{")));
    DiditListEntry created = client.lists().entries().create(LIST_ID, DiditCreateListEntryRequest.builder()
        .referenceSessionId("11111111-2222-3333-4444-555555555555").value("+34600000000").displayLabel("Ana")
        .comment("Chargebacks").metadata(Map.of("reference_type", "vendor_user")).build());
    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/lists/" + LIST_ID + "/entries/", r.getTarget());
    assertEquals("{\"reference_session_id\":\"11111111-2222-3333-4444-555555555555\",\"value\":\"+34600000000\","
        + "\"display_label\":\"Ana\",\"comment\":\"Chargebacks\",\"metadata\":{\"reference_type\":\"vendor_user\"}}",
        body(r));
    assertEquals(Map.of(), created.metadata(), "metadata: null is empty");

    server.enqueue(new MockResponse.Builder().code(204).build());
    assertEquals(Map.of(), client.lists().entries().delete(LIST_ID, ENTRY_ID));
    r = take();
    assertEquals("DELETE", r.getMethod());
    assertEquals("/v3/lists/" + LIST_ID + "/entries/" + ENTRY_ID + "/", r.getTarget());

    assertEquals(List.of("value is required unless referenceSessionId is set"), messages(assertThrows(
        InvalidRequestException.class, () -> DiditCreateListEntryRequest.builder().comment("x").build())));
  }

  @Test
  void aFaceIsUploadedAsBase64InAJsonBodyEncodedWhileSent() throws Exception {
    byte[] face = new byte[30_001];
    new java.util.Random(7).nextBytes(face);
    Path path = Files.write(dir.resolve("fraudster.jpg"), face);
    server.enqueue(json(201, FACE_ENTRY));

    DiditListEntry entry = client.lists().entries().uploadFace(LIST_ID, DiditFaceEntryUpload.builder()
        .image(FileUpload.of(path)).comment("Known fraudster").displayLabel("Case 12").build());

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/lists/" + LIST_ID + "/entries/face-upload/", r.getTarget());
    assertEquals("application/json", r.getHeaders().get("Content-Type"));
    String expected = "{\"image\":\"" + Base64.getEncoder().encodeToString(face) + "\",\"comment\":\"Known fraudster\","
        + "\"display_label\":\"Case 12\"}";
    assertEquals(expected, body(r));
    assertEquals(String.valueOf(expected.length()), r.getHeaders().get("Content-Length"));
    assertEquals(ENTRY_ID, entry.uuid());
  }

  @Test
  void aFaceUploadIsRetriedAfterA429FromAPathButNotFromAStream() throws Exception {
    MockResponse throttled = json(429, "{\"detail\":\"Request was throttled.\"}").newBuilder()
        .setHeader("Retry-After", "1").build();
    server.enqueue(throttled);
    server.enqueue(json(201, FACE_ENTRY));
    client.lists().entries().uploadFace(LIST_ID, DiditFaceEntryUpload.builder()
        .image(FileUpload.of(new byte[] {1, 2, 3}, "f.jpg", "image/jpeg")).build());
    assertEquals(2, server.getRequestCount());
    assertEquals(body(take()), body(take()));

    server.enqueue(throttled);
    assertThrows(RateLimitException.class, () -> client.lists().entries().uploadFace(LIST_ID,
        DiditFaceEntryUpload.builder().image(FileUpload.of(new ByteArrayInputStream(new byte[] {1}), "f.jpg",
            "image/jpeg")).build()));
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void aFaceUploadChecksItsImageBeforeSending() throws Exception {
    Path big = Files.write(dir.resolve("big.jpg"), new byte[5 * 1024 * 1024 + 1]);
    assertEquals(List.of("image must be at most 5242880 bytes (it has 5242881)"), messages(assertThrows(
        InvalidRequestException.class, () -> DiditFaceEntryUpload.builder().image(FileUpload.of(big)).build())));
    assertEquals(List.of("image is required"), messages(assertThrows(InvalidRequestException.class,
        () -> DiditFaceEntryUpload.builder().comment("x").build())));
    assertEquals(List.of("upload is required"), messages(assertThrows(InvalidRequestException.class,
        () -> client.lists().entries().uploadFace(LIST_ID, null))));
    assertEquals(0, server.getRequestCount());
    assertFalse(DiditFaceEntryUpload.builder().image(FileUpload.of(new byte[1], "a.jpg", "image/jpeg")).build()
        .toString().contains("[1]"));
  }

  private static DiditCreateListRequest request() {
    return DiditCreateListRequest.builder().name("Trusted IPs").listType(DiditListType.ALLOWLIST)
        .entryType(DiditListEntryType.IP_ADDRESS).build();
  }

  static List<String> messages(InvalidRequestException e) {
    return e.problems().stream().map(ValidationProblem::toString).collect(Collectors.toList());
  }
}
