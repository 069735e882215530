package dev.onboardkit.examples;

import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraApplication;
import dev.onboardkit.klara.applications.KlaraApplicationDocument;
import dev.onboardkit.klara.applications.KlaraApplicationStatus;
import dev.onboardkit.klara.applications.KlaraApplicationSummary;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.klara.applications.KlaraDecisionType;
import dev.onboardkit.klara.applications.KlaraDocumentDownload;
import dev.onboardkit.klara.applications.KlaraListApplicationsParams;
import dev.onboardkit.klara.applications.KlaraRecordDecisionRequest;
import dev.onboardkit.klara.applications.KlaraRecordDecisionResponse;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.time.Instant;

/**
 * Example 3: list submitted applications with auto-paging, retrieve one, get a document's download link and record a
 * decision.
 */
public final class KlaraReviewAndDecide implements Example {
  @Override
  public String title() {
    return "3. Klara: list with auto-paging, retrieve, download a document, record a decision";
  }

  @Override
  public void run(ExampleContext ctx) {
    KlaraClient klara = ctx.klara();
    ctx.klaraFakeIfUsed().ifPresent(fake -> seedSubmittedApplications(klara, fake, ctx));

    // Pages of 10 are fetched one by one as the loop needs them.
    KlaraListApplicationsParams submitted = KlaraListApplicationsParams.builder()
        .status(KlaraApplicationStatus.SUBMITTED).limit(10).build();
    int count = 0;
    KlaraApplicationSummary first = null;
    for (KlaraApplicationSummary summary : klara.applications().list(submitted).autoPager()) {
      first = first == null ? summary : first;
      count++;
    }
    ctx.report().call("GET /applications?status=submitted&limit=10 (auto-paging)", count + " submitted applications");
    if (first == null) {
      ctx.report().note("nothing submitted yet: nothing to review");
      return;
    }

    KlaraApplication application = klara.applications().retrieve(first.id());
    ctx.report().call("GET /applications/" + application.id(), "status=" + application.status()
        + ", company=" + application.data().fields().get("company_name")
        + ", people=" + application.data().people().size());

    for (KlaraApplicationDocument document : first.documents()) {
      KlaraDocumentDownload download = klara.applications().documents().retrieve(first.id(), document.id());
      ctx.report().call("GET /applications/" + first.id() + "/documents/" + document.id(),
          download.fileName() + " (" + download.fileType() + "), link valid for 1 hour: "
              + Report.link(download.url()));
    }

    KlaraRecordDecisionResponse decision = klara.applications().recordDecision(application.id(),
        KlaraRecordDecisionRequest.of(KlaraDecisionType.APPROVED, Instant.now()));
    KlaraRecordDecisionResponse again = klara.applications().recordDecision(application.id(),
        KlaraRecordDecisionRequest.of(KlaraDecisionType.APPROVED, Instant.now()));
    ctx.report().call("POST /applications/" + application.id() + "/decision",
        decision.alreadyRecorded() ? "already recorded" : "recorded");
    ctx.report().call("POST /applications/" + application.id() + "/decision (again)",
        again.alreadyRecorded() ? "already recorded: the API deduplicates" : "recorded twice");
  }

  /** On the fake only: create applications and move them to submitted, as applicants would. */
  private static void seedSubmittedApplications(KlaraClient klara, FakeKlaraServer fake, ExampleContext ctx) {
    for (int i = 1; i <= 25; i++) {
      String id = klara.applications().create(KlaraCreateApplicationRequest.builder().configId(ctx.klaraConfigId())
          .primaryContact("Contact " + i, "contact" + i + "@northwind.example.net", null)
          .companyName("Northwind Trading " + i).country("IE").build()).applicationId();
      fake.putField(id, "company_name", "Northwind Trading " + i);
      fake.addDocument(id, "certificate-of-incorporation.pdf", "application/pdf");
      fake.setStatus(id, "submitted");
    }
    ctx.report().note("(fake only: 25 applications created and moved to 'submitted' to have something to review)");
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    Example.runAlone(new KlaraReviewAndDecide());
  }
}
