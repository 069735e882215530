package dev.onboardkit.klara.applications;

import static dev.onboardkit.klara.support.TestKlara.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.core.paging.AsyncCursorPage;
import dev.onboardkit.core.paging.CursorPage;
import dev.onboardkit.klara.support.TestKlara;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Optional;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ListApplicationsTest {
  private final TestKlara t = new TestKlara();

  @AfterEach
  void close() {
    t.close();
  }

  static String item(String id) {
    return "{\"id\":\"" + id + "\",\"config_id\":\"kyc-standard\",\"status\":\"submitted\","
        + "\"company_name\":\"Company " + id + "\","
        + "\"primary_contact\":{\"email\":\"" + id + "@acme.com\",\"name\":\"Contact " + id + "\"},"
        + "\"documents\":[],\"created_at\":\"2026-03-01T09:00:00.000Z\",\"submitted_at\":null}";
  }

  static String page(String nextCursor, boolean hasMore, String... ids) {
    String items = List.of(ids).stream().map(ListApplicationsTest::item).collect(Collectors.joining(","));
    return "{\"applications\":[" + items + "],\"has_more\":" + hasMore + ",\"next_cursor\":"
        + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + "}";
  }

  private static KlaraListApplicationsParams submittedTwoPerPage() {
    return KlaraListApplicationsParams.builder().status(KlaraApplicationStatus.SUBMITTED).limit(2).build();
  }

  @Test
  void sendsTheFiltersAndDecodesThePage() {
    t.enqueue(200, "{\"applications\":[{\"id\":\"a1\",\"config_id\":\"kyc-standard\",\"status\":\"in_progress\","
        + "\"company_name\":\"Acme Financial Ltd\",\"primary_contact\":{\"email\":\"sophie@acme.com\","
        + "\"name\":\"Sophie Mitchell\"},\"documents\":[{\"id\":\"d1\",\"field_id\":\"f_incorporation\","
        + "\"file_name\":\"certificate.pdf\",\"status\":\"accepted\","
        + "\"download_url\":\"https://s3.example.com/d1?X-Amz-Signature=abc\"},"
        + "{\"id\":\"d2\",\"status\":\"quarantined\"}],"
        + "\"created_at\":\"2026-03-01T09:00:00.000Z\",\"submitted_at\":\"2026-03-02T09:00:00.000Z\"}],"
        + "\"has_more\":true,\"next_cursor\":\"cur_2\"}");

    CursorPage<KlaraApplicationSummary> page = t.klara.applications().list(KlaraListApplicationsParams.builder()
        .status(KlaraApplicationStatus.IN_PROGRESS).limit(100).cursor("cur 1/=").build());

    RecordedRequest r = t.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/api/external/applications?status=in_progress&limit=100&cursor=cur%201%2F%3D", r.getTarget());
    assertEquals("Bearer " + TestKlara.API_KEY, r.getHeaders().get("Authorization"));

    assertTrue(page.hasMore());
    assertEquals(Optional.of("cur_2"), page.nextCursor());
    KlaraApplicationSummary a = page.items().get(0);
    assertEquals("a1", a.id());
    assertEquals(KlaraApplicationStatus.IN_PROGRESS, a.status());
    assertEquals(Optional.of("Acme Financial Ltd"), a.companyName());
    assertEquals(Optional.of("sophie@acme.com"), a.primaryContact().orElseThrow().email());
    assertEquals(Optional.of("Sophie Mitchell"), a.primaryContact().orElseThrow().name());
    assertEquals(Instant.parse("2026-03-01T09:00:00Z"), a.createdAt());
    assertEquals(Optional.of(Instant.parse("2026-03-02T09:00:00Z")), a.submittedAt());
    KlaraApplicationDocument d = a.documents().get(0);
    assertEquals(Optional.of("f_incorporation"), d.fieldId());
    assertEquals(Optional.of("certificate.pdf"), d.fileName());
    assertEquals(KlaraDocumentStatus.ACCEPTED, d.status());
    assertEquals(Optional.of(URI.create("https://s3.example.com/d1?X-Amz-Signature=abc")), d.downloadUrl());
    assertFalse(d.toString().contains("X-Amz-Signature"), d.toString());
    assertEquals(KlaraDocumentStatus.UNKNOWN, a.documents().get(1).status());
    assertEquals(Optional.of("quarantined"), a.documents().get(1).statusRaw());
  }

  @Test
  void withoutParamsNoQueryIsSent() {
    t.enqueue(200, page(null, false));

    CursorPage<KlaraApplicationSummary> empty = t.klara.applications().list();

    assertEquals("/api/external/applications", t.take().getTarget());
    assertEquals(List.of(), empty.items());
    assertFalse(empty.hasNextPage());
  }

  @Test
  void autoPagingFetchesThreePagesLazilyWithTheSameFilters() {
    t.enqueue(200, page("cur_2", true, "a1", "a2"));
    t.enqueue(200, page("cur_3", true, "a3", "a4"));
    t.enqueue(200, page(null, false, "a5"));

    CursorPage<KlaraApplicationSummary> first = t.klara.applications().list(submittedTwoPerPage());
    assertEquals(1, t.server.getRequestCount());

    Iterator<KlaraApplicationSummary> it = first.autoPager().iterator();
    List<String> ids = new ArrayList<>();
    ids.add(it.next().id());
    ids.add(it.next().id());
    assertEquals(1, t.server.getRequestCount(), "the second page is fetched only when needed");
    ids.add(it.next().id());
    assertEquals(2, t.server.getRequestCount());
    it.forEachRemaining(a -> ids.add(a.id()));

    assertEquals(List.of("a1", "a2", "a3", "a4", "a5"), ids);
    assertEquals(3, t.server.getRequestCount());
    assertEquals(List.of(
        "/api/external/applications?status=submitted&limit=2",
        "/api/external/applications?status=submitted&limit=2&cursor=cur_2",
        "/api/external/applications?status=submitted&limit=2&cursor=cur_3"),
        t.takeAll().stream().map(RecordedRequest::getTarget).collect(Collectors.toList()));
  }

  @Test
  void streamFollowsCursorsAndStopsOnHasMoreFalse() {
    t.enqueue(200, page("cur_2", true, "a1"));
    t.enqueue(200, page("cur_3", true, "a2"));
    t.enqueue(200, page("cur_4", false, "a3"));
    t.enqueue(200, page(null, false, "never"));

    List<String> ids = t.klara.applications().list(submittedTwoPerPage(),
            RequestOptions.builder().header("X-Trace", "t1").build())
        .stream().map(KlaraApplicationSummary::id).collect(Collectors.toList());

    assertEquals(List.of("a1", "a2", "a3"), ids);
    assertEquals(3, t.server.getRequestCount());
    for (RecordedRequest r : t.takeAll()) {
      assertEquals("t1", r.getHeaders().get("X-Trace"), "per-call options apply to every page");
    }
  }

  @Test
  void stopsWhenTheCursorIsMissingEvenIfHasMoreIsTrue() {
    t.enqueue(200, page("cur_2", true, "a1"));
    t.enqueue(200, "{\"applications\":[" + item("a2") + "],\"has_more\":true}");

    List<String> ids = t.klara.applications().list().stream().map(KlaraApplicationSummary::id)
        .collect(Collectors.toList());

    assertEquals(List.of("a1", "a2"), ids);
    assertEquals(2, t.server.getRequestCount());
  }

  @Test
  void nextPageCanBeFetchedByHand() {
    t.enqueue(200, page("cur_2", true, "a1"));
    t.enqueue(200, page(null, false, "a2"));

    CursorPage<KlaraApplicationSummary> first = t.klara.applications().list(submittedTwoPerPage());
    CursorPage<KlaraApplicationSummary> second = first.nextPage().orElseThrow();

    assertEquals("a2", second.items().get(0).id());
    assertEquals(Optional.empty(), second.nextPage());
  }

  @Test
  void asyncListReturnsTheFirstPageAndRawListKeepsTheStatus() {
    t.enqueue(200, page("cur_2", true, "a1"));
    t.enqueue(200, page(null, false, "a2"));
    t.enqueue(200, page(null, false, "b1"));

    AsyncCursorPage<KlaraApplicationSummary> first =
        await(t.klara.async().applications().list(submittedTwoPerPage()));
    List<String> ids = new CopyOnWriteArrayList<>();
    await(first.forEach(summary -> ids.add(summary.id()), Runnable::run));
    assertEquals(List.of("a1", "a2"), ids);

    ApiResponse<AsyncCursorPage<KlaraApplicationSummary>> raw =
        await(t.klara.async().applications().withRawResponse().list());
    assertEquals(200, raw.statusCode());
    assertEquals("b1", raw.value().items().get(0).id());
    assertEquals(3, t.server.getRequestCount());
  }

  @Test
  void asyncForEachFetchesEveryPageWithTheSameFiltersWithoutBlockingTheCaller() {
    t.enqueue(200, page("cur_2", true, "a1", "a2"));
    t.enqueue(200, page("cur_3", true, "a3"));
    t.enqueue(200, page(null, false, "a4"));
    ExecutorService walker = Executors.newSingleThreadExecutor(r -> new Thread(r, "walker"));
    try {
      List<String> seen = new CopyOnWriteArrayList<>();
      List<String> threads = new CopyOnWriteArrayList<>();
      AsyncCursorPage<KlaraApplicationSummary> first =
          await(t.klara.async().applications().list(submittedTwoPerPage()));
      await(first.forEach(summary -> {
        seen.add(summary.id());
        threads.add(Thread.currentThread().getName());
      }, walker));

      assertEquals(List.of("a1", "a2", "a3", "a4"), seen);
      assertEquals(List.of("walker"), threads.stream().distinct().collect(Collectors.toList()));
      assertEquals(List.of(
              "/api/external/applications?status=submitted&limit=2",
              "/api/external/applications?status=submitted&limit=2&cursor=cur_2",
              "/api/external/applications?status=submitted&limit=2&cursor=cur_3"),
          t.takeAll().stream().map(RecordedRequest::getTarget).collect(Collectors.toList()));
    } finally {
      walker.shutdownNow();
    }
  }

  @Test
  void asyncForEachWhileThatStopsOnTheFirstPageSendsNoFurtherRequest() {
    t.enqueue(200, page("cur_2", true, "a1", "a2"));
    List<String> seen = new CopyOnWriteArrayList<>();
    AsyncCursorPage<KlaraApplicationSummary> first = await(t.klara.async().applications().list());
    await(first.forEachWhile(summary -> {
      seen.add(summary.id());
      return false;
    }, Runnable::run));
    assertEquals(List.of("a1"), seen);
    assertEquals(1, t.server.getRequestCount());
  }

  @Test
  void limitOutsideOneToHundredAndUnknownStatusAreRejected() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> KlaraListApplicationsParams.builder()
        .status(KlaraApplicationStatus.UNKNOWN).limit(101).cursor(" ").build());
    assertEquals(List.of(
        new ValidationProblem("status", "must be a known status, not UNKNOWN"),
        new ValidationProblem("limit", "must be between 1 and 100"),
        new ValidationProblem("cursor", "must not be blank")), e.problems());

    InvalidRequestException zero = assertThrows(InvalidRequestException.class,
        () -> KlaraListApplicationsParams.builder().limit(0).build());
    assertEquals(List.of(new ValidationProblem("limit", "must be between 1 and 100")), zero.problems());
    assertEquals(Integer.valueOf(1), KlaraListApplicationsParams.builder().limit(1).build().limit());

    InvalidRequestException nullParams = assertThrows(InvalidRequestException.class,
        () -> t.klara.applications().list((KlaraListApplicationsParams) null));
    assertEquals(List.of(new ValidationProblem("params", "is required")), nullParams.problems());
    assertEquals(0, t.server.getRequestCount());
  }

  @Test
  void aStatusTheSdkDoesNotKnowIsSentRawOnEveryPage() {
    t.enqueue(200, page("cur_2", true, "a1"));
    t.enqueue(200, page(null, false, "a2"));

    List<String> ids = t.klara.applications().list(KlaraListApplicationsParams.builder().statusRaw("cancelled")
        .limit(1).build()).stream().map(KlaraApplicationSummary::id).collect(Collectors.toList());

    assertEquals(List.of("a1", "a2"), ids);
    assertEquals(List.of(
        "/api/external/applications?status=cancelled&limit=1",
        "/api/external/applications?status=cancelled&limit=1&cursor=cur_2"),
        t.takeAll().stream().map(RecordedRequest::getTarget).collect(Collectors.toList()));
  }

  @Test
  void aRawStatusIsCheckedForFormatOnlyAndNotTogetherWithATypedOne() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> KlaraListApplicationsParams.builder()
        .status(KlaraApplicationStatus.SUBMITTED).statusRaw("cancelled").build());
    InvalidRequestException blank = assertThrows(InvalidRequestException.class,
        () -> KlaraListApplicationsParams.builder().statusRaw(" ").build());
    InvalidRequestException lines = assertThrows(InvalidRequestException.class,
        () -> KlaraListApplicationsParams.builder().statusRaw("a\nb").build());

    assertEquals(List.of(new ValidationProblem("statusRaw", "must not be set together with status: set one of them")),
        e.problems());
    assertEquals(List.of(new ValidationProblem("statusRaw", "must not be blank")), blank.problems());
    assertEquals(List.of(new ValidationProblem("statusRaw", "must not contain line breaks or control characters")),
        lines.problems());
    assertEquals("in review", KlaraListApplicationsParams.builder().statusRaw("in review").build().statusWireValue());
    assertEquals("submitted", submittedTwoPerPage().statusWireValue());
    assertEquals(null, KlaraListApplicationsParams.none().statusWireValue());
  }

  @Test
  void anExtraQueryParameterReplacesTheTypedStatusFilter() {
    t.enqueue(200, page(null, false, "a1"));

    t.klara.applications().list(submittedTwoPerPage(),
        RequestOptions.builder().queryParam("status", "cancelled").queryParam("sort", "-created_at").build());

    assertEquals("/api/external/applications?limit=2&status=cancelled&sort=-created_at", t.take().getTarget());
  }
}
