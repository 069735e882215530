package dev.onboardkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.applications.DiditApplication;
import dev.onboardkit.didit.applications.DiditCreateApplicationRequest;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraCreateApplicationResponse;
import dev.onboardkit.testkit.Exchange;
import dev.onboardkit.testkit.RequestMatcher;
import dev.onboardkit.testkit.didit.DiditVerifiedAccount;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A 429 means the server refused the request without acting on it: creates are retried on it, honouring the wait,
 * and create exactly one record. Sign-ins are not: a login throttle or lockout is reported at once, never slept on.
 */
class RateLimitedCreatesTest {
  static final String PASSWORD = "R4te-Limited!pass";

  static List<Integer> statuses(List<Exchange> exchanges) {
    return exchanges.stream().map(e -> e.status().orElse(-1)).toList();
  }

  @Test
  void aKlaraCreateAnswered429Then201IsSentTwiceAndCreatesOneApplication() {
    TestSleeper sleeper = TestSleeper.immediate();
    try (FakeKlaraServer fake = FakeKlaraServer.start();
        KlaraClient klara = KlaraClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.issueApiKey())
            .sleeper(sleeper).build()) {
      fake.faults().failNext(1, RequestMatcher.of("POST", "/applications"), 429,
          "{\"error\":\"Too many requests\"}", Map.of("Retry-After-Ms", "1200"));

      ApiResponse<KlaraCreateApplicationResponse> created = klara.applications().withRawResponse()
          .create(BrokenBodiesTest.createRequest());

      assertEquals(2, created.attempts());
      assertEquals(List.of(429, 201), statuses(fake.exchanges()));
      assertEquals(List.of(Duration.ofMillis(1200)), sleeper.waits(), "the server's wait, honoured");
      assertEquals(1, fake.createdCount());
      assertEquals(created.value().applicationId(), fake.createdApplications().get(0).id());
      Figures.report("Klara create answered 429 (Retry-After-Ms 1200) then 201: requests 2, waited "
          + sleeper.waits() + ", applications created 1");
    }
  }

  @Test
  void aDiditCreateAnswered429Then201IsSentTwiceAndCreatesOneApplication() {
    TestSleeper sleeper = TestSleeper.immediate();
    try (FakeDiditServer fake = FakeDiditServer.start()) {
      DiditVerifiedAccount account = fake.createVerifiedAccount("throttled@acme-reseller.io", PASSWORD);
      String org = account.organizationId();
      int before = fake.createdApplications(org).size();
      try (DiditAuthClient didit = DiditAuthClient.builder().baseUrl(fake.baseUrl())
          .accessToken(account.accessToken()).sleeper(sleeper).build()) {
        fake.faults().failNext(1, RequestMatcher.of("POST", "/organizations/me/*"), 429,
            "{\"detail\":\"Request was throttled.\",\"wait\":2}");

        ApiResponse<DiditApplication> created = didit.applications(org).withRawResponse()
            .create(DiditCreateApplicationRequest.builder().name("Throttled Customer").build());

        assertEquals(2, created.attempts());
        assertEquals(List.of(Duration.ofSeconds(2)), sleeper.waits(), "the body's wait, honoured");
        assertEquals(before + 1, fake.createdApplications(org).size());
        assertEquals(created.value().uuid(), fake.createdApplications(org).get(before).uuid());
        assertEquals(List.of(429, 201), statuses(fake.exchanges().stream()
            .filter(e -> e.method().equals("POST") && e.path().contains("/applications")).toList()));
        SuiteSecrets.addAll(fake.issuedSecrets());
        Figures.report("Didit create answered 429 (wait 2) then 201: requests 2, waited " + sleeper.waits()
            + ", applications created 1");
      }
    }
  }

  @Test
  void aCreateWhoseWaitIsLongerThanMaxRetryAfterFailsAtOnce() {
    TestSleeper sleeper = TestSleeper.immediate();
    try (FakeKlaraServer fake = FakeKlaraServer.start();
        KlaraClient klara = KlaraClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.issueApiKey())
            .sleeper(sleeper).maxRetryAfter(Duration.ofSeconds(10)).build()) {
      fake.faults().failNext(1, RequestMatcher.of("POST", "/applications"), 429,
          "{\"error\":\"Too many requests\"}", Map.of("Retry-After", "11"));

      RateLimitException e = assertThrows(RateLimitException.class,
          () -> klara.applications().create(BrokenBodiesTest.createRequest()));

      assertEquals(Optional.of(Duration.ofSeconds(11)), e.retryAfter());
      assertEquals(1, e.attempts());
      assertFalse(e.outcomeUnknown());
      assertEquals(List.of(), sleeper.waits());
      assertEquals(0, fake.createdCount());
      assertEquals(1, fake.exchanges().size());
    }
  }

  @Test
  void aSignInThrottledWithAShortWaitIsReportedAtOnceAndNeverSleptOn() {
    TestSleeper sleeper = TestSleeper.immediate();
    try (FakeDiditServer fake = FakeDiditServer.start()) {
      DiditVerifiedAccount account = fake.createVerifiedAccount("locked@acme-reseller.io", PASSWORD);
      try (DiditAuthClient anonymous =
          DiditAuthClient.builder().anonymous().baseUrl(fake.baseUrl()).sleeper(sleeper).build()) {
        fake.faults().failNext(1, RequestMatcher.of("POST", "/programmatic/login/"), 429,
            "{\"detail\":\"Request was throttled.\",\"wait\":1}");

        RateLimitException e = assertThrows(RateLimitException.class,
            () -> anonymous.account().login(account.email(), PASSWORD));

        assertEquals(Optional.of(Duration.ofSeconds(1)), e.retryAfter());
        assertEquals(1, e.attempts());
        assertEquals(List.of(), sleeper.waits());
        assertEquals(1, fake.exchanges().stream().filter(x -> x.path().endsWith("/programmatic/login/")).count());
        assertEquals(0, fake.loginCount(account.email()));
        SuiteSecrets.addAll(fake.issuedSecrets());
        Figures.report("Didit login answered 429 with wait 1 s: RateLimitException at once, attempts 1, waits 0,"
            + " logins 0");
      }
    }
  }
}
