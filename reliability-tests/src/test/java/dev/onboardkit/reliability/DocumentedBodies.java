package dev.onboardkit.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.account.DiditLoginResult;
import dev.onboardkit.didit.applications.DiditApplicationUpdate;
import dev.onboardkit.didit.applications.DiditCreateApplicationRequest;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.klara.applications.KlaraDecisionType;
import dev.onboardkit.klara.applications.KlaraListApplicationsParams;
import dev.onboardkit.klara.applications.KlaraRecordDecisionRequest;
import dev.onboardkit.klara.rfi.KlaraCreateRfiRequest;
import dev.onboardkit.testkit.didit.DiditVerifiedAccount;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import dev.onboardkit.testkit.klara.FakeKlaraServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented success body of every {@link HostileEndpoints} endpoint, captured by calling each once against the
 * fakes; the fuzz test mutates these. {@code "didit login (2fa challenge)"} holds the login's second body shape.
 */
final class DocumentedBodies {
  /** A documented success body, its status and its content type, captured from the fakes. */
  record Documented(int status, String body, String contentType) {
    Documented(int status, String body) {
      this(status, body, "application/json");
    }

    /** What {@link RecordingTransport} saw. */
    static Documented of(dev.onboardkit.core.http.HttpResponse r) {
      return new Documented(r.statusCode(), r.bodyAsString(), r.contentType().orElse("application/json"));
    }
  }

  private DocumentedBodies() {}

  /** Calls every endpoint against the fakes once and keeps each success body. */
  static Map<String, Documented> capture() throws Exception {
    Map<String, Documented> out = new LinkedHashMap<>();
    try (FakeKlaraServer klaraFake = FakeKlaraServer.start(); FakeDiditServer diditFake = FakeDiditServer.start();
        RecordingTransport recording = new RecordingTransport()) {
      DiditVerifiedAccount owner = diditFake.createVerifiedAccount("owner@acme-reseller.io", "Own3r!pass");
      try (KlaraClient k = KlaraClient.builder().baseUrl(klaraFake.baseUrl()).apiKey(klaraFake.issueApiKey())
              .transport(recording).build();
          DiditAuthClient anonymous = DiditAuthClient.builder().anonymous().baseUrl(diditFake.baseUrl()).transport(recording)
              .build();
          DiditAuthClient d = DiditAuthClient.builder().baseUrl(diditFake.baseUrl())
              .accessToken(owner.accessToken()).transport(recording).build()) {
        String id = k.applications().create(KlaraCreateApplicationRequest.builder().configId("kyc-standard")
            .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO").companyName("Acme").country("IE")
            .preAuth(true).build()).applicationId();
        keep(out, "klara create application", recording);
        k.applications().refreshPreAuth(id);
        keep(out, "klara refresh pre-auth", recording);
        klaraFake.putField(id, "company_type", Map.of("nested", List.of(1, "two", true)));
        klaraFake.addPerson(id, Map.of("id", "p-1", "full_name", "Ada Lovelace", "roles", List.of("director")));
        String doc = klaraFake.addDocument(id, "incorporation.pdf", "application/pdf");
        klaraFake.setStatus(id, "submitted");
        k.applications().retrieve(id);
        keep(out, "klara retrieve application", recording);
        k.applications().list(KlaraListApplicationsParams.builder().limit(1).build());
        keep(out, "klara list applications", recording);
        k.applications().recordDecision(id,
            KlaraRecordDecisionRequest.of(KlaraDecisionType.APPROVED, klaraFake.clock().instant()));
        keep(out, "klara record decision", recording);
        k.applications().documents().retrieve(id, doc);
        keep(out, "klara document download", recording);
        k.rfiRequests().create(KlaraCreateRfiRequest.builder().companyName("Acme").country("IE")
            .primaryContact("Sophie Mitchell", "sophie@acme.com", null).preAuthenticated(true).build());
        keep(out, "klara create rfi request", recording);

        anonymous.account().register("fresh@acme-reseller.io", "Str0ng!Passw0rd");
        keep(out, "didit register", recording);
        anonymous.account().verifyEmail("fresh@acme-reseller.io",
            diditFake.mailbox().latestCode("fresh@acme-reseller.io").orElseThrow());
        keep(out, "didit verify email", recording);
        anonymous.account().resendCode("nobody@acme-reseller.io");
        keep(out, "didit resend code", recording);
        anonymous.account().login("owner@acme-reseller.io", "Own3r!pass");
        keep(out, "didit login", recording);
        diditFake.createVerifiedAccount("twofactor@acme-reseller.io", "Tw0-Factor!pass");
        diditFake.enableTwoFactor("twofactor@acme-reseller.io");
        DiditLoginResult challenge = anonymous.account().login("twofactor@acme-reseller.io", "Tw0-Factor!pass");
        out.put("didit login (2fa challenge)", new Documented(200, recording.last.bodyAsString()));
        anonymous.account().verifyTwoFactor(challenge.challenge().orElseThrow().tempToken(),
            diditFake.currentTotp("twofactor@acme-reseller.io"));
        keep(out, "didit verify 2fa", recording);
        d.organizations().list();
        keep(out, "didit list organizations", recording);
        String app = d.applications(owner.organizationId()).create(DiditCreateApplicationRequest.builder()
            .name("Customer").websiteUrl("https://customer.example.com")
            .addRedirectUris("https://customer.example.com/cb").description("A customer").build()).uuid();
        keep(out, "didit create application", recording);
        d.applications(owner.organizationId()).list();
        keep(out, "didit list applications", recording);
        d.applications(owner.organizationId()).retrieve(app);
        keep(out, "didit retrieve application", recording);
        d.applications(owner.organizationId()).update(app, DiditApplicationUpdate.builder().name("Renamed").build());
        keep(out, "didit update application", recording);
      }
      SuiteSecrets.addAll(klaraFake.issuedSecrets());
      SuiteSecrets.addAll(diditFake.issuedSecrets());
    }
    VerificationBodies.capture(out);
    StandaloneBodies.capture(out);
    PlatformBodies.capture(out);
    return out;
  }

  private static void keep(Map<String, Documented> out, String name, RecordingTransport recording) {
    HttpResponse r = recording.last;
    assertTrue(r.isSuccessful(), name + " " + r);
    out.put(name, Documented.of(r));
  }
}
