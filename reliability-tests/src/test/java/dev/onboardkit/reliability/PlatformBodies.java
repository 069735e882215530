package dev.onboardkit.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.businesses.DiditBusinessUpdate;
import dev.onboardkit.didit.businesses.DiditCreateBusinessRequest;
import dev.onboardkit.didit.businesses.DiditListBusinessesParams;
import dev.onboardkit.didit.questionnaires.DiditCreateQuestionnaireRequest;
import dev.onboardkit.didit.questionnaires.DiditQuestionnaireUpdate;
import dev.onboardkit.didit.sessions.DiditCreateImportRequest;
import dev.onboardkit.didit.sessions.DiditCreateSessionRequest;
import dev.onboardkit.didit.users.DiditCreateUserRequest;
import dev.onboardkit.didit.users.DiditEntityStatus;
import dev.onboardkit.didit.users.DiditListUsersParams;
import dev.onboardkit.didit.users.DiditUserUpdate;
import dev.onboardkit.reliability.DocumentedBodies.Documented;
import dev.onboardkit.testkit.didit.DiditOutcome;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import java.util.List;
import java.util.Map;

/** The success bodies of {@link PlatformEndpoints}, captured from the Verification API fake. */
final class PlatformBodies {
  private static final String P = PlatformEndpoints.P;

  private PlatformBodies() {}

  static void capture(Map<String, Documented> out) throws Exception {
    try (FakeDiditVerificationServer fake = FakeDiditVerificationServer.start();
        RecordingTransport recording = new RecordingTransport();
        DiditClient v = DiditClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).transport(recording)
            .build()) {
      v.users().create(DiditCreateUserRequest.builder().vendorData("user-1").fullName("Ana")
          .approvedEmails(List.of("ana@example.com")).metadata(Map.of("plan", "premium")).build());
      keep(out, "create user", recording);
      v.users().create(DiditCreateUserRequest.of("user-2"));
      v.users().list(DiditListUsersParams.builder().limit(1).build());
      keep(out, "list users", recording);
      v.users().retrieve("user-1");
      keep(out, "retrieve user", recording);
      v.users().update("user-1", DiditUserUpdate.builder().displayName("Ana R.").build());
      keep(out, "update user", recording);
      v.users().updateStatus("user-1", DiditEntityStatus.FLAGGED);
      keep(out, "update user status", recording);
      v.users().deleteMany(List.of("user-2"));
      keep(out, "delete users", recording);

      v.businesses().create(DiditCreateBusinessRequest.builder().vendorData("acme").legalName("Acme Ltd")
          .countryCode("ES").build());
      keep(out, "create business", recording);
      v.businesses().create(DiditCreateBusinessRequest.builder().vendorData("north").build());
      v.businesses().list(DiditListBusinessesParams.builder().limit(1).build());
      keep(out, "list businesses", recording);
      v.businesses().retrieve("acme");
      keep(out, "retrieve business", recording);
      v.businesses().update("acme", DiditBusinessUpdate.builder().legalName("Acme Holdings").build());
      keep(out, "update business", recording);
      v.businesses().updateStatus("acme", DiditEntityStatus.BLOCKED);
      keep(out, "update business status", recording);
      v.businesses().deleteMany(List.of("north"));
      keep(out, "delete businesses", recording);

      String q = v.questionnaires().create(DiditCreateQuestionnaireRequest.builder().title("Funds")
          .questions(List.of(Map.of("type", "single_choice", "text", "Where from?", "options",
              List.of("Salary", "Savings")))).build()).uuid().orElseThrow();
      keep(out, "create questionnaire", recording);
      v.questionnaires().list();
      keep(out, "list questionnaires", recording);
      v.questionnaires().retrieve(q);
      keep(out, "retrieve questionnaire", recording);
      v.questionnaires().update(q, DiditQuestionnaireUpdate.builder().title("Funds 2").build());
      keep(out, "update questionnaire", recording);
      v.questionnaires().delete(q);
      keep(out, "delete questionnaire", recording);

      String session = v.sessions().create(DiditCreateSessionRequest.builder().workflowId(fake.defaultWorkflowId())
          .vendorData("user-1").build()).sessionId();
      fake.complete(session, DiditOutcome.APPROVED);
      String token = v.sessions().share(session, "partner-1").shareToken().orElseThrow().reveal();
      keep(out, "share session", recording);
      v.sessions().importShared(token);
      keep(out, "import shared session", recording);

      fake.hostImportFile("https://files.example.com/kyc.csv", "vendor_data,status,date_of_birth\n"
          + "imp-1,Approved,1990-01-01\nimp-2,Approved,1990-13-01\n");
      String job = v.sessions().imports().create(DiditCreateImportRequest.of("https://files.example.com/kyc.csv"))
          .id().orElseThrow();
      keep(out, "create import", recording);
      v.sessions().imports().template();
      keep(out, "import template", recording);
      v.sessions().imports().retrieve(job);
      keep(out, "retrieve import", recording);
      v.sessions().imports().errors(job);
      keep(out, "import errors", recording);
      SuiteSecrets.addAll(fake.issuedSecrets());
    }
  }

  private static void keep(Map<String, Documented> out, String name, RecordingTransport recording) {
    HttpResponse r = recording.last;
    assertTrue(r.isSuccessful(), name + " " + r);
    out.put(P + name, Documented.of(r));
  }
}
