package dev.onboardkit.testkit.didit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DiditRateLimitTest extends DiditTestBase {

  @Test
  void fiveRegistrationsPerIpPerHour() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertEquals(201, registerFrom("203.0.113.7", "user" + i + "@acme-reseller.io").status());
      didit.clock().advance(Duration.ofMinutes(1));
    }
    Reply limited = registerFrom("203.0.113.7", "user5@acme-reseller.io");
    assertEquals(429, limited.status());
    assertJson("{\"detail\":\"Request was throttled. Expected available in 3300 seconds.\",\"wait\":3300}",
        limited);
    assertEquals("3300", limited.headers().get("Retry-After"));
    assertEquals(5, didit.registerCount());

    assertEquals(201, registerFrom("198.51.100.1", "other@acme-reseller.io").status(), "another IP");
    didit.clock().advance(Duration.ofSeconds(3300));
    assertEquals(201, registerFrom("203.0.113.7", "user5@acme-reseller.io").status(), "the oldest hit expired");
  }

  @Test
  void resendSharesTheRegisterBudget() throws Exception {
    for (int i = 0; i < 4; i++) {
      assertEquals(201, register("user" + i + "@acme-reseller.io", PASSWORD).status());
    }
    didit.clock().advance(Duration.ofMinutes(2));
    assertEquals(200, http.post("/programmatic/resend-otp/", null, "{\"email\":\"user0@acme-reseller.io\"}").status());
    Reply limited = http.post("/programmatic/resend-otp/", null, "{\"email\":\"user1@acme-reseller.io\"}");
    assertEquals(429, limited.status());
    assertEquals(3480, limited.json().get("wait").asInt());
    assertEquals(429, register("user9@acme-reseller.io", PASSWORD).status());
  }

  @Test
  void fiveFailedLoginsLockTheEmailForFifteenMinutes() throws Exception {
    didit.createVerifiedAccount(EMAIL, PASSWORD);
    for (int i = 0; i < 5; i++) {
      assertEquals(400, http.post("/programmatic/login/", null, credentials(EMAIL, "Wrong!pass1")).status());
    }
    Reply locked = http.post("/programmatic/login/", null, credentials(EMAIL, PASSWORD));
    assertEquals(429, locked.status(), "even the right password");
    assertJson("{\"detail\":\"Too many failed login attempts. Try again later.\",\"wait\":900}", locked);
    assertEquals("900", locked.headers().get("Retry-After"));
    assertEquals(0, didit.loginCount(EMAIL));

    didit.clock().advance(Duration.ofMinutes(15));
    login(EMAIL, PASSWORD);
    assertEquals(1, didit.loginCount(EMAIL));
    assertEquals(400, http.post("/programmatic/login/", null, credentials(EMAIL, "Wrong!pass1")).status(),
        "a success resets the counter");
  }

  @Test
  void lockoutGrowsToAnHourAfterTenFailures() throws Exception {
    didit.createVerifiedAccount(EMAIL, PASSWORD);
    for (int i = 0; i < 5; i++) {
      http.post("/programmatic/login/", null, credentials(EMAIL, "Wrong!pass1"));
    }
    didit.clock().advance(Duration.ofMinutes(15));
    for (int i = 0; i < 4; i++) {
      http.post("/programmatic/login/", null, credentials(EMAIL, "Wrong!pass1"));
      didit.clock().advance(Duration.ofMinutes(15));
    }
    assertEquals(400, http.post("/programmatic/login/", null, credentials(EMAIL, "Wrong!pass1")).status());
    assertEquals(3600, http.post("/programmatic/login/", null, credentials(EMAIL, PASSWORD)).json().get("wait").asInt());
  }

  @Test
  void rateLimitsCanBeSwitchedOff() throws Exception {
    didit.rateLimits(false);
    for (int i = 0; i < 12; i++) {
      assertEquals(201, register("user" + i + "@acme-reseller.io", PASSWORD).status());
    }
    assertEquals(200, http.post("/programmatic/resend-otp/", null, "{\"email\":\"user0@acme-reseller.io\"}").status());
    didit.createVerifiedAccount(EMAIL, PASSWORD);
    for (int i = 0; i < 8; i++) {
      assertEquals(400, http.post("/programmatic/login/", null, credentials(EMAIL, "Wrong!pass1")).status());
    }
    login(EMAIL, PASSWORD);
    assertEquals(12, didit.registerCount());
  }
}
