package dev.onboardkit.reliability;

import static dev.onboardkit.reliability.NoDuplicateCreatesTest.installPlan;
import static dev.onboardkit.reliability.NoDuplicateCreatesTest.runConcurrently;
import static dev.onboardkit.reliability.NoDuplicateCreatesTest.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.sessions.DiditCreateSessionRequest;
import dev.onboardkit.reliability.NoDuplicateCreatesTest.Plan;
import dev.onboardkit.reliability.NoDuplicateCreatesTest.Result;
import dev.onboardkit.testkit.RequestMatcher;
import dev.onboardkit.testkit.didit.DiditSessionRecord;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Item 2 for the Didit Verification API: 500 tagged session creates from 16 threads, with the same faults as
 * {@link NoDuplicateCreatesTest} (after processing: dropped connection, read timeout, 502; before: 503 with a retry
 * hint, 429, a dropped connection). The creates carry no {@code vendor_data}, so Didit's own idempotency (an unfinished
 * session with the same vendor data is returned again) cannot hide a duplicate: every create the fake processed made
 * exactly one session, no tag made two, and every create was sent exactly once.
 */
class NoDuplicateSessionCreatesTest {
  static final int CALLS = 500;

  @Test
  void fiveHundredSessionCreatesWithFaultsAfterProcessingNeverDuplicate() throws Exception {
    try (FakeDiditVerificationServer fake = FakeDiditVerificationServer.start();
        DiditClient didit = DiditClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build()) {
      installPlan(fake, RequestMatcher.of("POST", "/session/"), "v-");
      long start = System.nanoTime();
      Result[] results = runConcurrently(CALLS, (i, options) -> didit.sessions().create(
          DiditCreateSessionRequest.builder().workflowId(fake.defaultWorkflowId()).metadata(Map.of("tag", i)).build(),
          options).sessionId(), "v-");
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(fake.awaitExchanges(CALLS, Duration.ofSeconds(10)));

      Map<Integer, List<String>> created = new HashMap<>();
      for (DiditSessionRecord s : fake.sessions()) {
        created.computeIfAbsent(((Number) s.metadata().get("tag")).intValue(), k -> new ArrayList<>())
            .add(s.sessionId());
      }
      Map<Plan, Integer> plans = verify("Didit Verification", "v-", results, created, fake);
      int processed = 0;
      for (int i = 0; i < CALLS; i++) {
        processed += NoDuplicateCreatesTest.plan(i).processed ? 1 : 0;
      }
      assertEquals(processed, fake.createdSessionCount());
      assertEquals(processed, created.size());
      SuiteSecrets.addAll(fake.issuedSecrets());
      Figures.report(CALLS + " Didit session creates, " + NoDuplicateCreatesTest.THREADS + " threads; plan " + plans
          + "; " + processed + " sessions created = " + processed + " processed, 0 tags created twice, every create"
          + " sent exactly once; run " + tookMs + " ms");
    }
  }
}
