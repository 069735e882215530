package dev.onboardkit.reliability;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Timeouts;
import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.ApiTimeoutException;
import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.NotFoundException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.paging.CursorPage;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraApplicationSummary;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.klara.applications.KlaraCreateApplicationResponse;
import dev.onboardkit.klara.applications.KlaraListApplicationsParams;
import dev.onboardkit.klara.applications.KlaraRefreshPreAuthResponse;
import dev.onboardkit.klara.rfi.KlaraCreateRfiRequest;
import dev.onboardkit.klara.rfi.KlaraCreateRfiRequestResponse;
import dev.onboardkit.testkit.RequestMatcher;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Klara's error paths: a missing scope, server echoes of the API key, 429, decoding failures with a planted pre-auth
 * code, drops, a 502 and a timeout after processing, a revoked key; plus the successful calls, raw and async.
 */
final class KlaraHygieneRun {
  private KlaraHygieneRun() {}

  static void run(LeakCollector c) throws Exception {
    try (FakeKlaraServer fake = FakeKlaraServer.start()) {
      String key = fake.issueApiKey();
      String readOnly = fake.issueApiKey(FakeKlaraServer.SCOPE_APPLICATIONS_READ);
      try (KlaraClient klara = KlaraClient.builder().baseUrl(fake.baseUrl()).apiKey(key).build();
          KlaraClient reader = KlaraClient.builder().baseUrl(fake.baseUrl()).apiKey(readOnly).build()) {
        KlaraCreateApplicationRequest request = KlaraCreateApplicationRequest.builder().configId("kyc-standard")
            .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO").companyName("Hygiene Ltd").country("IE")
            .preAuth(true).build();
        c.seen(request);
        KlaraCreateApplicationResponse created = klara.applications().create(request);
        c.seen(created);
        c.secret(created.preAuthCode().orElseThrow().reveal());
        String id = created.applicationId();
        ApiResponse<KlaraRefreshPreAuthResponse> refreshed = klara.applications().withRawResponse().refreshPreAuth(id);
        c.seen(refreshed);
        c.seen(refreshed.value());
        c.secret(refreshed.value().preAuthCode().reveal());
        c.seen(klara.applications().retrieve(id));
        CursorPage<KlaraApplicationSummary> page =
            klara.applications().list(KlaraListApplicationsParams.builder().limit(1).build());
        c.seen(page);
        page.items().forEach(c::seen);
        KlaraCreateRfiRequestResponse rfi = klara.rfiRequests().create(KlaraCreateRfiRequest.builder()
            .companyName("Hygiene Ltd").country("IE").primaryContact("Sophie Mitchell", "sophie@acme.com", null)
            .preAuthenticated(true).build());
        c.seen(rfi);
        c.secret(rfi.preAuthCode().orElseThrow().reveal());

        c.expect(AuthenticationException.class, () -> reader.applications().create(request));
        // A server echoing the API key: message, stack trace and the decoded error() (its message, field errors and
        // toString) must all stay clean.
        String echoed = "{\"error\":\"Invalid API key " + key + "\",\"message\":\"Bearer " + key + " rejected\"}";
        fake.faults().failNext(1, RequestMatcher.method("GET"), 401, echoed);
        c.expect(AuthenticationException.class, () -> klara.applications().retrieve(id));
        fake.faults().failNext(1, RequestMatcher.method("GET"), 429, "{\"error\":\"Too many requests\",\"wait\":3600}");
        c.expect(RateLimitException.class, () -> klara.applications().retrieve(id));
        String planted = "PLANTEDPREAUTH01";
        c.secret(planted);
        fake.faults().failNext(1, RequestMatcher.of("POST", "/applications/*"), 200, "{\"pre_auth_code\":\"" + planted
            + "\",\"link\":\"https://app.klara-ai.com/apply/x?auth_code=" + planted + "\",\"expires_at\":\"soon\","
            + "\"participant_id\":\"p\"}");
        c.expect(ResponseDecodingException.class, () -> klara.applications().refreshPreAuth(id));
        fake.faults().dropAfterProcessing(1, RequestMatcher.of("POST", "/applications"));
        c.expect(ApiConnectionException.class, () -> klara.applications().create(request));
        fake.faults().failAfterProcessing(1, RequestMatcher.of("POST", "/applications"), 502,
            "<html><title>502 Bad Gateway</title></html>", Map.of("Content-Type", "text/html"));
        c.expect(InternalServerException.class, () -> klara.applications().create(request));
        fake.faults().delayNext(1, RequestMatcher.method("GET"), Duration.ofMillis(400));
        c.expect(ApiTimeoutException.class, () -> klara.applications().retrieve(id, RequestOptions.builder()
            .timeouts(Timeouts.builder().read(Duration.ofMillis(150)).build()).maxRetries(0).build()));
        c.expect(NotFoundException.class, () -> klara.async().applications().retrieve("missing").get(10,
            TimeUnit.SECONDS));
        RequestOptions withSecretHeader = RequestOptions.builder().header("X-Api-Key", key)
            .header("Authorization", "Bearer " + key).build();
        c.seen(withSecretHeader);
        c.seen(klara.applications().retrieve(id, withSecretHeader));
        fake.revokeApiKey(key);
        c.expect(AuthenticationException.class, () -> klara.applications().list());
      }
      fake.issuedSecrets().forEach(c::secret);
      fake.createdApplications().forEach(a -> a.preAuthCode().ifPresent(c::secret));
    }
  }
}
