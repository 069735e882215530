package dev.onboardkit.examples;

import dev.onboardkit.core.Secret;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.account.DiditLoginResult;
import dev.onboardkit.didit.account.DiditVerifyEmailResult;
import dev.onboardkit.didit.applications.DiditApplication;
import dev.onboardkit.didit.applications.DiditCreateApplicationRequest;
import dev.onboardkit.didit.organizations.DiditOrganization;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Example 5, the Didit reseller flow: register, read the emailed code, verify (which creates the organization and a
 * default application), log in, create one application per customer, and recover a lost api key.
 */
public final class DiditResellerFlow implements Example {
  private static final List<String> CUSTOMERS = List.of("Acme Lending", "Globex Payments", "Initech Insurance");

  @Override
  public String title() {
    return "5. Didit reseller: register, verify, log in, one application per customer, recover an api key";
  }

  @Override
  public void run(ExampleContext ctx) {
    String email = ctx.env("DIDIT_EMAIL").orElse("reseller@acme-reseller.io");
    String password = ctx.env("DIDIT_PASSWORD").orElse("Sup3r-Secret!pass");

    if (ctx.diditFakeIfUsed().isPresent()) {
      bootstrap(ctx, email, password, ctx.diditFakeIfUsed().get());
    } else {
      ctx.report().note("real API: skipping register and verify (the account exists)");
    }

    // A managed session: logs in on first use and again before the token expires.
    try (DiditAuthClient didit = ctx.diditBuilder().credentials(email, password).build()) {
      DiditLoginResult login = didit.account().login(email, password);
      ctx.report().call("POST /programmatic/login/", login.isChallenge() ? "two-factor challenge" : "tokens issued");

      DiditOrganization org = didit.organizations().list().get(0);
      ctx.report().call("GET /organizations/me/", "organization " + org.uuid() + " (" + org.name() + ")");

      DiditApplication first = null;
      for (String customer : CUSTOMERS) {
        DiditApplication app = didit.applications(org.uuid()).create(DiditCreateApplicationRequest.builder()
            .name(customer)
            .websiteUrl("https://" + customer.toLowerCase().replace(' ', '-') + ".example.com")
            .build());
        first = first == null ? app : first;
        // Store app.apiKey() in your secret store; it is the x-api-key of the verification API.
        ctx.report().call("POST /organizations/me/" + org.uuid() + "/applications/",
            "application " + app.uuid() + " for " + customer + ", api key " + app.apiKey().map(k -> "issued")
                .orElse("missing"));
      }

      // Lost a key? Retrieving the application returns its live api key.
      Secret recovered = didit.applications(org.uuid()).retrieve(first.uuid()).apiKey().orElseThrow();
      ctx.report().call("GET /organizations/me/" + org.uuid() + "/applications/" + first.uuid() + "/",
          "recovered the api key: " + (recovered.equals(first.apiKey().orElseThrow()) ? "same as issued" : "different"));
      ctx.report().note(didit.applications(org.uuid()).list().size() + " applications in the organization");
    }
  }

  /** Registers, reads the code the fake emailed, and verifies: the one-time bootstrap. */
  private static void bootstrap(ExampleContext ctx, String email, String password, FakeDiditServer fake) {
    Map<String, Secret> vault = new HashMap<>();
    try (DiditAuthClient anonymous = ctx.diditBuilder().anonymous().build()) {
      anonymous.account().register(email, password);
      String code = fake.mailbox().latestCode(email).orElseThrow();   // in real life: from the email
      DiditVerifyEmailResult verified = anonymous.account().verifyEmail(email, code);
      vault.put("didit/default", verified.application().apiKey());
      ctx.report().call("POST /programmatic/register/", "code emailed to " + email);
      ctx.report().call("POST /programmatic/verify-email/", "organization " + verified.organization().uuid()
          + " and default application " + verified.application().uuid() + " created");
    }
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    Example.runAlone(new DiditResellerFlow());
  }
}
