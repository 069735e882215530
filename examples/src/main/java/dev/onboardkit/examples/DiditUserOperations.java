package dev.onboardkit.examples;

import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.sessions.DiditCreateImportRequest;
import dev.onboardkit.didit.sessions.DiditCreateSessionRequest;
import dev.onboardkit.didit.sessions.DiditImport;
import dev.onboardkit.didit.sessions.DiditImportFormat;
import dev.onboardkit.didit.sessions.DiditImportRowError;
import dev.onboardkit.didit.sessions.DiditImportType;
import dev.onboardkit.didit.sessions.DiditImportedSession;
import dev.onboardkit.didit.sessions.DiditSession;
import dev.onboardkit.didit.sessions.DiditSessionShare;
import dev.onboardkit.didit.users.DiditCreateUserRequest;
import dev.onboardkit.didit.users.DiditEntityStatus;
import dev.onboardkit.didit.users.DiditListUsersParams;
import dev.onboardkit.didit.users.DiditUser;
import dev.onboardkit.testkit.didit.DiditOutcome;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Example 9, Didit users (KYC subjects grouped by {@code vendor_data}): pre-register a user with an allowlisted email,
 * verify them, flag them for monitoring, list users page by page, share their verified session with a partner
 * (Reusable KYC), bulk-import historical verifications from a hosted file, and delete the users again.
 */
public final class DiditUserOperations implements Example {
  static final String USER = "customer-1001";

  @Override
  public String title() {
    return "12. Didit users: pre-register, verify, flag, list, share a session, bulk-import history, delete";
  }

  @Override
  public void run(ExampleContext ctx) {
    if (ctx.realDidit() && !ctx.realDiditVerification()) {
      ctx.report().note("the Auth API is real but DIDIT_API_KEY is not set: skipped");
      return;
    }
    Optional<FakeDiditVerificationServer> fake = ctx.verificationFakeIfUsed();
    try (DiditClient didit = verificationClient(ctx)) {
      // [readme:didit-users]
      DiditUser user = didit.users().create(DiditCreateUserRequest.builder()
          .vendorData(USER).displayName("Ana (premium)")
          .approvedEmails(List.of("ana@example.com")).metadata(Map.of("plan", "premium"))
          .build());
      didit.users().updateStatus(USER, DiditEntityStatus.FLAGGED);   // monitoring: ACTIVE, FLAGGED or BLOCKED
      // [/readme]
      ctx.report().call("POST /users/create/", "user " + user.vendorData().orElseThrow() + " ("
          + user.status().wireValue() + "), allowlisted " + user.approvedEmails());
      ctx.report().call("PATCH /users/" + USER + "/update-status/",
          didit.users().retrieve(USER).status().wireValue());

      if (fake.isPresent()) {
        DiditSession session = didit.sessions().create(DiditCreateSessionRequest.builder()
            .workflowId(fake.get().defaultWorkflowId()).vendorData(USER).build());
        fake.get().complete(session.sessionId(), DiditOutcome.APPROVED);
        DiditUser verified = didit.users().retrieve(USER);
        ctx.report().call("GET /users/" + USER + "/", "after an approved session: " + verified.fullName().orElse("?")
            + ", born " + verified.dateOfBirth().orElse("?") + ", documents from " + verified.issuingStates());

        // [readme:didit-share]
        DiditSessionShare share = didit.sessions().share(session.sessionId(), "partner-client-id");
        String token = share.shareToken().orElseThrow().reveal();           // hand it to the partner
        DiditImportedSession imported = didit.sessions().importShared(token);   // the partner's client, in its app
        // [/readme]
        ctx.report().call("POST /session/" + session.sessionId() + "/share/", "share token issued " + share
            .shareToken().orElseThrow());
        ctx.report().call("POST /session/import-shared/", "session " + imported.sessionId().orElseThrow() + " ("
            + imported.status().wireValue() + ") without verifying again");
      }

      int users = 0;
      for (DiditUser u : didit.users().list(DiditListUsersParams.builder().limit(10).build()).autoPager()) {
        users++;
      }
      ctx.report().call("GET /users/?limit=10 (auto-paging)", users + " users");

      String template = didit.sessions().imports().template().text();
      ctx.report().call("GET /session/imports/template/", "columns " + template.lines().findFirst().orElse(""));
      if (fake.isPresent()) {
        String url = "https://files.example.com/legacy-kyc.csv";
        fake.get().hostImportFile(url, "vendor_data,status,first_name,last_name,date_of_birth\n"
            + "legacy-1,Approved,Bea,Soto,1985-02-02\nlegacy-2,Declined,Cy,Mora,1979-07-30\n"
            + "legacy-3,Approved,Di,Paz,30/01/1990\n");
        // [readme:didit-import]
        DiditImport job = didit.sessions().imports().create(DiditCreateImportRequest.builder()
            .sourceFileUrl(url).importType(DiditImportType.USER_VERIFICATION).sourceFormat(DiditImportFormat.CSV)
            .build());
        DiditImport done = didit.sessions().imports().retrieve(job.id().orElseThrow());   // status and summary
        List<DiditImportRowError> failed = didit.sessions().imports().errors(job.id().orElseThrow()).stream()
            .collect(Collectors.toList());                        // each row's row_number, column and message
        // [/readme]
        ctx.report().call("POST /session/imports/", done.status().orElse("?") + ", " + done.summary());
        for (DiditImportRowError error : failed) {
          ctx.report().call("GET /session/imports/{id}/errors/", "row " + error.additionalProperties()
              .get("row_number") + " " + error.additionalProperties().get("column") + ": "
              + error.additionalProperties().get("message"));
        }
      } else {
        ctx.report().note("real API: a bulk import needs a hosted file, so it is not run here");
      }

      Map<String, Object> deleted = didit.users().deleteMany(List.of(USER)).additionalProperties();
      ctx.report().call("POST /users/delete/", "deleted " + deleted);
    }
  }

  /** A verification client: from {@code DIDIT_API_KEY}, or with a key the embedded fake issues. */
  static DiditClient verificationClient(ExampleContext ctx) {
    return ctx.realDiditVerification() ? ctx.diditVerificationFromEnv().build()
        : DiditClient.builder().baseUrl(ctx.verificationUrl())
            .apiKey(ctx.verificationFakeIfUsed().orElseThrow().issueApiKey()).build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    Example.runAlone(new DiditUserOperations());
  }
}
