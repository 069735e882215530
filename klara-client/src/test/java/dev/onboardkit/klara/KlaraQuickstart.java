package dev.onboardkit.klara;

import dev.onboardkit.klara.applications.KlaraApplication;
import dev.onboardkit.klara.applications.KlaraApplicationStatus;
import dev.onboardkit.klara.applications.KlaraApplicationSummary;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.klara.applications.KlaraCreateApplicationResponse;
import dev.onboardkit.klara.applications.KlaraDecisionType;
import dev.onboardkit.klara.applications.KlaraListApplicationsParams;
import dev.onboardkit.klara.applications.KlaraRecordDecisionRequest;
import dev.onboardkit.klara.applications.KlaraRecordDecisionResponse;
import dev.onboardkit.klara.applications.KlaraRefreshPreAuthResponse;
import dev.onboardkit.klara.webhooks.KlaraWebhookEvent;
import dev.onboardkit.klara.webhooks.KlaraWebhookEventType;
import dev.onboardkit.klara.webhooks.KlaraWebhooks;
import java.net.URI;
import java.time.Instant;

/** The README's Klara quickstart. Compiled with the tests and run against MockWebServer by KlaraQuickstartTest. */
final class KlaraQuickstart {
  private KlaraQuickstart() {}

  static void run(KlaraClient klara) {
    // 1. Create an application with pre-auth, then send the contact to its link
    KlaraCreateApplicationResponse created = klara.applications().create(KlaraCreateApplicationRequest.builder()
        .configId("kyc-standard")
        .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO")
        .companyName("Acme Financial Ltd")
        .companyNumber("12345678")
        .country("GB")
        .preAuth(true)
        .build());
    created.warning().ifPresent(w -> System.out.println("Invitation email failed: " + w));
    String applicationId = created.applicationId();
    URI redirectTo = created.link();       // redirect the browser here; it carries the pre-auth code, don't log it

    // 2. The contact comes back later: refresh the code instead of creating a second application
    KlaraRefreshPreAuthResponse refreshed = klara.applications().refreshPreAuth(applicationId);
    redirectTo = refreshed.link();

    // 3. List submitted applications; further pages are fetched as you iterate
    KlaraListApplicationsParams submitted = KlaraListApplicationsParams.builder()
        .status(KlaraApplicationStatus.SUBMITTED)
        .limit(50)
        .build();
    for (KlaraApplicationSummary summary : klara.applications().list(submitted).autoPager()) {
      System.out.println(summary.id() + " " + summary.companyName().orElse("(no name)"));
    }

    // 4. Read one application's status and data
    KlaraApplication application = klara.applications().retrieve(applicationId);
    System.out.println(application.status() + ": " + application.data().fields().get("company_name"));

    // 5. Record your decision (the API deduplicates, so a repeat is harmless)
    KlaraRecordDecisionResponse decision = klara.applications().recordDecision(applicationId,
        KlaraRecordDecisionRequest.of(KlaraDecisionType.APPROVED, Instant.now()));
    System.out.println(decision.alreadyRecorded() ? "decision was already recorded" : "decision recorded");
  }

  // 6. In your webhook endpoint: verify the raw body's signature, then act on the event.
  //    verifyAndParse throws WebhookVerificationException (answer 401) if any check fails.
  static KlaraWebhookEvent onWebhook(KlaraWebhooks webhooks, byte[] rawBody, String signature, String timestamp) {
    KlaraWebhookEvent event = webhooks.verifyAndParse(rawBody, signature, timestamp);
    if (event.type() == KlaraWebhookEventType.APPLICATION_SUBMITTED) {
      System.out.println("Submitted: " + event.applicationId().orElse("?") + " (event " + event.id() + ")");
    }
    return event;
  }
}
