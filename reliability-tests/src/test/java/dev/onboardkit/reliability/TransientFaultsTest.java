package dev.onboardkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.ApiException;
import dev.onboardkit.core.error.ApiTimeoutException;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.testkit.Exchange;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.FakeServer;
import dev.onboardkit.testkit.InjectedFault;
import dev.onboardkit.testkit.RequestMatcher;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.didit.DiditVerifiedAccount;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Item 1, transient faults: one shared client, many threads, 10% of attempts failing transiently with a mix of
 * 503 + {@code Retry-After: 0.05}, a connection dropped before the request is processed, and 429 with
 * {@code wait: 0.05}. Faults are chosen by a {@code FaultDecider} as a pure function of (call id, attempt), so the
 * expected outcome of every call is computed before the run: a call fails exactly when its 3 attempts (the default 2
 * retries) are all faulted, with the exception of its third fault; every other call succeeds with attempts = faults
 * + 1. The real clock and sleeper are used, and every call carries a deadline it must not overrun.
 */
class TransientFaultsTest {
  static final String CALL_HEADER = "X-Test-Call";
  static final double FAULT_RATE = 0.10;
  static final Duration DEADLINE = Duration.ofSeconds(20);
  static final Duration SLACK = Duration.ofSeconds(2);
  static final int ATTEMPTS = 3;

  enum Fault { NONE, UNAVAILABLE_503, DROPPED, RATE_LIMITED_429 }

  /** The fault of attempt {@code attempt} (0-based) of call {@code call}: 10% of attempts, the three kinds alike. */
  static Fault planned(long seed, int call, int attempt) {
    if (Mix.unit(seed, call, attempt) >= FAULT_RATE) {
      return Fault.NONE;
    }
    int kind = (int) (Mix.unit(seed ^ 0x5DEECE66DL, call, attempt) * 3);
    return Fault.values()[1 + kind];
  }

  /** What a call is expected to do: the attempts it makes and, if it fails, the fault that ends it. */
  record Expected(int attempts, Fault finalFault, int faults) {
    boolean fails() {
      return finalFault != Fault.NONE;
    }
  }

