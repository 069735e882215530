package dev.onboardkit.examples.readme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.sessions.DiditCreateSessionRequest;
import dev.onboardkit.examples.readme.JavaPrograms.Run;
import dev.onboardkit.testkit.WebhookDelivery;
import dev.onboardkit.testkit.didit.DiditApplicationRecord;
import dev.onboardkit.testkit.didit.DiditOutcome;
import dev.onboardkit.testkit.didit.DiditSessionRecord;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.didit.FakeDiditServerExtension;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServerExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The README's Didit programs, each compiled on its own and run in its own JVM against the fake Didit servers. */
class DiditQuickstartsTest {
  private static final String EMAIL = "founder@acme-reseller.io";
  private static final String PASSWORD = "Sup3r-Secret!pass";

  @RegisterExtension
  final FakeDiditServerExtension auth = FakeDiditServerExtension.perTest();

  @RegisterExtension
  final FakeDiditVerificationServerExtension verification = FakeDiditVerificationServerExtension.perTest();

  @TempDir
  Path dir;

  private Path compile(String name) throws Exception {
    return JavaPrograms.compiled(name, Quickstarts.source(name));
  }

  private static Map<String, String> authEnv(FakeDiditServer fake) {
    return Map.of("DIDIT_EMAIL", EMAIL, "DIDIT_PASSWORD", PASSWORD, "DIDIT_AUTH_BASE_URL", fake.baseUrl().toString());
  }

  private static Map<String, String> verificationEnv(FakeDiditVerificationServer fake) {
    return Map.of("DIDIT_API_KEY", fake.apiKey(), "DIDIT_API_BASE_URL", fake.baseUrl().toString());
  }

  @Test
  void diditSignUpRegistersThenVerifiesTheEmailedCode(FakeDiditServer fake) throws Exception {
    Path classes = compile("DiditSignUp");

    Run register = JavaPrograms.run(classes, "DiditSignUp", authEnv(fake), dir);

    assertEquals(List.of("Registered " + EMAIL + ": run again with the code Didit emailed"), register.stdout(),
        register.toString());
    assertEquals(1, fake.registerCount());
    String code = fake.mailbox().latestCode(EMAIL).orElseThrow();

    Run verify = JavaPrograms.run(classes, "DiditSignUp", authEnv(fake), dir, code);

    assertEquals(0, verify.exitCode(), verify.toString());
    String org = fake.ownedOrganizationId(EMAIL).orElseThrow();
    DiditApplicationRecord app = fake.applications(org).get(0);
    assertEquals(List.of("Organization " + org + ", default application " + app.uuid()), verify.stdout());
    assertTrue(fake.isVerified(EMAIL));
    assertFalse(verify.toString().contains(app.apiKey()), "the API key was printed");
    assertEquals(List.of("POST /programmatic/register/ -> 201", "POST /programmatic/verify-email/ -> 200"),
        fake.requestLog());
  }

  @Test
  void diditSignUpReportsAWrongCode(FakeDiditServer fake) throws Exception {
    Path classes = compile("DiditSignUp");
    JavaPrograms.run(classes, "DiditSignUp", authEnv(fake), dir);

    Run verify = JavaPrograms.run(classes, "DiditSignUp", authEnv(fake), dir, "ZZZZZZ");

    assertEquals(1, verify.exitCode(), verify.toString());
    assertTrue(verify.stderr().startsWith("Didit answered 400: "), verify.stderr());
    assertFalse(fake.isVerified(EMAIL));
  }

  @Test
  void diditApplicationsCreatesOneApplicationPerCustomerWithOneLogin(FakeDiditServer fake) throws Exception {
    String org = fake.createVerifiedAccount(EMAIL, PASSWORD).organizationId();

    Run run = JavaPrograms.run(compile("DiditApplications"), "DiditApplications", authEnv(fake), dir,
        "Acme Lending", "Globex Payments");

    assertEquals(0, run.exitCode(), run.toString());
    List<DiditApplicationRecord> created = fake.createdApplications(org);
    assertEquals(List.of("Acme Lending", "Globex Payments"),
        created.stream().map(DiditApplicationRecord::name).collect(Collectors.toList()));
    assertEquals("https://globex-payments.example.com", created.get(1).websiteUrl().orElseThrow());
    assertEquals(List.of("Application " + created.get(0).uuid() + " for Acme Lending",
        "Application " + created.get(1).uuid() + " for Globex Payments"), run.stdout());
    // A managed session built the obvious way, on the system clock, against the fake: one login for five calls.
    assertEquals(1, fake.loginCount(EMAIL));
    assertEquals(5, fake.requestLog().stream().filter(l -> l.contains("/organizations/me/")).count());
  }

