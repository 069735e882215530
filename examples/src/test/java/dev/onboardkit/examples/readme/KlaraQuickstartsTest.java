package dev.onboardkit.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.examples.readme.JavaPrograms.Run;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.testkit.RequestMatcher;
import dev.onboardkit.testkit.WebhookDelivery;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import dev.onboardkit.testkit.klara.FakeKlaraServerExtension;
import dev.onboardkit.testkit.klara.KlaraApplicationSnapshot;
import java.net.URI;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The README's Klara programs, each compiled on its own and run in its own JVM against the fake Klara server. */
class KlaraQuickstartsTest {
  @RegisterExtension
  final FakeKlaraServerExtension klara = FakeKlaraServerExtension.perTest();

  @TempDir
  Path dir;

  private Path compile(String name) throws Exception {
    return JavaPrograms.compiled(name, Quickstarts.source(name));
  }

  private Map<String, String> env(FakeKlaraServer fake) {
    return Map.of("KLARA_API_KEY", fake.issueApiKey(), "KLARA_BASE_URL", fake.baseUrl().toString());
  }

  @Test
  void klaraQuickstartCreatesOneApplicationWithPreAuth(FakeKlaraServer fake) throws Exception {
    Run run = JavaPrograms.run(compile("KlaraQuickstart"), "KlaraQuickstart", env(fake), dir);

    assertEquals(0, run.exitCode(), run.toString());
    KlaraApplicationSnapshot created = fake.createdApplications().get(0);
    assertEquals(List.of("Created application " + created.id() + " with a pre-auth code"), run.stdout());
    assertEquals(List.of("POST /applications -> 201"), fake.requestLog());
    assertEquals("Acme Financial Ltd", created.companyName());
    assertEquals("kyc-standard", created.configId());
    assertEquals("sophie@acme.com", created.primaryContactEmail());
    assertTrue(created.preAuthCode().isPresent());
    assertFalse(run.toString().contains(created.preAuthCode().get()), "the pre-auth code was printed");
  }

