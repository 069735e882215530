package dev.onboardkit.testkit.didit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.support.TestHttp;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiditLoginTest extends DiditTestBase {

  @Test
  void loginReturnsJwtShapedTokensExpiringOnTheFakeClock() throws Exception {
    DiditVerifiedAccount acct = didit.createVerifiedAccount(EMAIL, PASSWORD);
    didit.clock().advance(Duration.ofMinutes(1));
    Reply r = http.post("/programmatic/login/", null, credentials(EMAIL, PASSWORD));
    assertEquals(200, r.status());
    JsonNode json = r.json();
    assertEquals(List.of("access_token", "refresh_token", "expires_in"), DiditRegistrationTest.names(json));
    assertEquals(86400, json.get("expires_in").asInt());
    assertEquals(1, didit.loginCount(EMAIL));

    String access = json.get("access_token").asText();
    String[] parts = access.split("\\.");
    assertEquals(3, parts.length);
    assertEquals(TestHttp.json("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"), decode(parts[0]));
    JsonNode payload = decode(parts[1]);
    long now = FakeClock.DEFAULT_START.getEpochSecond() + 60;
    assertEquals(acct.userId(), payload.get("sub").asText());
    assertEquals(EMAIL, payload.get("email").asText());
    assertEquals(now, payload.get("iat").asLong());
    assertEquals(now + 86400, payload.get("exp").asLong());
    assertTrue(parts[2].matches("[A-Za-z0-9_-]{43}"));

    assertEquals(200, http.get("/organizations/me/", access).status());
    didit.clock().advance(Duration.ofHours(24).minusSeconds(1));
    assertEquals(200, http.get("/organizations/me/", access).status());
    didit.clock().advance(Duration.ofSeconds(1));
    Reply expired = http.get("/organizations/me/", access);
    assertEquals(401, expired.status());
    assertJson("{\"detail\":\"Invalid access token\"}", expired);
    assertEquals("Bearer realm=\"api\"", expired.headers().get("WWW-Authenticate"));
  }

  @Test
  void tokenLifetimeIsConfigurable() throws Exception {
    didit.createVerifiedAccount(EMAIL, PASSWORD);
    didit.tokenLifetime(Duration.ofMinutes(5));
    Reply r = http.post("/programmatic/login/", null, credentials(EMAIL, PASSWORD));
    assertEquals(300, r.json().get("expires_in").asInt());
    String access = r.text("access_token");
    didit.clock().advance(Duration.ofMinutes(5));
    assertEquals(401, http.get("/organizations/me/", access).status());
    assertThrows(IllegalArgumentException.class, () -> didit.tokenLifetime(Duration.ZERO));
  }

  @Test
  void revokedUnknownAndRefreshTokensAre401AndMissingIs403() throws Exception {
    didit.createVerifiedAccount(EMAIL, PASSWORD);
    Reply login = http.post("/programmatic/login/", null, credentials(EMAIL, PASSWORD));
    String access = login.text("access_token");
    String refresh = login.text("refresh_token");
    assertNotEquals(access, refresh);
    assertJson("{\"detail\":\"Invalid access token\"}", http.get("/organizations/me/", refresh));
    assertJson("{\"detail\":\"Invalid access token\"}", http.get("/organizations/me/", "not-a-token"));

    Reply missing = http.get("/organizations/me/", null);
    assertEquals(403, missing.status());
    assertJson("{\"detail\":\"Authentication credentials were not provided.\"}", missing);
    Reply basic = http.send("GET", "/organizations/me/", null, null, Map.of("Authorization", "Token " + access));
    assertEquals(403, basic.status());

    assertEquals(4, didit.revokeTokens(EMAIL), "access and refresh tokens of the creation and of the login");
    Reply revoked = http.get("/organizations/me/", access);
    assertEquals(401, revoked.status());
    assertEquals(200, http.get("/organizations/me/", login(EMAIL, PASSWORD)).status(), "new logins work");
  }

  @Test
  void badCredentialsAndUnverifiedAccounts() throws Exception {
    didit.createVerifiedAccount(EMAIL, PASSWORD);
    Reply wrong = http.post("/programmatic/login/", null, credentials(EMAIL, "Wrong!pass1"));
    assertEquals(400, wrong.status());
    assertJson("{\"detail\":\"Invalid credentials.\"}", wrong);
    assertJson("{\"detail\":\"Invalid credentials.\"}",
        http.post("/programmatic/login/", null, credentials("ghost@acme-reseller.io", PASSWORD)));
    assertJson("{\"email\":[\"This field is required.\"],\"password\":[\"This field is required.\"]}",
        http.post("/programmatic/login/", null, "{}"));

    assertEquals(201, register("new@acme-reseller.io", PASSWORD).status());
    Reply unverified = http.post("/programmatic/login/", null, credentials("new@acme-reseller.io", PASSWORD));
    assertEquals(400, unverified.status());
    assertJson("{\"detail\":\"Email address is not verified.\"}", unverified);
    assertEquals(0, didit.loginCount(EMAIL));
  }

  @Test
  void twoFactorAccountsGetAChallengeThenTokensForTheTotp() throws Exception {
    didit.createVerifiedAccount(EMAIL, PASSWORD);
    didit.enableTwoFactor(EMAIL);
    Reply challenge = http.post("/programmatic/login/", null, credentials(EMAIL, PASSWORD));
    assertEquals(200, challenge.status());
    JsonNode json = challenge.json();
    assertEquals(List.of("2fa_required", "temp_token", "has_authenticator", "has_passkeys"),
        DiditRegistrationTest.names(json));
    assertTrue(json.get("2fa_required").asBoolean());
    assertTrue(json.get("has_authenticator").asBoolean());
    assertFalse(json.get("has_passkeys").asBoolean());
    assertEquals(0, didit.loginCount(EMAIL), "not logged in until the second factor");
    String temp = json.get("temp_token").asText();

    String totp = didit.currentTotp(EMAIL);
    assertTrue(totp.matches("\\d{6}"));
    String wrongOtp = totp.equals("000000") ? "111111" : "000000";
    Reply wrong = verify2fa(temp, wrongOtp);
    assertEquals(400, wrong.status());
    assertJson("[\"Invalid OTP token.\"]", wrong);

    Reply ok = verify2fa(temp, totp);
    assertEquals(200, ok.status());
    assertEquals(List.of("access_token", "refresh_token", "expires_in"), DiditRegistrationTest.names(ok.json()));
    assertEquals(1, didit.loginCount(EMAIL));
    assertEquals(200, http.get("/organizations/me/", ok.text("access_token")).status());
    assertJson("[\"Invalid or expired temporary token.\"]", verify2fa(temp, totp));
  }

  @Test
  void totpFollowsTheFakeClockAndTempTokensLastFiveMinutes() throws Exception {
    didit.createVerifiedAccount(EMAIL, PASSWORD);
    didit.enableTwoFactor(EMAIL);
    String temp = http.post("/programmatic/login/", null, credentials(EMAIL, PASSWORD)).text("temp_token");
    String before = didit.currentTotp(EMAIL);
    didit.clock().advance(Duration.ofSeconds(30));
    assertNotEquals(before, didit.currentTotp(EMAIL));
    didit.clock().advance(Duration.ofSeconds(60));
    assertJson("[\"Invalid OTP token.\"]", verify2fa(temp, before));
    didit.clock().advance(Duration.ofSeconds(210));
    Reply expired = verify2fa(temp, didit.currentTotp(EMAIL));
    assertEquals(400, expired.status());
    assertJson("[\"Invalid or expired temporary token.\"]", expired);
    didit.createVerifiedAccount("plain@acme-reseller.io", PASSWORD);
    assertThrows(IllegalStateException.class, () -> didit.currentTotp("plain@acme-reseller.io"));
    assertThrows(IllegalArgumentException.class, () -> didit.enableTwoFactor("ghost@acme-reseller.io"));
  }

  private Reply verify2fa(String temp, String otp) throws Exception {
    return http.post("/2fa/verify/", null, "{\"temp_token\":\"" + temp + "\",\"otp_token\":\"" + otp + "\"}");
  }

  private static JsonNode decode(String part) {
    return TestHttp.json(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
  }
}
