package dev.onboardkit.reliability;

import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.NotFoundException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.error.UnexpectedStatusException;
import dev.onboardkit.core.error.UnprocessableEntityException;
import dev.onboardkit.core.webhook.WebhookVerificationException;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.decisions.DiditDecision;
import dev.onboardkit.didit.sessions.DiditCreateSessionRequest;
import dev.onboardkit.didit.sessions.DiditSession;
import dev.onboardkit.didit.sessions.DiditSessionStatus;
import dev.onboardkit.didit.sessions.DiditUpdateSessionStatusRequest;
import dev.onboardkit.didit.webhooks.DiditCreateWebhookDestinationRequest;
import dev.onboardkit.didit.webhooks.DiditWebhookDestination;
import dev.onboardkit.didit.webhooks.DiditWebhookSettingsUpdate;
import dev.onboardkit.didit.webhooks.DiditWebhooks;
import dev.onboardkit.testkit.RequestMatcher;
import dev.onboardkit.testkit.WebhookDelivery;
import dev.onboardkit.testkit.didit.DiditOutcome;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Didit Verification API's paths: a session created, completed and fetched (its token and verification link in
 * the answer), destinations and the legacy settings with their signing secrets (one rotated), signed webhooks
 * verified and rejected, and the error paths: a wrong key echoed in a 403, 402, 404, 422, a planted token in an
 * undecodable body, a dropped connection.
 */
final class DiditVerificationHygieneRun {
  private DiditVerificationHygieneRun() {}

  static void run(LeakCollector c) throws Exception {
    try (FakeDiditVerificationServer fake = FakeDiditVerificationServer.start();
        DiditClient didit = DiditClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build()) {
      c.secret(fake.apiKey());
      List<WebhookDelivery> received = new CopyOnWriteArrayList<>();
      fake.onWebhook(received::add);
      c.seen(didit);
      c.seen(didit.options());

      DiditWebhookDestination destination = didit.webhooks().destinations().create(
          DiditCreateWebhookDestinationRequest.builder().label("Hygiene").url("https://hooks.example.com/hygiene")
              .subscribedEvents(List.of("status.updated")).build());
      c.seen(destination);
      destination.secretSharedKey().ifPresent(s -> c.secret(s.reveal()));
      c.seen(didit.webhooks().destinations().retrieve(destination.uuid()));
      c.seen(didit.webhooks().settings());
      c.seen(didit.webhooks().updateSettings(DiditWebhookSettingsUpdate.builder().rotateSecretKey(true).build()));
      c.secret(fake.webhookSecret());

      DiditSession session = didit.sessions().create(DiditCreateSessionRequest.builder()
          .workflowId(fake.defaultWorkflowId()).vendorData("hygiene-user").build());
      c.seen(session);
      c.secret(session.sessionToken().orElseThrow().reveal());
      fake.complete(session.sessionId(), DiditOutcome.APPROVED);
      DiditDecision decision = didit.sessions().decision(session.sessionId(), true);
      c.seen(decision);
      c.seen(didit.sessions().webhooks().list(session.sessionId()).items());
      c.seen(didit.sessions().generatePdf(session.sessionId()));
      dev.onboardkit.didit.sessions.DiditSessionShare share = didit.sessions().share(session.sessionId(), "partner-1");
      c.seen(share);
      c.secret(share.shareToken().orElseThrow().reveal());
      c.seen(didit.sessions().importShared(share.shareToken().orElseThrow().reveal()));

      DiditWebhooks webhooks = DiditWebhooks.builder().secret(destination.secretSharedKey().orElseThrow()).build();
      c.seen(webhooks);
      for (WebhookDelivery d : received) {
        c.seen(webhooks.verifyAndParse(d.bodyBytes(), d.headers()));
        byte[] tampered = d.body().replace("Approved", "Declined").getBytes(StandardCharsets.UTF_8);
        c.expect(WebhookVerificationException.class, () -> webhooks.verifyAndParse(tampered, d.headers()));
      }
      c.expect(WebhookVerificationException.class, () -> DiditWebhooks.builder().secret("wrong-secret-0123").build()
          .verifyAndParse(received.get(0).bodyBytes(), received.get(0).headers()));

      String wrongKey = "wrong-api-key-0123456789-abcdefghij";
      c.secret(wrongKey);
      fake.faults().failNext(1, RequestMatcher.any(), 403, "{\"detail\":\"You do not have permission to perform this"
          + " action. Key: " + wrongKey + "\"}");
      try (DiditClient wrong = DiditClient.builder().baseUrl(fake.baseUrl()).apiKey(wrongKey).build()) {
        c.expect(AuthenticationException.class, () -> wrong.sessions().decision(session.sessionId()));
      }
      fake.faults().failNext(1, RequestMatcher.any(), 403, "{\"detail\":\"Key " + fake.apiKey() + " refused\","
          + "\"x-api-key\":[\"" + fake.apiKey() + "\"]}");
      c.expect(dev.onboardkit.core.error.PermissionDeniedException.class, () -> didit.workflows().list());
      fake.outOfCredits(true);
      c.expect(UnexpectedStatusException.class, () -> didit.sessions().create(
          DiditCreateSessionRequest.of(fake.defaultWorkflowId())));
      fake.outOfCredits(false);
      c.expect(NotFoundException.class, () -> didit.sessions().decision("unknown-session"));
      fake.faults().failNext(1, RequestMatcher.any(), 422,
          "{\"detail\":\"Invalid status.\",\"allowed\":[\"Approved\",\"Declined\"]}");
      c.expect(UnprocessableEntityException.class, () -> didit.sessions().updateStatus(session.sessionId(),
          DiditUpdateSessionStatusRequest.of(DiditSessionStatus.DECLINED)));
      String planted = "planted-session-token-" + System.nanoTime();
      c.secret(planted);
      fake.faults().failNext(1, RequestMatcher.of("POST", "/session/"), 201,
          "{\"session_token\":\"" + planted + "\",\"url\":\"https://verify.didit.me/session/" + planted + "\"}");
      c.expect(ResponseDecodingException.class, () -> didit.sessions().create(
          DiditCreateSessionRequest.of(fake.defaultWorkflowId())));
      fake.faults().dropAfterProcessing(1, RequestMatcher.of("POST", "/session/"));
      c.expect(ApiConnectionException.class, () -> didit.sessions().create(
          DiditCreateSessionRequest.of(fake.defaultWorkflowId())));
      c.seen(didit.sessions().list().items());
      fake.issuedSecrets().forEach(c::secret);
    }
  }
}
