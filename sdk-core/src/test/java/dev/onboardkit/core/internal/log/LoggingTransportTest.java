package dev.onboardkit.core.internal.log;

import dev.onboardkit.core.log.LoggingOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.support.LogCapture;
import dev.onboardkit.core.support.TestRuntime;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingTransportTest {
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
  void debugLogsOneLinePerAttemptWithStatusLatencyAndAttemptButNoHeadersOrBodies() {
    server.enqueue(new MockResponse.Builder().code(503).body("{\"detail\":\"busy\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).setHeader("x-request-id", "req_9").body("{\"ok\":1}").build());
    try (LogCapture logs = new LogCapture(LoggingOptions.DEFAULT_LOGGER)) {
      ((Logger) LoggerFactory.getLogger(LoggingOptions.DEFAULT_LOGGER)).setLevel(Level.DEBUG);

      t.runtime.execute("test.op", ApiOperation.builder(HttpMethod.GET, ResponseDecoder.json(Map.class)).path("items")
          .query("cursor", "c1").query("code", "SECRETCODE").build(), RequestOptions.none());

      List<String> lines = logs.lines();
      String base = "http://" + server.getHostName() + ":" + server.getPort() + "/api/items?cursor=c1&code=[REDACTED]";
      assertEquals(5, lines.size(), String.join("\n", lines));
      assertEquals("DEBUG HTTP --> GET " + base + " (attempt 1)", lines.get(0));
      assertTrue(lines.get(1).matches("DEBUG HTTP <-- 503 GET \\Q" + base + "\\E \\(\\d+ ms, attempt 1\\)"), lines.get(1));
      assertTrue(lines.get(2).startsWith("DEBUG Retrying GET http://"), lines.get(2));
      assertTrue(lines.get(2).contains("in 375 ms (retry 1 of 2) after HTTP 503"), lines.get(2));
      assertEquals("DEBUG HTTP --> GET " + base + " (attempt 2)", lines.get(3));
      assertTrue(lines.get(4).matches("DEBUG HTTP <-- 200 GET \\Q" + base + "\\E \\(\\d+ ms, attempt 2, request id req_9\\)"),
          lines.get(4));
      assertFalse(logs.text().contains("SECRETCODE"));
      assertFalse(logs.text().contains("busy"), "bodies only at TRACE");
    }
  }

  @Test
  void aFailedResponseBodyIsConsumedAndClosedSoTheRetryReusesTheConnection() throws Exception {
    server.enqueue(new MockResponse.Builder().code(500).body("{\"detail\":\"" + "x".repeat(10_000) + "\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());

    t.runtime.execute("test.op",
        ApiOperation.builder(HttpMethod.GET, ResponseDecoder.json(Map.class)).path("items").build(),
        RequestOptions.none());

    assertEquals(0, server.takeRequest().getConnectionIndex());
    assertEquals(0, server.takeRequest().getConnectionIndex());
  }
}
