package dev.onboardkit.testkit.didit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.testkit.FakeClock;
import dev.onboardkit.testkit.support.TestHttp;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake's email and phone one-time codes: send, read from the outbox, check; expiry, attempts, policies. */
class DiditOtpFakeTest {
  private final FakeClock clock = new FakeClock(Instant.parse("2026-03-01T10:00:00Z"));
  private FakeDiditVerificationServer didit;
  private TestHttp http;

  @BeforeEach
  void start() {
    didit = FakeDiditVerificationServer.start(clock);
    http = new TestHttp(didit.baseUrl());
  }

  @AfterEach
  void stop() {
    didit.close();
  }

  private Reply post(String path, String json) throws IOException {
    return http.send("POST", path, null, json, Map.of("x-api-key", didit.apiKey()));
  }

  private String code(String recipient) {
    return didit.otpOutbox().latestCode(recipient).orElseThrow();
  }

  @Test
  void anEmailCodeSentIsReadFromTheOutboxAndApproved() throws IOException {
    Reply sent = post("/email/send/", "{\"email\":\"ana@example.com\",\"vendor_data\":\"user-1\","
        + "\"options\":{\"code_size\":8}}");
    assertEquals(200, sent.status(), sent.body());
    assertEquals("Success", sent.text("status"));
    assertEquals("user-1", sent.text("vendor_data"));
    String code = code("ANA@example.com");
    assertTrue(code.matches("[0-9]{8}"), code);
    assertTrue(didit.issuedSecrets().contains(code), "codes are in the leak-scan ledger");
    assertFalse(didit.otpOutbox().messages().get(0).toString().contains(code));

    Reply checked = post("/email/check/", "{\"email\":\"ana@example.com\",\"code\":\"" + code + "\"}");
    assertEquals("Approved", checked.text("status"));
    assertEquals(sent.text("request_id"), checked.text("request_id"));
    JsonNode email = checked.json().get("email");
    assertEquals("Approved", email.get("status").asText());
    assertEquals(1, email.get("verification_attempts").asInt());
    assertEquals(code, email.get("lifecycle").get(1).get("details").get("code_tried").asText());
    assertEquals("EMAIL_VERIFICATION_APPROVED", email.get("lifecycle").get(2).get("type").asText());
    assertEquals("Expired or Not Found", post("/email/check/", "{\"email\":\"ana@example.com\",\"code\":\"" + code
        + "\"}").text("status"), "a verification is used once");
    assertEquals(0, new BigDecimal("999.97").compareTo(didit.balance()));
  }

  @Test
  void wrongCodesFailThreeTimesThenTheVerificationIsGone() throws IOException {
    post("/phone/send/", "{\"phone_number\":\"+14155552671\",\"options\":{\"preferred_channel\":\"sms\"}}");
    String right = code("+14155552671");
    String wrong = right.equals("000000") ? "111111" : "000000";
    for (int i = 1; i <= 3; i++) {
      Reply r = post("/phone/check/", "{\"phone_number\":\"+14155552671\",\"code\":\"" + wrong + "\"}");
      assertEquals("Failed", r.text("status"));
      assertEquals(i, r.json().get("phone").get("verification_attempts").asInt());
    }
    assertEquals("Expired or Not Found", post("/phone/check/", "{\"phone_number\":\"+14155552671\",\"code\":\""
        + right + "\"}").text("status"));
  }

  @Test
  void aSecondSendRetriesTheSameVerificationAndAThirdStartsANewOne() throws IOException {
    Reply first = post("/phone/send/", "{\"phone_number\":\"+34600000001\"}");
    String code = code("+34600000001");
    Reply second = post("/phone/send/", "{\"phone_number\":\"+34600000001\"}");
    Reply third = post("/phone/send/", "{\"phone_number\":\"+34600000001\"}");

    assertEquals("Retry", second.text("status"));
    assertEquals(first.text("request_id"), second.text("request_id"));
    assertEquals(code, didit.otpOutbox().messagesTo("+34600000001").get(1).code(), "the same code again");
    assertEquals("Success", third.text("status"));
    assertNotEquals(first.text("request_id"), third.text("request_id"));
    assertEquals("whatsapp", didit.otpOutbox().messages().get(0).channel(), "Didit's default channel");
    Reply checked = post("/phone/check/", "{\"phone_number\":\"+34600000001\",\"code\":\""
        + code("+34600000001") + "\"}");
    assertEquals("Approved", checked.text("status"));
    assertEquals("+34", checked.json().get("phone").get("phone_number_prefix").asText());
  }

