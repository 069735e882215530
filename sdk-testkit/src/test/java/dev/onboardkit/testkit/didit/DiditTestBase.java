package dev.onboardkit.testkit.didit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.support.TestHttp;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

abstract class DiditTestBase {
  static final String EMAIL = "dev@acme-reseller.io";
  static final String PASSWORD = "S3cure!pass";
  static final String UUID_RE = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  /** On a clock that stands still at {@link FakeClock#DEFAULT_START}: the tests assert exact instants. */
  @RegisterExtension
  final FakeDiditServerExtension extension = FakeDiditServerExtension.perTest(FakeClock::new);

  FakeDiditServer didit;
  TestHttp http;

  @BeforeEach
  void setUpBase() {
    didit = extension.server();
    http = new TestHttp(didit.baseUrl());
  }

  static String credentials(String email, String password) {
    return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
  }

  Reply register(String email, String password) throws IOException {
    return http.post("/programmatic/register/", null, credentials(email, password));
  }

  Reply registerFrom(String ip, String email) throws IOException {
    return http.send("POST", "/programmatic/register/", null, credentials(email, PASSWORD),
        Map.of("X-Forwarded-For", ip));
  }

  /** Registers and verifies over HTTP; returns the verify-email response. */
  JsonNode signUp(String email) throws IOException {
    assertEquals(201, register(email, PASSWORD).status());
    String code = didit.mailbox().latestCode(email).orElseThrow();
    Reply r = http.post("/programmatic/verify-email/", null,
        "{\"email\":\"" + email + "\",\"code\":\"" + code + "\"}");
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  String login(String email, String password) throws IOException {
    Reply r = http.post("/programmatic/login/", null, credentials(email, password));
    assertEquals(200, r.status(), r.body());
    return r.text("access_token");
  }

  static void assertJson(String expected, Reply reply) {
    assertEquals(TestHttp.json(expected), reply.json(), reply.body());
  }
}
