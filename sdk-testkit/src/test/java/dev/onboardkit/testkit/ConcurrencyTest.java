package dev.onboardkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.didit.DiditVerifiedAccount;
import dev.onboardkit.testkit.klara.KlaraApplicationSnapshot;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import dev.onboardkit.testkit.support.TestHttp;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** 64 concurrent clients (threads with plain OkHttp) against one fake. */
@Timeout(60)
class ConcurrencyTest {
  static final int CLIENTS = 64;
  static final int REQUESTS_EACH = 10;

  ExecutorService pool;
  OkHttpClient client;

  @BeforeEach
  void setUp() {
    pool = Executors.newFixedThreadPool(CLIENTS);
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(CLIENTS);
    dispatcher.setMaxRequestsPerHost(CLIENTS);
    client = TestHttp.CLIENT.newBuilder().dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(CLIENTS, 1, TimeUnit.MINUTES)).build();
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }

  @Test
  void klaraCreatesExactlyOnceEachUnderLoad() throws Exception {
    try (FakeKlaraServer klara = FakeKlaraServer.start()) {
      String key = klara.issueApiKey();
      TestHttp http = new TestHttp(klara.baseUrl(), client);
      List<Integer> statuses = runAll(i -> {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < REQUESTS_EACH; j++) {
          out.add(http.post("/applications", key, """
              {"config_id":"kyc-standard","primary_contact":{"email":"c%d@acme.com","name":"C"},
               "company_name":"Company %d-%d","country":"IE","pre_auth":true}""".formatted(i, i, j)).status());
          out.add(http.get("/applications?limit=5", key).status());
        }
        return out;
      });
      assertEquals(CLIENTS * REQUESTS_EACH * 2, statuses.size());
      assertEquals(Set.of(200, 201), new HashSet<>(statuses));
      assertEquals(CLIENTS * REQUESTS_EACH, klara.createdCount());
      Set<String> ids = new HashSet<>();
      Set<String> codes = new HashSet<>();
      Set<String> names = new HashSet<>();
      for (KlaraApplicationSnapshot a : klara.createdApplications()) {
        ids.add(a.id());
        codes.add(a.preAuthCode().orElseThrow());
        names.add(a.companyName());
      }
      assertEquals(CLIENTS * REQUESTS_EACH, ids.size());
      assertEquals(CLIENTS * REQUESTS_EACH, codes.size());
      assertEquals(CLIENTS * REQUESTS_EACH, names.size());
    }
  }

  @Test
  void faultBudgetsAreConsumedExactlyUnderLoad() throws Exception {
    try (FakeKlaraServer klara = FakeKlaraServer.start()) {
      String key = klara.issueApiKey();
      TestHttp http = new TestHttp(klara.baseUrl(), client);
      klara.faults().failNext(25, RequestMatcher.of("GET", "/applications"), 503, "{\"error\":\"busy\"}");
      List<Integer> statuses = runAll(i -> {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < 5; j++) {
          out.add(http.get("/applications", key).status());
        }
        return out;
      });
      assertEquals(25, statuses.stream().filter(s -> s == 503).count());
      assertEquals(CLIENTS * 5 - 25, statuses.stream().filter(s -> s == 200).count());
      assertEquals(0, klara.faults().remaining());
      assertEquals(25, klara.faults().appliedCount());
    }
  }

  @Test
  void diditLoginsAndApplicationsUnderLoad() throws Exception {
    try (FakeDiditServer didit = FakeDiditServer.start()) {
      didit.rateLimits(false);
      DiditVerifiedAccount owner = didit.createVerifiedAccount("owner@acme-reseller.io", "S3cure!pass");
      TestHttp http = new TestHttp(didit.baseUrl(), client);
      String apps = "/organizations/me/" + owner.organizationId() + "/applications/";
      AtomicInteger registered = new AtomicInteger();
      List<Integer> statuses = runAll(i -> {
        List<Integer> out = new ArrayList<>();
        String email = "user" + i + "@acme-reseller.io";
        Reply reg = http.post("/programmatic/register/", null,
            "{\"email\":\"" + email + "\",\"password\":\"S3cure!pass\"}");
        out.add(reg.status());
        registered.incrementAndGet();
        for (int j = 0; j < REQUESTS_EACH / 2; j++) {
          Reply login = http.post("/programmatic/login/", null,
              "{\"email\":\"owner@acme-reseller.io\",\"password\":\"S3cure!pass\"}");
          out.add(login.status());
          out.add(http.post(apps, login.text("access_token"), "{\"name\":\"App " + i + "-" + j + "\"}").status());
        }
        return out;
      });
      assertEquals(Set.of(200, 201), new HashSet<>(statuses));
      assertEquals(CLIENTS, didit.registerCount());
      assertEquals(CLIENTS, didit.mailbox().messages().size());
      assertEquals(CLIENTS * REQUESTS_EACH / 2, didit.loginCount("owner@acme-reseller.io"));
      assertEquals(CLIENTS * REQUESTS_EACH / 2, didit.createdApplications(owner.organizationId()).size());
    }
  }

  interface Work {
    List<Integer> run(int client) throws Exception;
  }

  private List<Integer> runAll(Work work) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Integer>>> futures = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      int client = i;
      Callable<List<Integer>> task = () -> {
        start.await();
        return work.run(client);
      };
      futures.add(pool.submit(task));
    }
    start.countDown();
    List<Integer> all = new ArrayList<>();
    for (Future<List<Integer>> f : futures) {
      all.addAll(f.get(50, TimeUnit.SECONDS));
    }
    return all;
  }
}