  @Test
  void aCodeExpiresAfterFiveMinutes() throws IOException {
    post("/email/send/", "{\"email\":\"late@example.com\"}");
    clock.advance(Duration.ofMinutes(5));
    assertEquals("Expired or Not Found", post("/email/check/", "{\"email\":\"late@example.com\",\"code\":\""
        + code("late@example.com") + "\"}").text("status"));
  }

  @Test
  void theFifthSendInAnHourIsBlockedAndUndeliverableAddressesAreFree() throws IOException {
    for (int i = 0; i < DiditScreeningTestData.SENDS_PER_HOUR; i++) {
      assertTrue(post("/email/send/", "{\"email\":\"spam@example.com\"}").text("status").matches("Success|Retry"));
    }
    Reply blocked = post("/email/send/", "{\"email\":\"spam@example.com\"}");
    assertEquals("Blocked", blocked.text("status"));
    assertEquals("repeated_attempts", blocked.text("reason"));
    clock.advance(Duration.ofMinutes(61));
    assertEquals("Success", post("/email/send/", "{\"email\":\"spam@example.com\"}").text("status"));

    BigDecimal before = didit.balance();
    Reply undeliverable = post("/email/send/", "{\"email\":\"nobody@mail.invalid\"}");
    assertEquals("Undeliverable", undeliverable.text("status"));
    assertEquals("Undeliverable", post("/phone/send/", "{\"phone_number\":\"+9912345678\"}").text("status"));
    assertTrue(didit.otpOutbox().latestCode("nobody@mail.invalid").isEmpty());
    assertEquals(before, didit.balance());
  }

  @Test
  void policiesDeclineARightCode() throws IOException {
    post("/email/send/", "{\"email\":\"temp@" + DiditScreeningTestData.DISPOSABLE_EMAIL_DOMAIN + "\"}");
    Reply email = post("/email/check/", "{\"email\":\"temp@mailinator.com\",\"code\":\"" + code("temp@mailinator.com")
        + "\",\"disposable_email_action\":\"DECLINE\"}");
    assertEquals("Declined", email.text("status"));
    assertTrue(email.json().get("email").get("is_disposable").asBoolean());
    assertEquals("DISPOSABLE_EMAIL", email.json().get("email").get("warnings").get(0).get("risk").asText());

    post("/phone/send/", "{\"phone_number\":\"+15005550006\"}");
    Reply voip = post("/phone/check/", "{\"phone_number\":\"+15005550006\",\"code\":\"" + code("+15005550006")
        + "\",\"voip_number_action\":\"DECLINE\"}");
    assertEquals("Declined", voip.text("status"));
    assertTrue(voip.json().get("phone").get("is_virtual").asBoolean());

    post("/phone/send/", "{\"phone_number\":\"+447700900123\",\"vendor_data\":\"alice\"}");
    post("/phone/check/", "{\"phone_number\":\"+447700900123\",\"code\":\"" + code("+447700900123") + "\"}");
    post("/phone/send/", "{\"phone_number\":\"+447700900123\",\"vendor_data\":\"bob\"}");
    assertEquals("Declined", post("/phone/check/", "{\"phone_number\":\"+447700900123\",\"code\":\""
        + code("+447700900123") + "\",\"duplicated_phone_number_action\":\"DECLINE\"}").text("status"));
  }

  @Test
  void invalidInputIsA400WithFieldErrors() throws IOException {
    Reply phone = post("/phone/send/", "{\"phone_number\":\"4155552671\",\"options\":{\"code_size\":3}}");
    assertEquals(400, phone.status());
    assertTrue(phone.json().has("phone_number"));
    assertTrue(phone.json().get("options").has("code_size"));
    Reply email = post("/email/check/", "{\"email\":\"not-an-email\",\"disposable_email_action\":\"MAYBE\"}");
    assertEquals(400, email.status());
    assertTrue(email.json().has("email"));
    assertTrue(email.json().has("code"));
    assertTrue(email.json().has("disposable_email_action"));
    assertEquals(405, http.send("GET", "/email/send/", null, null, Map.of("x-api-key", didit.apiKey())).status());
    assertEquals(404, post("/email/verify/", "{}").status());
  }
}
