package dev.onboardkit.testkit.didit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiditRegistrationTest extends DiditTestBase {

  @Test
  void registerSendsASixCharacterCode() throws Exception {
    Reply r = register(EMAIL, PASSWORD);
    assertEquals(201, r.status());
    assertJson("""
        {"message":"Registration successful. Check your email for the verification code.",
         "email":"dev@acme-reseller.io"}""", r);
    assertEquals(1, didit.registerCount());
    String code = didit.mailbox().latestCode(EMAIL).orElseThrow();
    assertTrue(code.matches("[A-Z0-9]{6}"), code);
    DiditMailMessage mail = didit.mailbox().messagesTo("DEV@acme-reseller.io").get(0);
    assertEquals(EMAIL, mail.to());
    assertTrue(mail.body().contains(code));
    assertFalse(mail.toString().contains(code));
    assertFalse(didit.isVerified(EMAIL));
  }

  @ParameterizedTest
  @CsvSource(delimiterString = "=>", value = {
      "Ab1!         => Password must be at least 8 characters long.",
      "abcdefg1!    => Password must contain at least one uppercase letter.",
      "ABCDEFG1!    => Password must contain at least one lowercase letter.",
      "Abcdefgh!    => Password must contain at least one digit.",
      "Abcdefgh1    => Password must contain at least one special character (!@#$%^&*()_+-=[]{}|;:,.<>?).",
      "ab           => Password must be at least 8 characters long."})
  void passwordPolicyReportsTheFirstFailingRuleAsABareArray(String password, String message) throws Exception {
    Reply r = register(EMAIL, password);
    assertEquals(400, r.status());
    JsonNode json = r.json();
    assertTrue(json.isArray(), r.body());
    assertEquals(List.of(message), List.of(json.get(0).asText()));
    assertEquals(1, json.size());
    assertEquals(0, didit.registerCount());
    assertTrue(didit.mailbox().messages().isEmpty());
  }

  @Test
  void duplicateEmail() throws Exception {
    assertEquals(201, register(EMAIL, PASSWORD).status());
    Reply r = register("Dev@Acme-Reseller.io", PASSWORD);
    assertEquals(400, r.status());
    assertJson("{\"detail\":\"An account with this email already exists.\"}", r);
    assertEquals(1, didit.registerCount());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a@example.com", "a@EXAMPLE.ORG", "a@mail.test", "a@corp.example", "a@nowhere.invalid"})
  void reservedTestDomainsFailWith500(String email) throws Exception {
    Reply r = register(email, PASSWORD);
    assertEquals(500, r.status());
    assertJson("{\"detail\":\"Failed to send the verification email.\"}", r);
    assertEquals(0, didit.registerCount());
    assertTrue(didit.mailbox().messages().isEmpty());
    assertEquals(201, register(email.replaceAll("@.*", "@acme-reseller.io"), PASSWORD).status(),
        "and no account was kept for the address");
  }

  @Test
  void fieldErrorsAreKeyedByField() throws Exception {
    assertJson("{\"email\":[\"This field is required.\"],\"password\":[\"This field is required.\"]}",
        http.post("/programmatic/register/", null, "{}"));
    assertJson("{\"email\":[\"Enter a valid email address.\"]}", register("nope", PASSWORD));
    assertJson("{\"email\":[\"This field may not be null.\"],\"password\":[\"This field may not be blank.\"]}",
        http.post("/programmatic/register/", null, "{\"email\":null,\"password\":\"  \"}"));
    assertJson("{\"email\":[\"Not a valid string.\"],\"password\":[\"This field is required.\"]}",
        http.post("/programmatic/register/", null, "{\"email\":42}"));
    assertEquals(400, http.post("/programmatic/register/", null, null).status(), "no body is an empty object");
  }

  @Test
  void malformedAndNonObjectBodies() throws Exception {
    Reply bad = http.post("/programmatic/register/", null, "{oops");
    assertEquals(400, bad.status());
    assertJson("{\"detail\":\"JSON parse error - invalid JSON.\"}", bad);
    assertJson("{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got list.\"]}",
        http.post("/programmatic/register/", null, "[]"));
  }

  @Test
  void pathsNeedTheTrailingSlashAndTheRightMethod() throws Exception {
    Reply noSlash = http.post("/programmatic/register", null, credentials(EMAIL, PASSWORD));
    assertEquals(404, noSlash.status());
    assertJson("{\"detail\":\"Not found.\"}", noSlash);
    Reply get = http.get("/programmatic/register/", null);
    assertEquals(405, get.status());
    assertJson("{\"detail\":\"Method \\\"GET\\\" not allowed.\"}", get);
    assertEquals("POST", get.headers().get("Allow"));
    assertEquals(0, didit.registerCount());
  }

  @Test
  void verifyEmailBootstrapsOrganizationAndApplication() throws Exception {
    JsonNode json = signUp(EMAIL);
    assertEquals(List.of("access_token", "refresh_token", "expires_in", "organization", "application"),
        names(json));
    assertEquals(86400, json.get("expires_in").asInt());
    JsonNode org = json.get("organization");
    assertEquals(List.of("uuid", "name"), names(org));
    assertTrue(org.get("uuid").asText().matches(UUID_RE));
    assertEquals("dev", org.get("name").asText());
    JsonNode app = json.get("application");
    assertEquals(List.of("uuid", "name", "client_id", "api_key"), names(app));
    assertEquals("dev App", app.get("name").asText());
    assertTrue(app.get("client_id").asText().matches("[A-Za-z0-9_-]{22}"));
    assertTrue(app.get("api_key").asText().matches("[A-Za-z0-9_-]{43}"));
    assertTrue(didit.isVerified(EMAIL));
    assertEquals(org.get("uuid").asText(), didit.ownedOrganizationId(EMAIL).orElseThrow());
    assertEquals(app.get("api_key").asText(), didit.applications(org.get("uuid").asText()).get(0).apiKey());
    assertTrue(didit.createdApplications(org.get("uuid").asText()).isEmpty());
    assertEquals(0, didit.loginCount(EMAIL), "verification is not a login");

    Reply orgs = http.get("/organizations/me/", json.get("access_token").asText());
    assertEquals(200, orgs.status());
    assertEquals(org.get("uuid").asText(), orgs.json().get(0).get("uuid").asText());
  }

  @Test
  void wrongUsedOrExpiredCodesAreRejectedWithABareArray() throws Exception {
    assertEquals(201, register(EMAIL, PASSWORD).status());
    String code = didit.mailbox().latestCode(EMAIL).orElseThrow();
    String wrong = code.equals("AAAAAA") ? "BBBBBB" : "AAAAAA";
    Reply r = verify(EMAIL, wrong);
    assertEquals(400, r.status());
    assertJson("[\"Invalid or expired verification code.\"]", r);
    assertJson("[\"Invalid or expired verification code.\"]", verify("other@acme-reseller.io", code));

    didit.clock().advance(Duration.ofMinutes(10));
    assertJson("[\"Invalid or expired verification code.\"]", verify(EMAIL, code));
    assertFalse(didit.isVerified(EMAIL));
  }

  @Test
  void codeIsValidJustUnderTenMinutesAndOnlyOnce() throws Exception {
    assertEquals(201, register(EMAIL, PASSWORD).status());
    String code = didit.mailbox().latestCode(EMAIL).orElseThrow();
    didit.clock().advance(Duration.ofMinutes(10).minusSeconds(1));
    assertEquals(200, verify(EMAIL, code.toLowerCase(java.util.Locale.ROOT)).status());
    assertJson("[\"Invalid or expired verification code.\"]", verify(EMAIL, code));
  }

  @Test
  void codeLengthIsAFieldError() throws Exception {
    assertJson("{\"code\":[\"Ensure this field has at least 6 characters.\"]}", verify(EMAIL, "ABC"));
    assertJson("{\"code\":[\"Ensure this field has no more than 6 characters.\"]}", verify(EMAIL, "ABCDEFG"));
    assertJson("{\"email\":[\"This field is required.\"],\"code\":[\"This field is required.\"]}",
        http.post("/programmatic/verify-email/", null, "{}"));
  }

  @Test
  void resendReplacesTheCodeAfterTheCooldown() throws Exception {
    assertEquals(201, register(EMAIL, PASSWORD).status());
    String first = didit.mailbox().latestCode(EMAIL).orElseThrow();

    Reply early = resend(EMAIL);
    assertEquals(429, early.status());
    assertJson("{\"detail\":\"Please wait before requesting another verification code.\",\"wait\":60}", early);
    assertEquals("60", early.headers().get("Retry-After"));

    didit.clock().advance(Duration.ofSeconds(45));
    assertEquals(15, resend(EMAIL).json().get("wait").asInt());

    didit.clock().advance(Duration.ofSeconds(15));
    Reply ok = resend(EMAIL);
    assertEquals(200, ok.status());
    assertJson("{}", ok);
    String second = didit.mailbox().latestCode(EMAIL).orElseThrow();
    assertFalse(first.equals(second));
    assertEquals(2, didit.mailbox().messagesTo(EMAIL).size());
    assertJson("[\"Invalid or expired verification code.\"]", verify(EMAIL, first));
    assertEquals(200, verify(EMAIL, second).status());

    didit.clock().advance(Duration.ofMinutes(2));
    Reply verified = resend(EMAIL);
    assertEquals(400, verified.status());
    assertJson("{\"detail\":\"This email address is already verified.\"}", verified);
  }

  @Test
  void resendForUnknownEmailSaysNothing() throws Exception {
    Reply r = resend("ghost@acme-reseller.io");
    assertEquals(200, r.status());
    assertJson("{}", r);
    assertTrue(didit.mailbox().messages().isEmpty());
  }

  private Reply verify(String email, String code) throws Exception {
    return http.post("/programmatic/verify-email/", null, "{\"email\":\"" + email + "\",\"code\":\"" + code + "\"}");
  }

  private Reply resend(String email) throws Exception {
    return http.post("/programmatic/resend-otp/", null, "{\"email\":\"" + email + "\"}");
  }

  static List<String> names(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
