package dev.onboardkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.didit.FakeDiditServerExtension;
import dev.onboardkit.testkit.didit.DiditVerifiedAccount;
import dev.onboardkit.testkit.support.TestHttp;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.ConnectionPool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DiditFaultInjectionTest {
  static final String REGISTER = "{\"email\":\"dev@acme-reseller.io\",\"password\":\"S3cure!pass\"}";

  @RegisterExtension
  final FakeDiditServerExtension extension = FakeDiditServerExtension.perTest(FakeClock::new);

  FakeDiditServer didit;
  TestHttp http;

  @BeforeEach
  void setUp() {
    didit = extension.server();
    http = new TestHttp(didit.baseUrl());
  }

  @Test
  void failNextWithARateLimitShape() throws Exception {
    didit.faults().failNext(1, RequestMatcher.of("POST", "/programmatic/register/"), 429,
        "{\"detail\":\"Request was throttled.\",\"wait\":30}", Map.of("Retry-After", "30"));
    Reply r = http.post("/programmatic/register/", null, REGISTER);
    assertEquals(429, r.status());
    assertEquals("{\"detail\":\"Request was throttled.\",\"wait\":30}", r.body());
    assertEquals("30", r.headers().get("Retry-After"));
    assertEquals(0, didit.registerCount());
    assertEquals(201, http.post("/programmatic/register/", null, REGISTER).status());
    assertEquals(1, didit.registerCount());
  }

  @Test
  void dropBeforeRequestRegistersNothingAndSendsNoMail() throws Exception {
    TestHttp fresh = new TestHttp(didit.baseUrl(),
        TestHttp.CLIENT.newBuilder().connectionPool(new ConnectionPool()).build());
    didit.faults().dropBeforeRequest(1);
    assertThrows(IOException.class, () -> fresh.post("/programmatic/register/", null, REGISTER));
    assertEquals(0, didit.registerCount());
    assertTrue(didit.mailbox().messages().isEmpty());
    assertEquals("CONNECTION - -> closed before reading the request", didit.requestLog().get(0));
  }

  @Test
  void dropAfterProcessingCreatesTheApplicationButAnswersNothing() throws Exception {
    DiditVerifiedAccount acct = didit.createVerifiedAccount("dev@acme-reseller.io", "S3cure!pass");
    String apps = "/organizations/me/" + acct.organizationId() + "/applications/";
    didit.faults().dropAfterProcessing(1, RequestMatcher.of("POST", "/organizations/me/*"));
    assertThrows(IOException.class, () -> http.post(apps, acct.accessToken(), "{\"name\":\"Once\"}"));
    assertEquals(1, didit.createdApplications(acct.organizationId()).size());
    assertEquals("Once", didit.createdApplications(acct.organizationId()).get(0).name());
    assertEquals(200, http.get(apps, acct.accessToken()).status(), "GETs are not affected");
  }

  @Test
  void delayNextSlowsALoginButItCounts() throws Exception {
    didit.createVerifiedAccount("dev@acme-reseller.io", "S3cure!pass");
    didit.faults().delayNext(1, RequestMatcher.of("POST", "/programmatic/login/"), Duration.ofMillis(300));
    long start = System.nanoTime();
    assertEquals(200, http.post("/programmatic/login/", null, REGISTER).status());
    assertTrue((System.nanoTime() - start) / 1_000_000 >= 290);
    assertEquals(1, didit.loginCount("dev@acme-reseller.io"));
  }

  @Test
  void faultsDoNotTouchTheFakeClock() throws Exception {
    didit.faults().failNext(3, RequestMatcher.any(), 503, "{\"detail\":\"Service unavailable.\"}");
    for (int i = 0; i < 3; i++) {
      assertEquals(503, http.get("/organizations/me/", null).status());
    }
    assertEquals(FakeClock.DEFAULT_START, didit.clock().instant());
    assertEquals(403, http.get("/organizations/me/", null).status());
  }
}
