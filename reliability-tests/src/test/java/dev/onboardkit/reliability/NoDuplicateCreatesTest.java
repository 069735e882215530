package dev.onboardkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Timeouts;
import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.ApiTimeoutException;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.error.TimeoutKind;
import dev.onboardkit.core.retry.Sleeper;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.testkit.Exchange;
import dev.onboardkit.testkit.FakeServer;
import dev.onboardkit.testkit.InjectedFault;
import dev.onboardkit.testkit.RequestMatcher;
import dev.onboardkit.testkit.didit.DiditApplicationRecord;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.didit.DiditVerifiedAccount;
import dev.onboardkit.testkit.klara.KlaraApplicationSnapshot;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Item 2, no duplicates: 1,000 tagged creates (500 Klara applications, 500 Didit applications) from 16 threads, with
 * faults injected after the fake processed the request (dropped connection, read timeout, 502) and, as a control,
 * faults before processing (503 with a retry hint, a dropped connection) and a 429 before processing, after which
 * the create is sent again and succeeds. No tag is ever created twice, every success created exactly one record,
 * every call that got no definite answer raised an outcome-unknown error after exactly one attempt, and every call the
 * fake never processed created nothing.
 */
class NoDuplicateCreatesTest {
  static final String CALL_HEADER = "X-Test-Call";
  static final int PER_VENDOR = 500;
  static final int THREADS = 16;
  static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(250);
  static final Duration SERVER_DELAY = Duration.ofMillis(1000);

  /** What happens to call {@code i}. */
  enum Plan {
    NORMAL(true),
    DROP_AFTER_PROCESSING(true),
    BAD_GATEWAY_AFTER_PROCESSING(true),
    READ_TIMEOUT_AFTER_PROCESSING(true),
    UNAVAILABLE_503_BEFORE_PROCESSING(false),
    RATE_LIMITED_429_THEN_CREATED(true),
    DROP_BEFORE_PROCESSING(false);

    final boolean processed;

    Plan(boolean processed) {
      this.processed = processed;
    }
  }

  static Plan plan(int i) {
    if (i % 10 == 1) {
      return Plan.DROP_AFTER_PROCESSING;
    }
    if (i % 10 == 2) {
      return Plan.BAD_GATEWAY_AFTER_PROCESSING;
    }
    switch (i % 50) {
      case 3:
        return Plan.READ_TIMEOUT_AFTER_PROCESSING;
      case 13:
        return Plan.UNAVAILABLE_503_BEFORE_PROCESSING;
      case 23:
        return Plan.RATE_LIMITED_429_THEN_CREATED;
      case 33:
        return Plan.DROP_BEFORE_PROCESSING;
      default:
        return Plan.NORMAL;
    }
  }

  static InjectedFault inject(Plan plan, String retryCount) {
    switch (plan) {
      case DROP_AFTER_PROCESSING:
        return InjectedFault.dropAfterProcessing();
      case BAD_GATEWAY_AFTER_PROCESSING:
        return InjectedFault.failAfterProcessing(502, "<html><title>502 Bad Gateway</title></html>",
            Map.of("Content-Type", "text/html"));
      case READ_TIMEOUT_AFTER_PROCESSING:
        return InjectedFault.delayAfterProcessing(SERVER_DELAY);
      case UNAVAILABLE_503_BEFORE_PROCESSING:
        return InjectedFault.failInstead(503, "{\"error\":\"Service unavailable\"}", Map.of("Retry-After", "0.05"));
      case RATE_LIMITED_429_THEN_CREATED:
        // Refused once; the retry the 429 allows goes through.
        return retryCount.equals("0")
            ? InjectedFault.failInstead(429, "{\"error\":\"Too many requests\",\"wait\":0.05}")
            : null;
      case DROP_BEFORE_PROCESSING:
        return InjectedFault.dropBeforeProcessing();
      default:
        return null;
    }
  }

