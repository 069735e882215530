package dev.onboardkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraCreateApplicationResponse;
import dev.onboardkit.klara.applications.KlaraListApplicationsParams;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Proves the comparison is fair: both sides send the same bytes and headers, and decode the same values. */
class BaselineEquivalenceTest {
  private final List<Request> seen = new ArrayList<>();

  private OkHttpClient recording(int pages, int perPage) {
    return new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seen.add(chain.request());
          return chain.proceed(chain.request());
        })
        .addInterceptor(new CannedInterceptor(pages, perPage))
        .build();
  }

  private static String body(Request r) throws Exception {
    Buffer b = new Buffer();
    r.body().writeTo(b);
    return b.readUtf8();
  }

  private static void assertSameWire(Request sdk, Request baseline) throws Exception {
    assertEquals(sdk.method(), baseline.method());
    assertEquals(sdk.url(), baseline.url());
    assertEquals(body(sdk), body(baseline));
    assertEquals(sdk.body().contentType(), baseline.body().contentType());
    for (String header : List.of("Authorization", "Accept", "User-Agent", "X-Retry-Count")) {
      assertEquals(sdk.header(header), baseline.header(header), header);
    }
  }

  @Test
  void klaraCreateSendsTheSameRequestAndDecodesTheSameFields() throws Exception {
    try (KlaraClient klara = Sides.klara(recording(1, 1), Canned.KLARA_BASE)) {
      KlaraCreateApplicationResponse sdk = klara.applications().create(Sides.klaraRequest());
      BaselineKlara.Created base = Sides.baselineKlara(recording(1, 1), Canned.KLARA_BASE).create(BaselineKlara.sampleBody());

      assertSameWire(seen.get(0), seen.get(1));
      assertEquals(sdk.applicationId(), base.applicationId);
      assertEquals(sdk.link(), base.link);
      assertEquals(sdk.preAuthCode().get().reveal(), base.preAuthCode);
      assertEquals(sdk.participants().get(0).linkSlug().get(), base.participants.get(0).linkSlug);
      assertEquals(sdk.participants().get(0).email().get(), base.participants.get(0).email);
    }
  }

  @Test
  void diditCreateSendsTheSameRequestAndDecodesTheSameFields() throws Exception {
    try (DiditAuthClient didit = Sides.didit(recording(1, 1), Canned.DIDIT_BASE)) {
      var sdk = didit.applications(Canned.DIDIT_ORG).create(Sides.diditRequest());
      BaselineDidit.Created base = Sides.baselineDidit(recording(1, 1), Canned.DIDIT_BASE)
          .create(BaselineDidit.sampleBody(), null);

      assertSameWire(seen.get(0), seen.get(1));
      assertEquals(sdk.uuid(), base.uuid);
      assertEquals(sdk.apiKey().get().reveal(), base.apiKey);
      assertEquals(sdk.redirectUris(), base.redirectUris);
      assertEquals(sdk.createdAt().get(), base.createdAt);
    }
  }

  @Test
  void bothSidesDecodeTheSameFieldErrors() throws Exception {
    try (DiditAuthClient didit = Sides.didit(recording(1, 1), Canned.DIDIT_BASE)) {
      BadRequestException sdk = assertThrows(BadRequestException.class,
          () -> didit.applications(Canned.DIDIT_ORG).create(Sides.diditRequest(), Sides.INVALID_CASE));
      BaselineDidit.ApiError base = assertThrows(BaselineDidit.ApiError.class,
          () -> Sides.baselineDidit(recording(1, 1), Canned.DIDIT_BASE).create(BaselineDidit.sampleBody(), "invalid"));

      assertEquals(400, sdk.statusCode());
      assertEquals(base.fieldErrors, sdk.fieldErrors());
    }
  }

  @Test
  void bothSidesPageThroughTheSameThousandApplications() throws Exception {
    try (KlaraClient klara = Sides.klara(recording(10, 100), Canned.KLARA_BASE)) {
      List<String> sdk = klara.applications().list(KlaraListApplicationsParams.builder().limit(100).build()).stream()
          .map(a -> a.id()).collect(Collectors.toList());
      List<String> base = new ArrayList<>();
      BaselineKlara baseline = Sides.baselineKlara(recording(10, 100), Canned.KLARA_BASE);
      String cursor = null;
      do {
        BaselineKlara.Page page = baseline.list(cursor);
        page.applications.forEach(a -> base.add(a.id));
        cursor = page.hasMore ? page.nextCursor : null;
      } while (cursor != null);

      assertEquals(1000, sdk.size());
      assertEquals(base, sdk);
      assertEquals(20, seen.size(), "10 pages each");
    }
  }
}
