package dev.onboardkit.reliability;

import dev.onboardkit.core.error.BadRequestException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.core.error.UnexpectedStatusException;
import dev.onboardkit.core.log.LoggingOptions;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.billing.DiditTopUpRequest;
import dev.onboardkit.didit.screening.DiditAmlScreeningRequest;
import dev.onboardkit.didit.screening.DiditEmailCheckRequest;
import dev.onboardkit.didit.screening.DiditEmailSendRequest;
import dev.onboardkit.didit.screening.DiditPhoneCheckRequest;
import dev.onboardkit.didit.screening.DiditPhoneSendRequest;
import dev.onboardkit.testkit.RequestMatcher;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import java.math.BigDecimal;

/**
 * The standalone checks' and billing's paths at TRACE with bodies logged: one-time codes sent and checked (the check
 * results echo the code in their lifecycle), a wrong code, a server that echoes the code in a 400, a top-up's
 * checkout link, a throttled top-up and a 402.
 */
final class DiditStandaloneHygieneRun {
  private DiditStandaloneHygieneRun() {}

  static void run(LeakCollector c) throws Exception {
    try (FakeDiditVerificationServer fake = FakeDiditVerificationServer.start();
        DiditClient didit = DiditClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey())
            .logging(LoggingOptions.builder().logBodies(true).build()).build()) {
      c.secret(fake.apiKey());
      String email = "hygiene@example.com";
      String phone = "+14155550123";
      c.seen(didit.screening().sendEmailCode(DiditEmailSendRequest.builder().email(email).codeSize(8).build()));
      String emailCode = fake.otpOutbox().latestCode(email).orElseThrow();
      c.secret(emailCode);
      DiditEmailCheckRequest wrong = DiditEmailCheckRequest.of(email, emailCode.equals("00000000") ? "11111111"
          : "00000000");
      c.seen(wrong);
      c.seen(didit.screening().checkEmailCode(wrong));
      DiditEmailCheckRequest right = DiditEmailCheckRequest.of(email, emailCode);
      c.seen(right);
      c.seen(didit.screening().checkEmailCode(right));

      c.seen(didit.screening().sendPhoneCode(DiditPhoneSendRequest.builder().phoneNumber(phone).codeSize(8).build()));
      String phoneCode = fake.otpOutbox().latestCode(phone).orElseThrow();
      c.secret(phoneCode);
      fake.faults().failNext(1, RequestMatcher.of("POST", "/phone/check/"), 400,
          "{\"code\":[\"The code " + phoneCode + " is not valid.\"],\"detail\":\"Code " + phoneCode + " rejected\"}");
      c.expect(BadRequestException.class, () -> didit.screening().checkPhoneCode(
          DiditPhoneCheckRequest.of(phone, phoneCode)));
      c.seen(didit.screening().checkPhoneCode(DiditPhoneCheckRequest.of(phone, phoneCode)));

      var checkout = didit.billing().topUp(DiditTopUpRequest.of(new BigDecimal("50")));
      c.secret(checkout.checkoutSessionUrl().toString());
      c.seen(checkout);
      fake.faults().failNext(1, RequestMatcher.of("POST", "/billing/top-up/"), 429,
          "{\"detail\":\"Request was throttled.\",\"wait\":1}");
      c.expect(RateLimitException.class, () -> didit.billing().topUp(DiditTopUpRequest.of(new BigDecimal("50"))));
      fake.outOfCredits(true);
      c.expect(UnexpectedStatusException.class, () -> didit.screening().screenAml(DiditAmlScreeningRequest.of(
          "John Smith")));
      fake.issuedSecrets().forEach(c::secret);
    }
  }
}
