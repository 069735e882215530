package dev.onboardkit.didit.sessions;

import static dev.onboardkit.didit.support.TestClients.json;
import static dev.onboardkit.didit.support.VerificationFixtures.sessionsPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.paging.AsyncCursorPage;
import dev.onboardkit.core.paging.CursorPage;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.support.VerificationClients;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Auto-paging of {@code GET /sessions/}: it follows the absolute {@code next} URL while it stays under the client's base
 * URL, stops at {@code next: null} whatever {@code count} says, and never sends the API key anywhere else.
 */
class SessionPagingTest {
  private final MockWebServer server = new MockWebServer();
  private final MockWebServer elsewhere = new MockWebServer();
  private DiditClient client;
  private String base;

  @BeforeEach
  void start() throws Exception {
    server.start();
    elsewhere.start();
    client = new VerificationClients().builder(server).build();
    base = server.url("/v3").toString();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
    elsewhere.close();
  }

  @Test
  void theAutoPagerFollowsNextAndStopsAtNullIgnoringCount() throws Exception {
    server.enqueue(json(200, sessionsPage(base + "/sessions/?limit=2&offset=2&status=Approved", "s1", "s2")));
    server.enqueue(json(200, sessionsPage(base + "/sessions/?limit=2&offset=4&status=Approved", "s3", "s4")));
    server.enqueue(json(200, sessionsPage(null, "s5")));

    CursorPage<DiditSessionSummary> first = client.sessions().list(
        DiditListSessionsParams.builder().status(DiditSessionStatus.APPROVED).limit(2).build());
    List<String> ids = new ArrayList<>();
    first.autoPager().forEach(s -> ids.add(s.sessionId()));

    assertEquals(List.of("s1", "s2", "s3", "s4", "s5"), ids);
    assertEquals(3, server.getRequestCount(), "count says 100, but next: null ends it");
    assertEquals("/v3/sessions/?status=Approved&limit=2", VerificationClients.take(server).getTarget());
    assertEquals("/v3/sessions/?limit=2&offset=2&status=Approved", VerificationClients.take(server).getTarget());
    RecordedRequest third = VerificationClients.take(server);
    assertEquals("/v3/sessions/?limit=2&offset=4&status=Approved", third.getTarget());
    assertEquals("GET", third.getMethod());
  }

  @Test
  void theAsyncPagerWalksThePagesOnTheCallersExecutor() throws Exception {
    server.enqueue(json(200, sessionsPage(base + "/sessions/?offset=2", "s1", "s2")));
    server.enqueue(json(200, sessionsPage(null, "s3")));
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      AsyncCursorPage<DiditSessionSummary> first = client.async().sessions().list().get(5, TimeUnit.SECONDS);
      List<String> ids = new ArrayList<>();
      first.forEach(s -> ids.add(s.sessionId()), executor).get(5, TimeUnit.SECONDS);
      assertEquals(List.of("s1", "s2", "s3"), ids);
    } finally {
      executor.shutdownNow();
    }
    assertEquals("/v3/sessions/", VerificationClients.take(server).getTarget());
    assertEquals("/v3/sessions/?offset=2", VerificationClients.take(server).getTarget());
  }

  @Test
  void aNextLinkToAnotherHostIsNotFollowedAndTheKeyNeverGoesThere() throws Exception {
    String host = server.getHostName().equals("localhost") ? "127.0.0.1" : "localhost";
    String otherHost = "http://" + host + ":" + elsewhere.getPort() + "/v3/sessions/?offset=2";
    server.enqueue(json(200, sessionsPage(otherHost, "s1")));
    CursorPage<DiditSessionSummary> first = client.sessions().list();
    assertTrue(first.hasNextPage());
    OnboardKitException e = assertThrows(OnboardKitException.class,
        () -> first.stream().map(DiditSessionSummary::sessionId).collect(Collectors.toList()));
    assertTrue(e.getMessage().contains("another host (" + host + ")"), e.getMessage());
    assertEquals(1, server.getRequestCount());
    assertEquals(0, elsewhere.getRequestCount());

    server.enqueue(json(200, sessionsPage(otherHost, "s1")));
    AsyncCursorPage<DiditSessionSummary> async = client.async().sessions().list().get(5, TimeUnit.SECONDS);
    CompletionException failed = assertThrows(CompletionException.class, () -> async.nextPage().join());
    assertTrue(failed.getCause() instanceof OnboardKitException);
    assertEquals(0, elsewhere.getRequestCount());
  }

  @Test
  void aNextLinkOutsideTheBasePathIsNotFollowed() throws Exception {
    for (String next : List.of(server.url("/v2/sessions/?offset=2").toString(),
        server.url("/v3/../admin/").toString().replace("/admin/", "/v3/../admin/"), "https://user:pw@"
        + server.getHostName() + ":" + server.getPort() + "/v3/sessions/")) {
      server.enqueue(json(200, sessionsPage(next, "s1")));
      CursorPage<DiditSessionSummary> first = client.sessions().list();
      assertThrows(OnboardKitException.class, () -> first.nextPage());
    }
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void aNextLinkWrittenWithHttpOrAnInternalPortStillGoesToTheConfiguredOrigin() throws Exception {
    String rewritten = "http://" + server.getHostName() + ":1/v3/sessions/?offset=2";
    server.enqueue(json(200, sessionsPage(rewritten, "s1")));
    server.enqueue(json(200, sessionsPage(null, "s2")));
    List<String> ids = client.sessions().list().stream().map(DiditSessionSummary::sessionId)
        .collect(Collectors.toList());
    assertEquals(List.of("s1", "s2"), ids);
    VerificationClients.take(server);
    assertEquals("/v3/sessions/?offset=2", VerificationClients.take(server).getTarget());
  }

  @Test
  void aRepeatedNextLinkEndsInAnErrorNotALoop() {
    String next = base + "/sessions/?offset=2";
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(200, sessionsPage(next, "s" + i)));
    }
    OnboardKitException e = assertThrows(OnboardKitException.class,
        () -> client.sessions().list().stream().count());
    assertTrue(e.getMessage().contains("already returned"), e.getMessage());
    assertFalse(server.getRequestCount() > 2);
  }

  @Test
  void aBareArrayIsOneLastPage() {
    server.enqueue(json(200, "[{\"session_id\":\"s1\"},{\"session_id\":\"s2\",\"brand_new\":true}]"));
    CursorPage<DiditSessionSummary> page = client.sessions().list();
    assertFalse(page.hasNextPage());
    assertEquals(2, page.items().size());
    assertEquals(true, page.items().get(1).additionalProperties().get("brand_new"));
  }
}
