package dev.onboardkit.didit;

import dev.onboardkit.core.Secret;
import dev.onboardkit.didit.account.DiditVerifyEmailResult;
import dev.onboardkit.didit.applications.DiditApplication;
import dev.onboardkit.didit.applications.DiditCreateApplicationRequest;
import java.util.Map;
import java.util.function.Supplier;

/** The README's Didit quickstart, compiled and run by {@code DiditQuickstartTest}. */
final class DiditQuickstart {
  private DiditQuickstart() {}

  static void run(DiditAuthClient.Builder builder, String email, String password,
      Supplier<String> codeFromEmail, Map<String, Secret> vault) {
    // A managed session: it logs in with email + password the first time a token is needed,
    // and again shortly before the token expires. The account calls below need no token.
    try (DiditAuthClient didit = builder.credentials(email, password).build()) {

      // 1. Once: register. Didit emails a 6-character code.
      didit.account().register(email, password);

      // 2. Once: verify the email. This creates your organization and a default application.
      DiditVerifyEmailResult boot = didit.account().verifyEmail(email, codeFromEmail.get());
      String orgId = boot.organization().uuid();
      vault.put("didit/default", boot.application().apiKey());

      // 3. One application per customer, each with its own api_key (the x-api-key of the verification API).
      //    The first call that needs a token logs in. Later runs skip steps 1 and 2 and find the
      //    organization with didit.organizations().list().
      DiditApplication acme = didit.applications(orgId).create(DiditCreateApplicationRequest.builder()
          .name("Acme onboarding")
          .websiteUrl("https://acme.example")
          .build());
      vault.put("didit/acme", acme.apiKey().orElseThrow());

      // 4. Lost a key? Retrieving the application returns its live api_key.
      Secret recovered = didit.applications(orgId).retrieve(acme.uuid()).apiKey().orElseThrow();
      vault.put("didit/acme", recovered);
    }
  }
}
