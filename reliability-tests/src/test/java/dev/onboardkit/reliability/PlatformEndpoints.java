package dev.onboardkit.reliability;

import dev.onboardkit.core.paging.CursorPage;
import dev.onboardkit.didit.businesses.DiditBusinessUpdate;
import dev.onboardkit.didit.businesses.DiditCreateBusinessRequest;
import dev.onboardkit.didit.businesses.DiditListBusinessesParams;
import dev.onboardkit.didit.questionnaires.DiditCreateQuestionnaireRequest;
import dev.onboardkit.didit.questionnaires.DiditQuestionnaireUpdate;
import dev.onboardkit.didit.sessions.DiditCreateImportRequest;
import dev.onboardkit.didit.users.DiditCreateUserRequest;
import dev.onboardkit.didit.users.DiditEntityStatus;
import dev.onboardkit.didit.users.DiditListUsersParams;
import dev.onboardkit.didit.users.DiditUserUpdate;
import dev.onboardkit.reliability.HostileEndpoints.Endpoint;
import java.util.List;
import java.util.Map;

/**
 * The Didit Verification API's users, businesses, questionnaires, session sharing and bulk imports for the
 * hostile-response tests: one endpoint per response decoder, named {@code "didit verification ..."} like
 * {@link VerificationEndpoints}. Lists drain their auto-pager (blocking).
 */
final class PlatformEndpoints {
  static final String P = VerificationEndpoints.PREFIX;

  private PlatformEndpoints() {}

  static void addTo(Map<String, Endpoint> all) {
    DiditCreateUserRequest user = DiditCreateUserRequest.builder().vendorData("user-1").fullName("Ana").build();
    DiditUserUpdate userUpdate = DiditUserUpdate.builder().displayName("Ana R.").build();
    DiditCreateBusinessRequest business = DiditCreateBusinessRequest.builder().vendorData("acme")
        .legalName("Acme Ltd").countryCode("ES").build();
    DiditBusinessUpdate businessUpdate = DiditBusinessUpdate.builder().legalName("Acme Holdings").build();
    DiditCreateQuestionnaireRequest questionnaire = DiditCreateQuestionnaireRequest.builder().title("Funds")
        .questions(List.of(Map.of("type", "text", "text", "Where from?"))).build();
    DiditCreateImportRequest importJob = DiditCreateImportRequest.of("https://files.example.com/kyc.csv");

    all.put(P + "list users", (k, d, v, a) -> a ? v.async().users().list(DiditListUsersParams.builder().limit(1)
        .build()) : drained(v.users().list(DiditListUsersParams.builder().limit(1).build())));
    all.put(P + "create user", (k, d, v, a) -> a ? v.async().users().create(user) : v.users().create(user));
    all.put(P + "retrieve user", (k, d, v, a) -> a ? v.async().users().retrieve("user-1")
        : v.users().retrieve("user-1"));
    all.put(P + "update user", (k, d, v, a) -> a ? v.async().users().update("user-1", userUpdate)
        : v.users().update("user-1", userUpdate));
    all.put(P + "update user status", (k, d, v, a) -> a
        ? v.async().users().updateStatus("user-1", DiditEntityStatus.FLAGGED)
        : v.users().updateStatus("user-1", DiditEntityStatus.FLAGGED));
    all.put(P + "delete users", (k, d, v, a) -> a ? v.async().users().deleteMany(List.of("user-1"))
        : v.users().deleteMany(List.of("user-1")));
    all.put(P + "list businesses", (k, d, v, a) -> a
        ? v.async().businesses().list(DiditListBusinessesParams.builder().limit(1).build())
        : drained(v.businesses().list(DiditListBusinessesParams.builder().limit(1).build())));
    all.put(P + "create business", (k, d, v, a) -> a ? v.async().businesses().create(business)
        : v.businesses().create(business));
    all.put(P + "retrieve business", (k, d, v, a) -> a ? v.async().businesses().retrieve("acme")
        : v.businesses().retrieve("acme"));
    all.put(P + "update business", (k, d, v, a) -> a ? v.async().businesses().update("acme", businessUpdate)
        : v.businesses().update("acme", businessUpdate));
    all.put(P + "update business status", (k, d, v, a) -> a
        ? v.async().businesses().updateStatus("acme", DiditEntityStatus.BLOCKED)
        : v.businesses().updateStatus("acme", DiditEntityStatus.BLOCKED));
    all.put(P + "delete businesses", (k, d, v, a) -> a ? v.async().businesses().deleteMany(List.of("acme"))
        : v.businesses().deleteMany(List.of("acme")));
    all.put(P + "list questionnaires", (k, d, v, a) -> a ? v.async().questionnaires().list()
        : drained(v.questionnaires().list()));
    all.put(P + "create questionnaire", (k, d, v, a) -> a ? v.async().questionnaires().create(questionnaire)
        : v.questionnaires().create(questionnaire));
    all.put(P + "retrieve questionnaire", (k, d, v, a) -> a ? v.async().questionnaires().retrieve("q-1")
        : v.questionnaires().retrieve("q-1"));
    all.put(P + "update questionnaire", (k, d, v, a) -> a
        ? v.async().questionnaires().update("q-1", DiditQuestionnaireUpdate.builder().title("Funds 2").build())
        : v.questionnaires().update("q-1", DiditQuestionnaireUpdate.builder().title("Funds 2").build()));
    all.put(P + "delete questionnaire", (k, d, v, a) -> a ? v.async().questionnaires().delete("q-1")
        : v.questionnaires().delete("q-1"));
    all.put(P + "share session", (k, d, v, a) -> a ? v.async().sessions().share("s-1", "partner-1")
        : v.sessions().share("s-1", "partner-1"));
    all.put(P + "import shared session", (k, d, v, a) -> a ? v.async().sessions().importShared("shr_token-1")
        : v.sessions().importShared("shr_token-1"));
    all.put(P + "create import", (k, d, v, a) -> a ? v.async().sessions().imports().create(importJob)
        : v.sessions().imports().create(importJob));
    all.put(P + "import template", (k, d, v, a) -> a ? v.async().sessions().imports().template()
        : v.sessions().imports().template());
    all.put(P + "retrieve import", (k, d, v, a) -> a ? v.async().sessions().imports().retrieve("i-1")
        : v.sessions().imports().retrieve("i-1"));
    all.put(P + "import errors", (k, d, v, a) -> a ? v.async().sessions().imports().errors("i-1")
        : drained(v.sessions().imports().errors("i-1")));
  }

  private static Object drained(CursorPage<?> page) {
    HostileEndpoints.drainAutoPager(page);
    return page;
  }
}
