package dev.onboardkit.klara;

import static dev.onboardkit.klara.support.TestKlara.bodyOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.log.LoggingOptions;
import dev.onboardkit.core.support.LogCapture;
import dev.onboardkit.klara.support.TestKlara;
import dev.onboardkit.klara.webhooks.KlaraWebhookEvent;
import dev.onboardkit.klara.webhooks.KlaraWebhookEventType;
import dev.onboardkit.klara.webhooks.KlaraWebhooks;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class KlaraQuickstartTest {
  static final String APP_ID = "550e8400-e29b-41d4-a716-446655440000";

  private static void enqueueTheWholeFlow(TestKlara t) {
    t.enqueue(201, "{\"application_id\":\"" + APP_ID + "\","
        + "\"link\":\"https://app.klara-ai.com/external/your-org/apply/ABC123?auth_code=X7K9M2P4Q8R1S5T3\","
        + "\"participants\":[{\"id\":\"660e8400-e29b-41d4-a716-446655440001\","
        + "\"access_token\":\"at_7f3k9m2p4q8r1s5t\",\"email\":\"sophie@acme.com\",\"role\":\"primary\"}],"
        + "\"pre_auth_code\":\"X7K9M2P4Q8R1S5T3\"}");
    t.enqueue(201, "{\"pre_auth_code\":\"R4T8W2X6Y9Z1A3B5\","
        + "\"link\":\"https://app.klara-ai.com/external/acme-corp/apply/7f3k9m2p4q8r1s5t?auth_code=R4T8W2X6Y9Z1A3B5\","
        + "\"expires_at\":\"2026-03-08T14:30:00.000Z\",\"participant_id\":\"660e8400-e29b-41d4-a716-446655440001\","
        + "\"already_verified\":false}");
    t.enqueue(200, "{\"applications\":[{\"id\":\"a1\",\"status\":\"submitted\",\"company_name\":\"Acme\","
        + "\"created_at\":\"2026-03-01T09:00:00Z\"}],\"has_more\":true,\"next_cursor\":\"cur_2\"}");
    t.enqueue(200, "{\"applications\":[{\"id\":\"a2\",\"status\":\"submitted\","
        + "\"created_at\":\"2026-03-01T09:00:00Z\"}],\"has_more\":false,\"next_cursor\":null}");
    t.enqueue(200, "{\"id\":\"" + APP_ID + "\",\"config_id\":\"kyc-standard\",\"status\":\"submitted\","
        + "\"data\":{\"fields\":{\"company_name\":\"Acme Financial Ltd\"}},\"participants\":[],"
        + "\"created_at\":\"2026-03-01T09:00:00Z\",\"submitted_at\":\"2026-03-04T09:00:00Z\",\"completed_at\":null}");
    t.enqueue(201, "{\"success\":true,\"decision_type\":\"approved\",\"application_id\":\"" + APP_ID + "\"}");
  }

  @Test
  void theQuickstartRunsAgainstTheDocumentedResponses() {
    try (TestKlara t = new TestKlara()) {
      enqueueTheWholeFlow(t);

      KlaraQuickstart.run(t.klara);

      List<RecordedRequest> sent = t.takeAll();
      assertEquals(List.of(
          "POST /api/external/applications",
          "POST /api/external/applications/" + APP_ID + "/pre-auth",
          "GET /api/external/applications?status=submitted&limit=50",
          "GET /api/external/applications?status=submitted&limit=50&cursor=cur_2",
          "GET /api/external/applications/" + APP_ID,
          "POST /api/external/applications/" + APP_ID + "/decision"),
          sent.stream().map(r -> r.getMethod() + " " + r.getTarget()).collect(Collectors.toList()));
      assertTrue(bodyOf(sent.get(0)).contains("\"pre_auth\":true"), bodyOf(sent.get(0)));
      assertTrue(bodyOf(sent.get(5)).startsWith("{\"type\":\"application.approved\",\"timestamp\":\""),
          bodyOf(sent.get(5)));
    }
  }

  @Test
  void theQuickstartsWebhookHandlerVerifiesAndParses() {
    try (TestKlara t = new TestKlara()) {
      KlaraWebhooks webhooks = KlaraWebhooks.builder().secret("whsec_quickstart").clock(t.clock).build();
      byte[] body = ("{\"id\":\"evt_1\",\"type\":\"application.submitted\",\"timestamp\":\"2026-03-05T14:30:00Z\","
          + "\"applicationId\":\"" + APP_ID + "\",\"organizationId\":\"org_123\",\"data\":{}}")
          .getBytes(StandardCharsets.UTF_8);
      long now = t.clock.instant().getEpochSecond();

      KlaraWebhookEvent event = KlaraQuickstart.onWebhook(webhooks, body, webhooks.sign(body, now),
          Long.toString(now));

      assertEquals(KlaraWebhookEventType.APPLICATION_SUBMITTED, event.type());
      assertEquals(Optional.of(APP_ID), event.applicationId());
    }
  }

  @Test
  void noSecretReachesTheLogsEvenAtTrace() {
    try (LogCapture logs = new LogCapture(LoggingOptions.DEFAULT_LOGGER); TestKlara t = new TestKlara()) {
      enqueueTheWholeFlow(t);

      KlaraQuickstart.run(t.klara);

      String text = logs.text();
      assertTrue(text.contains("/api/external/applications"), "traffic is logged at all");
      assertTrue(text.contains("\"application_id\""), "bodies are logged at TRACE:\n" + text);
      assertTrue(text.contains("auth_code"), "the link is logged, with its code masked:\n" + text);
      for (String secret : List.of(TestKlara.SECRET, "X7K9M2P4Q8R1S5T3", "R4T8W2X6Y9Z1A3B5", "at_7f3k9m2p4q8r1s5t")) {
        assertFalse(text.contains(secret), "logged " + secret + ":\n" + text);
      }
    }
  }
}
