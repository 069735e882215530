package dev.onboardkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.benchmarks.generated.model.Application;
import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.core.internal.http.UserAgent;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.applications.DiditApplication;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraCreateApplicationResponse;
import dev.onboardkit.klara.applications.KlaraListApplicationsParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Proves the comparison is fair: every side sends the same bytes and headers, and decodes the same values. */
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
  void generatedDiditClientSendsTheSameRequestAndDecodesTheSameFields() throws Exception {
    try (DiditAuthClient didit = Sides.didit(recording(1, 1), Canned.DIDIT_BASE)) {
      DiditApplication sdk = didit.applications(Canned.DIDIT_ORG).create(Sides.diditRequest());
      Application generated = Sides.generatedDidit(recording(1, 1), Canned.DIDIT_BASE)
          .create(GeneratedDidit.sampleBody());

      Request sdkRequest = seen.get(0);
      Request generatedRequest = seen.get(1);
      assertEquals(sdkRequest.method(), generatedRequest.method());
      assertEquals(sdkRequest.url(), generatedRequest.url());
      assertEquals(body(sdkRequest), body(generatedRequest));
      for (String header : List.of("Authorization", "Accept", "User-Agent", "X-Retry-Count")) {
        assertEquals(sdkRequest.header(header), generatedRequest.header(header), header);
      }
      // The one difference on the wire is the generated client's: OkHttp adds the charset to a body made from a
      // String (the SDK and the hand-written side send bytes), so its Content-Type carries "; charset=utf-8".
      assertEquals("application/json", sdkRequest.body().contentType().toString());
      assertEquals("application/json; charset=utf-8", generatedRequest.body().contentType().toString());
      assertEquals(sdkRequest.body().contentLength(), generatedRequest.body().contentLength());

      assertEquals(sdk.uuid(), generated.getUuid());
      assertEquals(sdk.name(), generated.getName());
      assertEquals(sdk.clientId(), generated.getClientId());
      assertEquals(sdk.apiKey().get().reveal(), generated.getApiKey());
      assertEquals(sdk.websiteUrl().get(), generated.getWebsiteUrl());
      assertEquals(sdk.redirectUris(), generated.getRedirectUris());
      assertEquals(sdk.termsUrl().get(), generated.getTermsUrl());
      assertEquals(sdk.privacyUrl().get(), generated.getPrivacyUrl());
      assertEquals(Optional.empty(), sdk.description());
      assertNull(generated.getDescription());
      assertEquals(sdk.createdAt().get(), generated.getCreatedAt().toInstant());
    }
  }

  @Test
  void theSidesWithoutTheSdkSendTheSdksUserAgent() {
    assertEquals(UserAgent.of("klara-client", null), PlainUserAgent.of("klara-client"));
    assertEquals(UserAgent.of("didit-client", null), PlainUserAgent.of("didit-client"));
  }

  @Test
  void bothSidesDecodeTheSameFieldErrors() throws Exception {
    try (DiditAuthClient didit = Sides.didit(recording(1, 1), Canned.DIDIT_BASE)) {
      BadRequestException sdk = assertThrows(BadRequestException.class,
          () -> didit.applications(Canned.DIDIT_ORG).create(Sides.diditRequest(), ErrorPathBenchmark.INVALID_CASE));
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
