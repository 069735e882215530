package dev.onboardkit.klara.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.core.paging.AsyncCursorPage;
import dev.onboardkit.core.paging.CursorPage;
import dev.onboardkit.klara.rfi.KlaraCreateRfiRequest;
import dev.onboardkit.klara.rfi.KlaraCreateRfiRequestResponse;
import dev.onboardkit.klara.support.TestKlara;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Values the server returns are used as they are: a long {@code next_cursor} is followed, and links with characters a
 * strict URI refuses still decode (a create that succeeded must not look like a failure).
 */
class ServerValuesPassThroughTest {
  private static final String ODD_LINK = "https://app.klara-ai.com/external/acme corp/application/ABC|123";
  private static final URI ODD_LINK_ENCODED =
      URI.create("https://app.klara-ai.com/external/acme%20corp/application/ABC%7C123");

  private final TestKlara t = new TestKlara();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void aLongServerCursorIsFollowedUnchangedByTheAutoPager() {
    String cursor = "c".repeat(3000);
    t.enqueue(200, ListApplicationsTest.page(cursor, true, "a1", "a2"));
    t.enqueue(200, ListApplicationsTest.page(null, false, "a3"));

    List<String> ids = t.klara.applications().list(KlaraListApplicationsParams.builder().limit(2).build()).stream()
        .map(KlaraApplicationSummary::id).collect(Collectors.toList());

    assertEquals(List.of("a1", "a2", "a3"), ids);
    assertEquals(2, t.server.getRequestCount());
    assertEquals("/api/external/applications?limit=2", t.take().getTarget());
    assertEquals("/api/external/applications?limit=2&cursor=" + cursor, t.take().getTarget());
  }

  @Test
  void aLongServerCursorIsFollowedByNextPageAndTheAsyncFirstPage() {
    String cursor = "x_-.~".repeat(700);
    t.enqueue(200, ListApplicationsTest.page(cursor, true, "a1"));
    t.enqueue(200, ListApplicationsTest.page(null, false, "a2"));

    AsyncCursorPage<KlaraApplicationSummary> first = TestKlara.await(t.klara.async().applications().list());
    AsyncCursorPage<KlaraApplicationSummary> second = TestKlara.await(first.nextPage()).orElseThrow();

    assertEquals("a2", second.items().get(0).id());
    t.take();
    assertEquals("/api/external/applications?cursor=" + cursor, t.take().getTarget());
  }

  @Test
  void aServerCursorCanBeHandedBackWithWithCursor() {
    String cursor = "c".repeat(3000);

    KlaraListApplicationsParams next = KlaraListApplicationsParams.none().withCursor(cursor);

    assertEquals(cursor, next.cursor());
  }

  @Test
  void callerSuppliedCursorsAreStillChecked() {
    InvalidRequestException tooLong = assertThrows(InvalidRequestException.class,
        () -> KlaraListApplicationsParams.builder().cursor("c".repeat(KlaraListApplicationsParams.MAX_CURSOR_LENGTH + 1))
            .build());
    InvalidRequestException twoLines = assertThrows(InvalidRequestException.class,
        () -> KlaraListApplicationsParams.none().withCursor("a\nb"));

    assertEquals("cursor", tooLong.problems().get(0).field());
    assertEquals("cursor", twoLines.problems().get(0).field());
    assertEquals(List.of(new ValidationProblem("cursor", "must not be blank")), assertThrows(
        InvalidRequestException.class, () -> KlaraListApplicationsParams.none().withCursor("  ")).problems());
    assertEquals(0, t.server.getRequestCount());
  }

  @Test
  void aCreatedApplicationWhoseLinkHasASpaceAndAPipeDecodes() {
    t.enqueue(201, "{\"application_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"link\":\"" + ODD_LINK + "\","
        + "\"participants\":[]}");

    KlaraCreateApplicationResponse created = t.klara.applications().create(KlaraCreateApplicationRequest.builder()
        .configId("kyc-standard").primaryContact("Sophie Mitchell", "sophie@acme.com", null)
        .companyName("Acme").country("IE").build());

    assertEquals("550e8400-e29b-41d4-a716-446655440000", created.applicationId());
    assertEquals(ODD_LINK_ENCODED, created.link());
  }

  @Test
  void aRefreshedPreAuthLinkWithASpaceAndAPipeDecodes() {
    t.enqueue(201, "{\"pre_auth_code\":\"R4T8W2X6Y9Z1A3B5\",\"link\":\"" + ODD_LINK + "?auth_code=R4T8W2X6Y9Z1A3B5\","
        + "\"expires_at\":\"2026-03-05T14:30:00.000Z\",\"participant_id\":\"p1\",\"already_verified\":false}");

    KlaraRefreshPreAuthResponse refreshed = t.klara.applications().refreshPreAuth("app-1");

    assertEquals(URI.create(ODD_LINK_ENCODED + "?auth_code=R4T8W2X6Y9Z1A3B5"), refreshed.link());
    assertEquals("R4T8W2X6Y9Z1A3B5", refreshed.preAuthCode().reveal());
  }

  @Test
  void anRfiLinkWithASpaceAndAPipeDecodes() {
    t.enqueue(201, "{\"request_id\":\"r1\",\"link\":\"" + ODD_LINK + "\",\"status\":\"active\"}");

    KlaraCreateRfiRequestResponse created = t.klara.rfiRequests().create(KlaraCreateRfiRequest.builder().companyName("Acme")
        .country("IE").primaryContact("A", "a@b.co", null).build());

    assertEquals("r1", created.requestId());
    assertEquals(ODD_LINK_ENCODED, created.link());
  }
}
