package dev.onboardkit.core.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.support.LogCapture;
import dev.onboardkit.core.support.TestRuntime;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs success and error calls with TRACE logging on, then scans every log line, exception message, stack trace
 * and toString() for the secret values used: none may appear.
 */
class SecretHygieneTest {
  private static final List<String> SECRETS = List.of(
      TestRuntime.TOKEN, "Hunter2!correct", "05mHcOWL8GathLZlz8oIDawYj9qFAcoSHtz-75PAkuo", "A3K9F2",
      "R4T8W2X6Y9Z1A3B5", "tmp_7c1d2e3f", "eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjE4MDAwMDAwMDB9.c2ln", "refresh_9a8b7c");

  private final MockWebServer server = new MockWebServer();
  private TestRuntime t;

  @BeforeEach
  void start() throws Exception {
    server.start();
    t = new TestRuntime(server);
  }

  @AfterEach
  void stop() {
    t.runtime.close();
    server.close();
  }

  @Test
  void noSecretReachesLogsMessagesOrStackTraces() {
    List<String> observed = new ArrayList<>();
    try (LogCapture logs = new LogCapture(LoggingOptions.DEFAULT_LOGGER)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("email", "dev@acme.example");
      body.put("password", "Hunter2!correct");
      body.put("code", "A3K9F2");
      body.put("otp_token", "A3K9F2");
      body.put("temp_token", "tmp_7c1d2e3f");

      server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
          .setHeader("Set-Cookie", "sessionid=" + TestRuntime.TOKEN)
          .body("{\"access_token\":\"eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjE4MDAwMDAwMDB9.c2ln\",\"refresh_token\":"
              + "\"refresh_9a8b7c\",\"application\":{\"api_key\":\"05mHcOWL8GathLZlz8oIDawYj9qFAcoSHtz-75PAkuo\"},"
              + "\"link\":\"https://app.example/apply/x?auth_code=R4T8W2X6Y9Z1A3B5\",\"pre_auth_code\":\"R4T8W2X6Y9Z1A3B5\"}")
          .build());
      Object ok = t.runtime.execute("test.op",
          ApiOperation.builder(HttpMethod.POST, ResponseDecoder.json(Map.class)).path("login").body(body).build(),
          RequestOptions.none());
      assertTrue(ok instanceof Map);

      server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
          .body("{\"password\":[\"Hunter2!correct is too common\"],\"code\":\"A3K9F2 expired\"}").build());
      OnboardKitException e = assertThrows(OnboardKitException.class, () -> t.runtime.execute("test.op",
          ApiOperation.builder(HttpMethod.POST, ResponseDecoder.json(Map.class)).path("verify")
              .query("auth_code", "R4T8W2X6Y9Z1A3B5").body(body).build(),
          RequestOptions.none()));
      observed.add(e.getMessage());
      observed.add(e.toString());
      observed.add(stackTrace(e));

      server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
          .body("{\"not\":\"a list\",\"api_key\":\"05mHcOWL8GathLZlz8oIDawYj9qFAcoSHtz-75PAkuo\"}").build());
      OnboardKitException decoding = assertThrows(OnboardKitException.class, () -> t.runtime.execute("test.op",
          ApiOperation.builder(HttpMethod.GET, ResponseDecoder.json(List.class)).path("list").build(),
          RequestOptions.none()));
      observed.add(decoding.getMessage());
      observed.add(stackTrace(decoding));

      observed.add(Secret.of("Hunter2!correct").toString());
      observed.add(Credential.bearer(Secret.of(TestRuntime.TOKEN)).toString());
      observed.add(t.runtime.options().toString());
      observed.addAll(logs.lines());

      String logText = logs.text();
      assertTrue(logText.contains("HTTP --> POST"), logText);
      assertTrue(logText.contains("HTTP <-- 400 POST"), logText);
      assertTrue(logText.contains("Authorization=Bearer [REDACTED]"), logText);
      assertTrue(logText.contains("\"email\":\"dev@acme.example\""), logText);
      assertTrue(logText.contains("auth_code=[REDACTED]"), logText);
    }

    for (String text : observed) {
      for (String secret : SECRETS) {
        assertFalse(text.contains(secret), () -> "secret " + secret + " leaked in: " + text);
      }
    }
    assertEquals(3, server.getRequestCount());
  }

  private static String stackTrace(Throwable e) {
    StringWriter sw = new StringWriter();
    e.printStackTrace(new PrintWriter(sw));
    return sw.toString();
  }

  @Test
  void aCredentialEchoedByTheServerIsMaskedInTheDecodedError() {
    server.enqueue(new MockResponse.Builder().code(401).setHeader("Content-Type", "application/json")
        .body("{\"detail\":\"Token " + TestRuntime.TOKEN + " expired\",\"token\":[\"" + TestRuntime.TOKEN + "\"]}")
        .build());

    OnboardKitException e = assertThrows(OnboardKitException.class, () -> t.runtime.execute("test.op",
        ApiOperation.builder(HttpMethod.GET, ResponseDecoder.json(Map.class)).path("me").build(),
        RequestOptions.none()));

    dev.onboardkit.core.error.ApiException api = (dev.onboardkit.core.error.ApiException) e;
    assertFalse(api.getMessage().contains(TestRuntime.TOKEN), api.getMessage());
    assertFalse(api.error().toString().contains(TestRuntime.TOKEN), api.error().toString());
    assertFalse(api.fieldErrors().toString().contains(TestRuntime.TOKEN), api.fieldErrors().toString());
    assertTrue(api.error().message().contains("[REDACTED]"), api.error().message());
  }
}