  static Expected expected(long seed, int call) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (planned(seed, call, attempt) == Fault.NONE) {
        return new Expected(attempt + 1, Fault.NONE, attempt);
      }
    }
    return new Expected(ATTEMPTS, planned(seed, call, ATTEMPTS - 1), ATTEMPTS);
  }

  static InjectedFault inject(Fault fault, boolean didit) {
    switch (fault) {
      case UNAVAILABLE_503:
        return InjectedFault.failInstead(503, didit ? "{\"detail\":\"Service unavailable\"}"
            : "{\"error\":\"Service unavailable\"}", Map.of("Retry-After", "0.05"));
      case DROPPED:
        return InjectedFault.dropBeforeProcessing();
      case RATE_LIMITED_429:
        return InjectedFault.failInstead(429, didit ? "{\"detail\":\"Request was throttled.\",\"wait\":0.05}"
            : "{\"error\":\"Too many requests\",\"wait\":0.05}");
      default:
        return null;
    }
  }

  /** Installs the plan on a fake: only requests tagged {@code prefix + call} are faulted. */
  static void installPlan(FakeServer fake, long seed, String prefix, boolean didit) {
    fake.faults().decideWith(RequestMatcher.any(), request -> {
      String tag = request.header(CALL_HEADER).orElse("");
      if (!tag.startsWith(prefix)) {
        return null;
      }
      int call = Integer.parseInt(tag.substring(prefix.length()));
      int attempt = Integer.parseInt(request.header("X-Retry-Count").orElse("0"));
      return inject(planned(seed, call, attempt), didit);
    });
  }

  /** One call's result as the caller saw it. */
  record Outcome(int attempts, Throwable error, long elapsedNanos) {}

  /** Runs {@code threads x callsPerThread} calls; call {@code i} gets tag {@code prefix + i} and the deadline. */
  static Outcome[] run(int threads, int callsPerThread, String prefix, Function<Integer, Function<RequestOptions,
      ApiResponse<?>>> callFor) throws Exception {
    Outcome[] outcomes = new Outcome[threads * callsPerThread];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          for (int j = 0; j < callsPerThread; j++) {
            int call = thread * callsPerThread + j;
            RequestOptions options = RequestOptions.builder().header(CALL_HEADER, prefix + call).deadline(DEADLINE)
                .build();
            long start = System.nanoTime();
            try {
              ApiResponse<?> response = callFor.apply(call).apply(options);
              outcomes[call] = new Outcome(response.attempts(), null, System.nanoTime() - start);
            } catch (Throwable e) {
              outcomes[call] = new Outcome(-1, e, System.nanoTime() - start);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(90, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    return outcomes;
  }

  /**
   * Checks every call against its expectation and against the fake's exchange record; returns the summary figures.
   */
  static String verify(FakeServer fake, long seed, String prefix, Outcome[] outcomes) {
    Map<Integer, List<Exchange>> byCall = new HashMap<>();
    for (Exchange e : fake.exchanges()) {
      String tag = e.header(CALL_HEADER).orElse("");
      if (tag.startsWith(prefix)) {
        byCall.computeIfAbsent(Integer.parseInt(tag.substring(prefix.length())), k -> new ArrayList<>()).add(e);
      }
    }
    int expectedFailures = 0;
    int failures = 0;
    int faultsInjected = 0;
    int attemptsMade = 0;
    long slowestNanos = 0;
    Map<Fault, Integer> failuresByFault = new EnumMap<>(Fault.class);
    Map<Fault, Integer> faultsByKind = new EnumMap<>(Fault.class);
    for (int call = 0; call < outcomes.length; call++) {
      Expected want = expected(seed, call);
      Outcome got = outcomes[call];
      String where = "call " + prefix + call + " expected " + want + ", got " + got;
      assertNotNull(got, where);
      slowestNanos = Math.max(slowestNanos, got.elapsedNanos());
      assertTrue(got.elapsedNanos() <= DEADLINE.plus(SLACK).toNanos(), "past its deadline: " + where);

      List<Exchange> sent = byCall.getOrDefault(call, List.of());
      sent.sort(Comparator.comparingInt(e -> Integer.parseInt(e.header("X-Retry-Count").orElse("-1"))));
      assertEquals(want.attempts(), sent.size(), "attempts the fake saw: " + where + " " + sent);
      for (int attempt = 0; attempt < sent.size(); attempt++) {
        Exchange e = sent.get(attempt);
        assertEquals(String.valueOf(attempt), e.header("X-Retry-Count").orElse(""), where);
        assertEquals(planned(seed, call, attempt) != Fault.NONE, e.faultInjected(), where + " " + e);
        if (e.faultInjected()) {
          faultsInjected++;
          faultsByKind.merge(planned(seed, call, attempt), 1, Integer::sum);
        }
      }
      attemptsMade += sent.size();

      if (!want.fails()) {
        assertNull(got.error(), where);
        assertEquals(want.attempts(), got.attempts(), where);
        continue;
      }
      expectedFailures++;
      assertNotNull(got.error(), where);
      failures++;
      failuresByFault.merge(want.finalFault(), 1, Integer::sum);
      Throwable e = got.error();
      switch (want.finalFault()) {
        case UNAVAILABLE_503: {
          InternalServerException ise = assertInstanceOf(InternalServerException.class, e, where);
          assertEquals(503, ise.statusCode(), where);
          assertEquals(Duration.ofMillis(50), ise.retryAfter().orElseThrow(), where);
          assertEquals(ATTEMPTS, ise.attempts(), where);
          assertFalse(ise.outcomeUnknown(), "a GET or idempotent call is never outcome-unknown: " + where);
          break;
        }
        case RATE_LIMITED_429: {
          RateLimitException rle = assertInstanceOf(RateLimitException.class, e, where);
          assertEquals(429, rle.statusCode(), where);
          assertEquals(Duration.ofMillis(50), rle.retryAfter().orElseThrow(), where);
          assertEquals(ATTEMPTS, rle.attempts(), where);
          break;
        }
        default: {
          ApiConnectionException ace = assertInstanceOf(ApiConnectionException.class, e, where);
          assertFalse(ace instanceof ApiTimeoutException, "a dropped connection is not a timeout: " + where);
          assertFalse(e instanceof ApiException, where);
          assertTrue(ace.requestSent(), where);
          assertFalse(ace.outcomeUnknown(), where);
          assertEquals(ATTEMPTS, ace.attempts(), where);
        }
      }
    }
    assertEquals(expectedFailures, failures);
    assertTrue(expectedFailures > 0, "the seed must make some calls exhaust their retries");
    for (Fault f : List.of(Fault.UNAVAILABLE_503, Fault.DROPPED, Fault.RATE_LIMITED_429)) {
      assertTrue(faultsByKind.getOrDefault(f, 0) > 0, "no " + f + " injected");
    }
    return outcomes.length + " calls, " + attemptsMade + " attempts, " + faultsInjected + " faults injected "
        + faultsByKind + ", " + failures + " failures (predicted " + expectedFailures + ": " + failuresByFault
        + "), " + (outcomes.length - failures) + " succeeded with attempts = faults + 1, slowest call "
        + TimeUnit.NANOSECONDS.toMillis(slowestNanos) + " ms (deadline " + DEADLINE.toSeconds() + " s)";
  }

  static OkHttpClient pooled(int connections) {
    return new OkHttpClient.Builder().connectionPool(new ConnectionPool(connections, 1, TimeUnit.MINUTES)).build();
  }

  @Test
  void klara64ThreadsX200IdempotentCallsWith10PercentTransientFaultsFailExactlyWhenAll3AttemptsFault()
      throws Exception {
    long seed = 20260115L;
    int threads = 64;
    int perThread = 200;
    try (FakeKlaraServer fake = FakeKlaraServer.start();
        KlaraClient klara = KlaraClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.issueApiKey())
            .okHttpClient(pooled(threads)).build()) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        ids.add(klara.applications().create(KlaraCreateApplicationRequest.builder().configId("kyc-standard")
            .primaryContact("Contact " + i, "contact" + i + "@load.example.net", null)
            .companyName("Load Test " + i).country("IE").build()).applicationId());
      }
      SuiteSecrets.addAll(fake.issuedSecrets());
      installPlan(fake, seed, "k-", false);
      int appliedBefore = fake.faults().appliedCount();

      long start = System.nanoTime();
      Outcome[] outcomes = run(threads, perThread, "k-", call -> options -> {
        String id = ids.get(call % ids.size());
        return call % 4 == 3
            ? klara.applications().withRawResponse().refreshPreAuth(id, options)
            : klara.applications().withRawResponse().retrieve(id, options);
      });
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      String figures = verify(fake, seed, "k-", outcomes);
      long faulted = fake.exchanges().stream().filter(Exchange::faultInjected).count();
      assertEquals(faulted, fake.faults().appliedCount() - appliedBefore);
      SuiteSecrets.addAll(fake.issuedSecrets());
      Figures.report("Klara retrieve + refreshPreAuth, " + threads
          + " threads x " + perThread + ": " + figures + ", run " + tookMs + " ms");
    }
  }

  @Test
  void didit32ThreadsX100GetsOnAManagedSessionWith10PercentTransientFaultsFailExactlyWhenAll3AttemptsFault()
      throws Exception {
    long seed = 77L;
    int threads = 32;
    int perThread = 100;
    // The fake's clock starts at the real time, so the client keeps the real clock (and real deadlines) and the
    // 24-hour token stays fresh for the whole run.
    try (FakeDiditServer fake = FakeDiditServer.start(new FakeClock(Instant.now()))) {
      fake.rateLimits(false);
      DiditVerifiedAccount account = fake.createVerifiedAccount("load@acme-reseller.io", "L0ad-Test-Pass!");
      try (DiditAuthClient didit = DiditAuthClient.builder().baseUrl(fake.baseUrl())
          .credentials(account.email(), "L0ad-Test-Pass!").okHttpClient(pooled(threads)).build()) {
        String org = account.organizationId();
        String app = account.applicationId();
        installPlan(fake, seed, "d-", true);

        long start = System.nanoTime();
        Outcome[] outcomes = run(threads, perThread, "d-", call -> options -> {
          switch (call % 3) {
            case 0:
              return didit.organizations().withRawResponse().list(options);
            case 1:
              return didit.applications(org).withRawResponse().retrieve(app, options);
            default:
              return didit.applications(org).withRawResponse().list(options);
          }
        });
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        String figures = verify(fake, seed, "d-", outcomes);
        assertEquals(1, fake.loginCount(account.email()), "one login shared by every thread");
        SuiteSecrets.addAll(fake.issuedSecrets());
        Figures.report("Didit organizations + applications GETs, "
            + threads + " threads x " + perThread + ": " + figures + ", 1 login, run " + tookMs + " ms");
      }
    }
  }
}
