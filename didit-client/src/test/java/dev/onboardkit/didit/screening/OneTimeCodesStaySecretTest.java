package dev.onboardkit.didit.screening;

import static dev.onboardkit.didit.support.StandaloneFixtures.CODE;
import static dev.onboardkit.didit.support.StandaloneFixtures.EMAIL_CHECK;
import static dev.onboardkit.didit.support.StandaloneFixtures.PHONE_CHECK;
import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.log.LoggingOptions;
import dev.onboardkit.core.support.LogCapture;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.support.VerificationClients;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one-time code a user typed is a secret: it never shows in a request's or a result's {@code toString()}, in the
 * JSON an application's own mapper writes, in validation or error messages, or in the SDK's logs (bodies included).
 * Only the request body carries it.
 */
class OneTimeCodesStaySecretTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theCodeIsOnlyInTheRequestBody() throws Exception {
    server.enqueue(json(200, PHONE_CHECK));
    server.enqueue(json(200, EMAIL_CHECK));
    server.enqueue(json(400, "{\"code\":[\"Code " + CODE + " has expired.\"],\"detail\":\"Invalid code " + CODE
        + "\"}"));
    StringBuilder shown = new StringBuilder();
    String logs;
    DiditPhoneCheckRequest phoneCheck = DiditPhoneCheckRequest.of("+14155552671", CODE);
    DiditEmailCheckRequest emailCheck = DiditEmailCheckRequest.of("ana@mailinator.com", CODE);
    try (LogCapture capture = new LogCapture(LoggingOptions.DEFAULT_LOGGER);
        DiditClient client = new VerificationClients().builder(server)
            .logging(LoggingOptions.builder().logBodies(true).build()).build()) {
      DiditPhoneCheckResult phone = client.screening().checkPhoneCode(phoneCheck);
      DiditEmailCheckResult email = client.screening().checkEmailCode(emailCheck);
      BadRequestException e = assertThrows(BadRequestException.class,
          () -> client.screening().checkPhoneCode(phoneCheck));
      shown.append(phoneCheck).append(emailCheck).append(phone).append(email).append(e.getMessage())
          .append(e.error());
      ObjectMapper foreign = new ObjectMapper().findAndRegisterModules();
      String json = foreign.writeValueAsString(phone) + foreign.writeValueAsString(email)
          + foreign.writeValueAsString(phone.phone().orElseThrow().lifecycle());
      assertTrue(json.contains("\"code_tried\":\"Secret[****]\""), json);
      shown.append(json);
      logs = capture.text();
      assertEquals(CODE, phone.phone().orElseThrow().lifecycle().get(1).codeTried().orElseThrow().reveal());
    }

    assertFalse(shown.toString().contains(CODE), shown.toString());
    assertFalse(logs.contains(CODE), logs);
    assertTrue(logs.contains("HTTP <-- body"), "response bodies were logged: " + logs);
    assertTrue(VerificationClients.body(server.takeRequest()).contains("\"code\":\"" + CODE + "\""));
  }

  @Test
  void aMalformedCodeIsReportedWithoutItsValue() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> DiditEmailCheckRequest.of("ana@example.com", "12 3"));
    assertFalse(e.getMessage().contains("12 3"), e.getMessage());
    assertEquals("code", e.problems().get(0).field());
    assertEquals(0, server.getRequestCount());
  }
}