  static void installPlan(FakeServer fake, RequestMatcher creates, String prefix) {
    fake.faults().decideWith(creates, request -> {
      String tag = request.header(CALL_HEADER).orElse("");
      return tag.startsWith(prefix)
          ? inject(plan(Integer.parseInt(tag.substring(prefix.length()))), request.header("X-Retry-Count").orElse(""))
          : null;
    });
  }

  static RequestOptions options(String prefix, int i) {
    RequestOptions.Builder b = RequestOptions.builder().header(CALL_HEADER, prefix + i);
    if (plan(i) == Plan.READ_TIMEOUT_AFTER_PROCESSING) {
      b.timeouts(Timeouts.builder().read(SHORT_READ_TIMEOUT).build());
    }
    return b.build();
  }

  /** A create's result: the id it returned, or the exception. */
  record Result(String id, Throwable error) {}

  static Result[] runConcurrently(int calls, BiFunction<Integer, RequestOptions, String> create, String prefix)
      throws Exception {
    Result[] results = new Result[calls];
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        int call = i;
        futures.add(pool.submit(() -> {
          try {
            results[call] = new Result(create.apply(call, options(prefix, call)), null);
          } catch (Throwable e) {
            results[call] = new Result(null, e);
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    return results;
  }

  /**
   * Checks one vendor's results against the fake: {@code created} maps each tag to the ids the fake created for it.
   */
  static Map<Plan, Integer> verify(String vendor, String prefix, Result[] results, Map<Integer, List<String>> created,
      FakeServer fake) {
    Map<Integer, Integer> sent = new HashMap<>();
    for (Exchange e : fake.exchanges()) {
      String tag = e.header(CALL_HEADER).orElse("");
      if (tag.startsWith(prefix)) {
        sent.merge(Integer.parseInt(tag.substring(prefix.length())), 1, Integer::sum);
      }
    }
    Map<Plan, Integer> byPlan = new EnumMap<>(Plan.class);
    for (int i = 0; i < results.length; i++) {
      Plan plan = plan(i);
      byPlan.merge(plan, 1, Integer::sum);
      Result r = results[i];
      List<String> ids = created.getOrDefault(i, List.of());
      String where = vendor + " create " + prefix + i + " (" + plan + "): " + r + ", created " + ids;
      assertNotNull(r, where);
      assertTrue(ids.size() <= 1, "created twice: " + where);
      int expectedSends = plan == Plan.RATE_LIMITED_429_THEN_CREATED ? 2 : 1;
      assertEquals(expectedSends, sent.getOrDefault(i, 0),
          "a create is sent exactly once, twice after a 429: " + where);
      assertEquals(plan.processed ? 1 : 0, ids.size(), where);
      Throwable e = r.error();
      switch (plan) {
        case NORMAL:
          assertNull(e, where);
          assertEquals(ids.get(0), r.id(), "the success names the record the fake created: " + where);
          break;
        case DROP_AFTER_PROCESSING: {
          ApiConnectionException ace = assertInstanceOf(ApiConnectionException.class, e, where);
          assertFalse(ace instanceof ApiTimeoutException, where);
          assertTrue(ace.requestSent(), where);
          assertTrue(ace.outcomeUnknown(), where);
          assertEquals(1, ace.attempts(), where);
          break;
        }
        case READ_TIMEOUT_AFTER_PROCESSING: {
          ApiTimeoutException ate = assertInstanceOf(ApiTimeoutException.class, e, where);
          assertEquals(TimeoutKind.READ, ate.kind(), where);
          assertTrue(ate.outcomeUnknown(), where);
          assertEquals(1, ate.attempts(), where);
          break;
        }
        case BAD_GATEWAY_AFTER_PROCESSING: {
          InternalServerException ise = assertInstanceOf(InternalServerException.class, e, where);
          assertEquals(502, ise.statusCode(), where);
          assertTrue(ise.outcomeUnknown(), where);
          assertEquals(1, ise.attempts(), where);
          break;
        }
        case UNAVAILABLE_503_BEFORE_PROCESSING: {
          InternalServerException ise = assertInstanceOf(InternalServerException.class, e, where);
          assertEquals(503, ise.statusCode(), where);
          assertEquals(Duration.ofMillis(50), ise.retryAfter().orElseThrow(), where);
          assertFalse(ise.outcomeUnknown(), "a 503 with a retry hint was not processed: " + where);
          assertEquals(1, ise.attempts(), "a create is never retried after a response: " + where);
          break;
        }
        case RATE_LIMITED_429_THEN_CREATED:
          assertNull(e, "a create refused with 429 is sent again after the wait: " + where);
          assertEquals(ids.get(0), r.id(), where);
          break;
        default: {
          ApiConnectionException ace = assertInstanceOf(ApiConnectionException.class, e, where);
          assertTrue(ace.requestSent(), "the request was written before the drop: " + where);
          assertTrue(ace.outcomeUnknown(), "the client cannot know the fake did nothing: " + where);
          assertEquals(1, ace.attempts(), where);
        }
      }
    }
    return byPlan;
  }

  @Test
  void thousandCreates500Klara500Didit16ThreadsWithFaultsAfterProcessingNeverDuplicateAndReportOutcomeUnknown()
      throws Exception {
    try (FakeKlaraServer klaraFake = FakeKlaraServer.start();
        FakeDiditServer diditFake = FakeDiditServer.start();
        KlaraClient klara = KlaraClient.builder().baseUrl(klaraFake.baseUrl()).apiKey(klaraFake.issueApiKey())
            .build()) {
      diditFake.rateLimits(false);
      DiditVerifiedAccount account = diditFake.createVerifiedAccount("creates@acme-reseller.io", "Cr3ate-Many!pass");
      String org = account.organizationId();
      installPlan(klaraFake, RequestMatcher.of("POST", "/applications"), "k-");
      installPlan(diditFake, RequestMatcher.of("POST", "/organizations/me/*"), "d-");
      try (DiditAuthClient didit = DiditAuthClient.builder().baseUrl(diditFake.baseUrl())
          .accessToken(account.accessToken()).build()) {
        long start = System.nanoTime();
        CompletableFuture<Result[]> klaraRun = CompletableFuture.supplyAsync(() -> {
          try {
            return runConcurrently(PER_VENDOR, (i, options) -> klara.applications().create(
                KlaraCreateApplicationRequest.builder().configId("kyc-standard")
                    .primaryContact("Contact " + i, "c" + i + "@nodup.example.net", null)
                    .companyName("NoDup Klara " + i).country("IE").build(), options).applicationId(), "k-");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
        Result[] diditResults = runConcurrently(PER_VENDOR, (i, options) -> didit.applications(org).create(
            dev.onboardkit.didit.applications.DiditCreateApplicationRequest.builder().name("NoDup Didit " + i)
                .websiteUrl("https://customer" + i + ".example.com").build(), options).uuid(), "d-");
        Result[] klaraResults = klaraRun.get(90, TimeUnit.SECONDS);
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        // Requests whose clients timed out are still being answered; wait until the fakes recorded all 1,000.
        assertTrue(klaraFake.awaitExchanges(PER_VENDOR, Duration.ofSeconds(10)));
        assertTrue(diditFake.awaitExchanges(PER_VENDOR, Duration.ofSeconds(10)));

        Map<Integer, List<String>> klaraCreated = new HashMap<>();
        for (KlaraApplicationSnapshot a : klaraFake.createdApplications()) {
          klaraCreated.computeIfAbsent(tagOf(a.companyName(), "NoDup Klara "), k -> new ArrayList<>()).add(a.id());
        }
        Map<Integer, List<String>> diditCreated = new HashMap<>();
        for (DiditApplicationRecord a : diditFake.createdApplications(org)) {
          diditCreated.computeIfAbsent(tagOf(a.name(), "NoDup Didit "), k -> new ArrayList<>()).add(a.uuid());
        }
        Map<Plan, Integer> klaraPlans = verify("Klara", "k-", klaraResults, klaraCreated, klaraFake);
        Map<Plan, Integer> diditPlans = verify("Didit", "d-", diditResults, diditCreated, diditFake);
        assertEquals(klaraPlans, diditPlans);

        int processed = 0;
        int unknown = 0;
        int successes = 0;
        for (Result[] rs : List.of(klaraResults, diditResults)) {
          for (int i = 0; i < rs.length; i++) {
            processed += plan(i).processed ? 1 : 0;
            successes += rs[i].error() == null ? 1 : 0;
            unknown += rs[i].error() instanceof OnboardKitException
                && ((OnboardKitException) rs[i].error()).outcomeUnknown() ? 1 : 0;
          }
        }
        int created = klaraFake.createdCount() + diditFake.createdApplications(org).size();
        assertEquals(processed, created);
        assertEquals(0, klaraCreated.values().stream().filter(l -> l.size() > 1).count()
            + diditCreated.values().stream().filter(l -> l.size() > 1).count());
        SuiteSecrets.addAll(klaraFake.issuedSecrets());
        SuiteSecrets.addAll(diditFake.issuedSecrets());
        Figures.report("1000 creates (500 Klara + 500 Didit), "
            + THREADS + " threads per vendor; plan per vendor " + klaraPlans + "; " + successes + " succeeded, "
            + unknown + " outcome-unknown (dropped/timed out/502 after processing, dropped before), "
            + created + " records created = " + processed + " processed, 0 tags created twice, every create sent"
            + " exactly once except the 429s, sent twice; run " + tookMs + " ms");
      }
    }
  }

  static int tagOf(String name, String prefix) {
    assertTrue(name.startsWith(prefix), name);
    return Integer.parseInt(name.substring(prefix.length()));
  }

  @Test
  void createsThatProvablyNeverLeftTheClientAreRetried3TimesAndReportedAsSafeToRepeat() throws Exception {
    int port;
    InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    try (ServerSocket s = new ServerSocket(0, 1, loopback)) {
      port = s.getLocalPort();
    }
    List<Duration> waits = new CopyOnWriteArrayList<>();
    Sleeper recording = new Sleeper() {
      @Override
      public void sleep(Duration duration) {
        waits.add(duration);
      }

      @Override
      public CompletableFuture<Void> sleepAsync(Duration duration) {
        waits.add(duration);
        return CompletableFuture.completedFuture(null);
      }
    };
    URI klaraUrl = URI.create("http://127.0.0.1:" + port + "/api/external");
    URI diditUrl = URI.create("http://127.0.0.1:" + port + "/auth/v2");
    try (KlaraClient klara = KlaraClient.builder().baseUrl(klaraUrl)
            .apiKey("klara_0123456789abcdef01234567.abcdefghijklmnopqrstuvwxyzABCDEF").sleeper(recording).build();
        DiditAuthClient didit = DiditAuthClient.builder().baseUrl(diditUrl).accessToken("refused.connection.token")
            .sleeper(recording).build()) {
      ApiConnectionException k = assertThrows(ApiConnectionException.class, () -> klara.applications().create(
          KlaraCreateApplicationRequest.builder().configId("kyc-standard").primaryContact("A", "a@refused.example.net",
              null).companyName("Refused Ltd").country("IE").build()));
      ApiConnectionException d = assertThrows(ApiConnectionException.class, () -> didit.applications("org-1")
          .create(dev.onboardkit.didit.applications.DiditCreateApplicationRequest.builder().name("Refused").build()));
      for (ApiConnectionException e : List.of(k, d)) {
        assertFalse(e.requestSent(), e.getMessage());
        assertFalse(e.outcomeUnknown(), e.getMessage());
        assertEquals(3, e.attempts(), "a refused connection is provably unsent, so a create is retried");
        assertTrue(e.getMessage().contains("did not reach the server"), e.getMessage());
      }
      assertEquals(4, waits.size(), "two backoffs per create: " + waits);
      Figures.report("2 creates against a refused"
          + " port: each 3 attempts, requestSent=false, outcomeUnknown=false, backoffs " + waits);
    }
  }
}
