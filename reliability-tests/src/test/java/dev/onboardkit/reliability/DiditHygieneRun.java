package dev.onboardkit.reliability;

import dev.onboardkit.core.error.ApiConnectionException;
import dev.onboardkit.core.error.AuthenticationException;
import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.account.DiditLoginResult;
import dev.onboardkit.didit.account.DiditTwoFactorChallenge;
import dev.onboardkit.didit.account.DiditTwoFactorRequiredException;
import dev.onboardkit.didit.account.DiditVerifyEmailResult;
import dev.onboardkit.didit.applications.DiditApplication;
import dev.onboardkit.didit.applications.DiditApplicationUpdate;
import dev.onboardkit.didit.applications.DiditCreateApplicationRequest;
import dev.onboardkit.testkit.RequestMatcher;
import dev.onboardkit.testkit.didit.DiditMailMessage;
import dev.onboardkit.testkit.didit.DiditVerifiedAccount;
import dev.onboardkit.testkit.didit.FakeDiditServer;
import java.util.concurrent.TimeUnit;

/**
 * Didit's error paths: a wrong email code, server echoes of the password, a planted token in an undecodable body,
 * drops, the login lockout, two-factor challenges and a wrong OTP (also on a managed session), a wrong managed
 * password, 401 replays after revocation and a revoked fixed token; plus the successful calls.
 */
final class DiditHygieneRun {
  static final String PASSWORD = "Hyg1ene-Passw0rd!";

  private DiditHygieneRun() {}

  static void run(LeakCollector c) throws Exception {
    try (FakeDiditServer fake = FakeDiditServer.start()) {
      String email = "hygiene@acme-reseller.io";
      try (DiditAuthClient anonymous = DiditAuthClient.builder().anonymous().baseUrl(fake.baseUrl()).build()) {
        c.seen(anonymous.account().register(email, PASSWORD));
        String code = fake.mailbox().latestCode(email).orElseThrow();
        c.secret(code);
        c.expect(BadRequestException.class, () -> anonymous.account().verifyEmail(email,
            code.equals("ZZZZZZ") ? "YYYYYY" : "ZZZZZZ"));
        DiditVerifyEmailResult verified = anonymous.account().verifyEmail(email, code);
        c.seen(verified);
        c.seen(verified.application());
        c.secret(verified.application().apiKey().reveal());
        c.secret(verified.accessToken().reveal());
        c.seen(anonymous.account().resendCode("nobody@acme-reseller.io"));

        DiditLoginResult login = anonymous.account().login(email, PASSWORD);
        c.seen(login);
        c.seen(login.tokens());
        c.secret(login.tokens().accessToken().reveal());
        login.tokens().refreshToken().ifPresent(t -> c.secret(t.reveal()));

        fake.faults().failNext(1, RequestMatcher.of("POST", "/programmatic/login/"), 400,
            "{\"detail\":\"Invalid password: " + PASSWORD + "\",\"password\":[\"" + PASSWORD + " is wrong\"]}");
        c.expect(BadRequestException.class, () -> anonymous.account().login(email, PASSWORD));
        String plantedToken = "planted-access-token-0123456789";
        c.secret(plantedToken);
        fake.faults().failNext(1, RequestMatcher.of("POST", "/programmatic/login/"), 200,
            "{\"access_token\":\"" + plantedToken + "\",\"expires_in\":\"soon\"}");
        c.expect(ResponseDecodingException.class, () -> anonymous.account().login(email, PASSWORD));
        fake.faults().dropAfterProcessing(1, RequestMatcher.of("POST", "/programmatic/login/"));
        c.expect(ApiConnectionException.class, () -> anonymous.account().login(email, PASSWORD));

        String locked = "locked@acme-reseller.io";
        fake.createVerifiedAccount(locked, "L0cked-Account!");
        for (int i = 1; i <= 5; i++) {
          String wrong = "Wr0ng-Guess-" + i + "!";
          c.secret(wrong);
          c.expect(BadRequestException.class, () -> anonymous.account().login(locked, wrong));
        }
        c.expect(RateLimitException.class, () -> anonymous.account().login(locked, "L0cked-Account!"));
        c.expect(BadRequestException.class, () -> anonymous.async().account().login(email, "Wr0ng-Async-Guess!")
            .get(10, TimeUnit.SECONDS));
        c.secret("Wr0ng-Async-Guess!");

        String twoFactor = "twofactor@acme-reseller.io";
        fake.createVerifiedAccount(twoFactor, "Tw0-Factor!pass");
        fake.enableTwoFactor(twoFactor);
        DiditLoginResult challenged = anonymous.account().login(twoFactor, "Tw0-Factor!pass");
        c.seen(challenged);
        DiditTwoFactorChallenge challenge = challenged.challenge().orElseThrow();
        c.seen(challenge);
        c.secret(challenge.tempToken().reveal());
        c.expect(BadRequestException.class, () -> anonymous.account().verifyTwoFactor(challenge.tempToken(), "abcdef"));
        String otp = fake.currentTotp(twoFactor);
        c.secret(otp);
        c.seen(anonymous.account().verifyTwoFactor(challenge.tempToken(), otp));
        try (DiditAuthClient managed2fa = DiditAuthClient.builder().baseUrl(fake.baseUrl())
            .credentials(twoFactor, "Tw0-Factor!pass").build()) {
          c.expect(DiditTwoFactorRequiredException.class, () -> managed2fa.organizations().list());
        }
      }

      DiditVerifiedAccount other = fake.createVerifiedAccount("wrongpass@acme-reseller.io", "R1ght-Password!");
      try (DiditAuthClient wrongPassword = DiditAuthClient.builder().baseUrl(fake.baseUrl())
          .credentials(other.email(), "Wr0ng-Managed-Pass!").build()) {
        c.secret("Wr0ng-Managed-Pass!");
        c.expect(BadRequestException.class, () -> wrongPassword.organizations().list());
        c.seen(wrongPassword);
      }

      try (DiditAuthClient didit = DiditAuthClient.builder().baseUrl(fake.baseUrl()).credentials(email, PASSWORD)
          .build()) {
        c.seen(didit);
        c.seen(didit.options());
        String org = didit.organizations().list().get(0).uuid();
        DiditApplication app = didit.applications(org).create(DiditCreateApplicationRequest
            .builder().name("Hygiene customer").websiteUrl("https://hygiene.example.com").build());
        c.seen(app);
        c.secret(app.apiKey().orElseThrow().reveal());
        c.seen(didit.applications(org).retrieve(app.uuid()));
        c.seen(didit.applications(org).list());
        c.seen(didit.applications(org).update(app.uuid(), DiditApplicationUpdate.builder().name("Renamed").build()));
        fake.revokeTokens(email);
        c.seen(didit.organizations().list());
        fake.faults().dropAfterProcessing(1, RequestMatcher.of("POST", "/organizations/me/*"));
        c.expect(ApiConnectionException.class, () -> didit.applications(org).create(
            DiditCreateApplicationRequest.builder().name("Dropped").build()));
      }
      String stale = fake.issuedSecrets().stream().filter(s -> s.startsWith("eyJ")).findFirst().orElseThrow();
      fake.revokeTokens(email);
      try (DiditAuthClient fixed = DiditAuthClient.builder().baseUrl(fake.baseUrl()).accessToken(stale).build()) {
        c.expect(AuthenticationException.class, () -> fixed.organizations().list());
        c.seen(fixed);
      }
      fake.issuedSecrets().forEach(c::secret);
      fake.mailbox().messages().stream().map(DiditMailMessage::code).forEach(c::secret);
    }
  }
}