  @Test
  void klaraQuickstartReportsABadKeyBeforeSendingAnything(FakeKlaraServer fake) throws Exception {
    Run run = JavaPrograms.run(compile("KlaraQuickstart"), "KlaraQuickstart",
        Map.of("KLARA_API_KEY", "not-a-klara-key", "KLARA_BASE_URL", fake.baseUrl().toString()), dir);

    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.stderr().startsWith("Fix the request: ") && run.stderr().contains("KLARA_API_KEY"), run.stderr());
    assertEquals(0, fake.requestCount());
  }

  @Test
  void klaraQuickstartReportsAnErrorStatusAndDoesNotRepeatTheCreate(FakeKlaraServer fake) throws Exception {
    fake.faults().failNext(1, RequestMatcher.of("POST", "/applications"), 503, "{\"error\":\"Maintenance\"}");

    Run run = JavaPrograms.run(compile("KlaraQuickstart"), "KlaraQuickstart", env(fake), dir);

    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.stderr().startsWith("Klara answered 503: "), run.stderr());
    assertEquals(List.of("POST /applications -> 503 (injected)"), fake.requestLog());
    assertEquals(0, fake.createdCount());
  }

  @Test
  void klaraReentryRefreshesThePreAuthCodeOfTheApplication(FakeKlaraServer fake) throws Exception {
    Map<String, String> env = env(fake);
    String id = create(fake, env.get("KLARA_API_KEY"), "Harbour Analytics");
    String firstCode = fake.application(id).orElseThrow().preAuthCode().orElseThrow();

    Run run = JavaPrograms.run(compile("KlaraReentry"), "KlaraReentry", env, dir, id);

    assertEquals(0, run.exitCode(), run.toString());
    KlaraApplicationSnapshot refreshed = fake.application(id).orElseThrow();
    assertEquals(List.of("New pre-auth code for participant " + refreshed.participantId() + ", valid until "
        + refreshed.preAuthExpiresAt().orElseThrow().truncatedTo(ChronoUnit.MILLIS)), run.stdout());
    assertFalse(fake.isPreAuthCodeValid(id, firstCode));
    assertEquals("POST /applications/" + id + "/pre-auth -> 201", last(fake.requestLog()));
    assertEquals(1, fake.createdCount());
  }

  @Test
  void klaraReentrySaysWhenTheApplicationDoesNotExist(FakeKlaraServer fake) throws Exception {
    Run run = JavaPrograms.run(compile("KlaraReentry"), "KlaraReentry", env(fake), dir, "no-such-application");

    assertEquals(1, run.exitCode(), run.toString());
    assertEquals("No application no-such-application", run.stderr().strip());
  }

  @Test
  void klaraReviewListsEverySubmittedApplicationPageByPageThenApprovesOne(FakeKlaraServer fake) throws Exception {
    Map<String, String> env = env(fake);
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      String id = create(fake, env.get("KLARA_API_KEY"), "Northwind Trading " + i);
      fake.putField(id, "company_name", "Northwind Trading " + i);
      fake.setStatus(id, "submitted");
      ids.add(id);
    }
    create(fake, env.get("KLARA_API_KEY"), "Not Submitted Ltd");
    Path classes = compile("KlaraReview");

    Run list = JavaPrograms.run(classes, "KlaraReview", env, dir);

    assertEquals(0, list.exitCode(), list.toString());
    assertEquals(13, list.stdout().size(), list.toString());
    assertEquals("12 submitted applications", last(list.stdout()));
    assertTrue(list.stdout().contains(ids.get(0) + " Northwind Trading 1"), list.toString());
    assertEquals(2, fake.requestLog().stream().filter(l -> l.equals("GET /applications -> 200")).count());

    String approved = ids.get(3);
    Run approve = JavaPrograms.run(classes, "KlaraReview", env, dir, approved);
    Run again = JavaPrograms.run(classes, "KlaraReview", env, dir, approved);

    assertEquals(List.of(approved + " approved"), approve.stdout(), approve.toString());
    assertEquals(List.of(approved + " was already approved"), again.stdout(), again.toString());
    assertEquals(1, fake.decisions(approved).size());
    assertEquals("approved", fake.application(approved).orElseThrow().status());
  }

  @Test
  void klaraWebhookServerAcceptsASignedDeliveryAndRejectsATamperedOne(FakeKlaraServer fake) throws Exception {
    JavaPrograms.Server server = JavaPrograms.startServer(compile("KlaraWebhookServer"), "KlaraWebhookServer",
        Map.of("KLARA_WEBHOOK_SECRET", fake.webhookSecret(), "PORT", "0"), dir);
    List<String> printed;
    WebhookDelivery delivery = fake.signedEvent("application.submitted", "app-1",
        Map.of("applicationId", "app-1", "submittedAt", "2026-03-06T09:00:00.000Z"));
    int accepted;
    int rejected;
    try {
      String listening = server.awaitLine("Listening on ");
      URI endpoint = URI.create(listening.substring("Listening on ".length()).replace("localhost", "127.0.0.1"));
      accepted = fake.deliver(endpoint, delivery);
      rejected = fake.deliver(endpoint, new WebhookDelivery(delivery.eventId(), delivery.type(),
          delivery.body().replace("app-1", "app-2"), delivery.headers()));
    } finally {
      printed = server.stop();
    }

    assertEquals(200, accepted);
    assertEquals(401, rejected);
    assertTrue(Pattern.matches("Listening on http://localhost:\\d+/webhooks/klara", printed.get(0)), printed.get(0));
    assertEquals(List.of("event " + delivery.eventId() + ": APPLICATION_SUBMITTED for application app-1",
        "rejected: SIGNATURE_MISMATCH"), printed.subList(1, printed.size()));
  }

  private static String create(FakeKlaraServer fake, String apiKey, String company) {
    try (KlaraClient client = KlaraClient.builder().baseUrl(fake.baseUrl()).apiKey(apiKey).build()) {
      return client.applications().create(KlaraCreateApplicationRequest.builder()
          .configId(FakeKlaraServer.DEFAULT_CONFIG_ID)
          .primaryContact("Liam Byrne", "liam@harbour.ie", null)
          .companyName(company).country("IE").preAuth(true).build()).applicationId();
    }
  }

  private static String last(List<String> lines) {
    return lines.get(lines.size() - 1);
  }
}