  @Test
  void diditVerificationQuickstartCreatesTheWorkflowOnceAndOneSessionPerUser(FakeDiditVerificationServer fake)
      throws Exception {
    Path classes = compile("DiditVerificationQuickstart");

    Run first = JavaPrograms.run(classes, "DiditVerificationQuickstart", verificationEnv(fake), dir,
        "user-42", "ana.garcia@example.com");

    assertEquals(0, first.exitCode(), first.toString());
    DiditSessionRecord session = fake.sessions().get(0);
    String workflowId = session.workflowId();
    assertEquals(List.of("Created workflow " + workflowId + " (set DIDIT_WORKFLOW_ID to reuse it)",
        "Session " + session.sessionId() + " is Not Started"), first.stdout());
    assertEquals("user-42", session.vendorData().orElseThrow());
    assertFalse(workflowId.equals(fake.defaultWorkflowId()));

    Map<String, String> withWorkflow = new java.util.HashMap<>(verificationEnv(fake));
    withWorkflow.put("DIDIT_WORKFLOW_ID", workflowId);
    Run again = JavaPrograms.run(classes, "DiditVerificationQuickstart", withWorkflow, dir,
        "user-42", "ana.garcia@example.com");

    assertEquals(List.of("Session " + session.sessionId() + " is Not Started"), again.stdout(), again.toString());
    assertEquals(1, fake.createdSessionCount(), "Didit returns the user's unfinished session again");
    assertEquals(1, fake.requestLog().stream().filter(l -> l.startsWith("POST /workflows/")).count());
  }

  @Test
  void diditSessionReviewListsApprovedSessionsAndSendsADeclinedOneBack(FakeDiditVerificationServer fake)
      throws Exception {
    String declined = null;
    try (DiditClient didit = DiditClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build()) {
      for (int i = 0; i < 4; i++) {
        String id = didit.sessions().create(DiditCreateSessionRequest.builder()
            .workflowId(fake.defaultWorkflowId()).vendorData("user-" + i).build()).sessionId();
        fake.complete(id, i == 2 ? DiditOutcome.DECLINED : DiditOutcome.APPROVED);
        declined = i == 2 ? id : declined;
      }
    }
    Path classes = compile("DiditSessionReview");

    Run list = JavaPrograms.run(classes, "DiditSessionReview", verificationEnv(fake), dir);

    assertEquals(0, list.exitCode(), list.toString());
    assertEquals("3 approved sessions", list.stdout().get(3), list.toString());
    assertEquals(java.util.Set.of("user-0", "user-1", "user-3"), list.stdout().subList(0, 3).stream()
        .map(l -> l.substring(l.indexOf(' ') + 1)).collect(Collectors.toSet()));

    Run review = JavaPrograms.run(classes, "DiditSessionReview", verificationEnv(fake), dir, declined);

    assertEquals(0, review.exitCode(), review.toString());
    assertTrue(review.stdout().get(0).startsWith("Session " + declined + " is Declined: "), review.toString());
    assertEquals("Sent back to the user to retake the selfie", review.stdout().get(1));
    assertEquals("Resubmitted", fake.sessionStatus(declined).orElseThrow());
    byte[] pdf = Files.readAllBytes(dir.resolve(declined + ".pdf"));
    assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(pdf, 4));
  }

  @Test
  void diditWebhookServerAcceptsTheFakesSignedDeliveriesAndRejectsATamperedOne(FakeDiditVerificationServer fake)
      throws Exception {
    List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
    fake.onWebhook(deliveries::add);
    JavaPrograms.Server server = JavaPrograms.startServer(compile("DiditWebhookServer"), "DiditWebhookServer",
        Map.of("DIDIT_WEBHOOK_SECRET", fake.webhookSecret(), "PORT", "0"), dir);
    List<String> printed;
    String sessionId;
    int accepted;
    int rejected;
    try {
      String listening = server.awaitLine("Listening on ");
      URI endpoint = URI.create(listening.substring("Listening on ".length()).replace("localhost", "127.0.0.1"));
      try (DiditClient didit = DiditClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build()) {
        sessionId = didit.sessions().create(DiditCreateSessionRequest.of(fake.defaultWorkflowId())).sessionId();
      }
      fake.complete(sessionId, DiditOutcome.APPROVED);
      WebhookDelivery approved = deliveries.get(deliveries.size() - 1);
      accepted = post(endpoint, approved.body(), approved.headers());
      rejected = post(endpoint, approved.body().replace("Approved", "Declined"), approved.headers());
    } finally {
      printed = server.stop();
    }

    assertEquals(200, accepted);
    assertEquals(401, rejected);
    assertEquals(3, printed.size(), printed.toString());
    assertTrue(printed.get(1).matches("event [0-9a-f-]+: session " + sessionId
        + " is Approved \\(verified by X-Signature-V2\\)"), printed.get(1));
    // The status is also covered by X-Signature-Simple, so no signature matches: not BODY_ALTERED.
    assertEquals("rejected: SIGNATURE_MISMATCH", printed.get(2));
  }

  private static int post(URI endpoint, String body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach((name, value) -> {
      if (!List.of("content-length", "host", "connection").contains(name.toLowerCase(java.util.Locale.ROOT))) {
        request.header(name, value);
      }
    });
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
