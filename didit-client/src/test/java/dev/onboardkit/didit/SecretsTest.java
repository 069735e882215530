package dev.onboardkit.didit;

import static dev.onboardkit.didit.support.TestClients.json;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.core.log.LoggingOptions;
import dev.onboardkit.didit.account.DiditLoginResult;
import dev.onboardkit.didit.account.DiditTokens;
import dev.onboardkit.didit.account.DiditVerifyEmailResult;
import dev.onboardkit.didit.applications.DiditApplication;
import dev.onboardkit.didit.support.Jwts;
import dev.onboardkit.core.support.LogCapture;
import dev.onboardkit.didit.support.TestClients;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Passwords, codes, tokens and API keys never reach toString(), exception messages or logs (even at TRACE). */
class SecretsTest {
  static final String PASSWORD = "Pa55word!Secret";
  static final String CODE = "Q7W8E9";
  static final String ACCESS = Jwts.withExp("u", Instant.parse("2027-01-01T00:00:00Z"));
  static final String REFRESH = "refresh-SECRET-1";
  static final String API_KEY = "apikey-SECRET-2";
  static final String TEMP = "temp-SECRET-3";
  static final String OTP = "987654";
  static final String MANAGED = "managed-SECRET-4";

  private final MockWebServer server = new MockWebServer();
  private final TestClients t = new TestClients();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void secretsAreMaskedInValuesMessagesAndTraceLogs() {
    String app = "{\"uuid\":\"app-1\",\"name\":\"n\",\"client_id\":\"c\",\"api_key\":\"" + API_KEY + "\"}";
    server.enqueue(json(201, "{\"message\":\"sent\",\"email\":\"dev@acme.io\"}"));
    server.enqueue(json(200, "{\"access_token\":\"" + ACCESS + "\",\"refresh_token\":\"" + REFRESH
        + "\",\"expires_in\":86400,\"organization\":{\"uuid\":\"org-1\",\"name\":\"o\"},\"application\":" + app + "}"));
    server.enqueue(json(200, "{\"2fa_required\":true,\"temp_token\":\"" + TEMP + "\",\"has_authenticator\":true}"));
    server.enqueue(json(400, "[\"Invalid OTP token.\"]"));
    server.enqueue(json(200, "{\"access_token\":\"" + ACCESS + "\",\"refresh_token\":\"" + REFRESH + "\"}"));
    server.enqueue(json(200, "{\"access_token\":\"" + MANAGED + "\",\"expires_in\":3600}"));
    server.enqueue(json(200, app));

    StringBuilder shown = new StringBuilder();
    String logs;
    try (LogCapture capture = new LogCapture(LoggingOptions.DEFAULT_LOGGER);
        DiditAuthClient client = t.builder(server).credentials("dev@acme.io", PASSWORD).build()) {
      shown.append(client.account().register("dev@acme.io", PASSWORD));
      DiditVerifyEmailResult verified = client.account().verifyEmail("dev@acme.io", CODE);
      shown.append(verified).append(verified.tokens()).append(verified.application());
      DiditLoginResult login = client.account().login("dev@acme.io", PASSWORD);
      shown.append(login).append(login.challenge().get());
      BadRequestException wrongOtp = assertThrows(BadRequestException.class,
          () -> client.account().verifyTwoFactor(login.challenge().get().tempToken(), OTP));
      shown.append(wrongOtp.getMessage()).append(wrongOtp.rawBody());
      DiditTokens tokens = client.account().verifyTwoFactor(login.challenge().get().tempToken(), OTP);
      shown.append(tokens);
      DiditApplication application = client.applications("org-1").retrieve("app-1");
      shown.append(application).append(client).append(client.options());
      logs = capture.text();
    }

    for (String secret : List.of(PASSWORD, CODE, ACCESS, REFRESH, API_KEY, TEMP, OTP, MANAGED)) {
      assertFalse(shown.toString().contains(secret), "value or message shows " + secret + ": " + shown);
      assertFalse(logs.contains(secret), "logs show " + secret + ":\n" + logs);
    }
    assertTrue(logs.contains("programmatic/login/") && logs.contains("[REDACTED]"), logs);
    assertTrue(logs.contains("dev@acme.io"), "emails are not secret");
  }
}
