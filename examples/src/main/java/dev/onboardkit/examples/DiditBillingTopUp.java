package dev.onboardkit.examples;

import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.billing.DiditBalance;
import dev.onboardkit.didit.billing.DiditCheckoutSession;
import dev.onboardkit.didit.billing.DiditTopUpRequest;
import dev.onboardkit.testkit.RequestMatcher;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import java.math.BigDecimal;

/**
 * Example 11, billing: read the credit balance, start a top-up (a Stripe checkout the customer pays), and see that a
 * top-up is never sent twice, even when the server asks to retry.
 */
public final class DiditBillingTopUp implements Example {
  @Override
  public String title() {
    return "11. Didit billing: balance, top-up checkout, and a top-up is never retried";
  }

  @Override
  public void run(ExampleContext ctx) {
    if (ctx.verificationFakeIfUsed().isEmpty()) {
      try (DiditClient didit = ctx.diditVerificationFromEnv().build()) {
        ctx.report().call("GET /billing/balance/", didit.billing().balance().balance().toPlainString() + " USD");
      }
      ctx.report().note("a top-up would open a real Stripe checkout: skipped against the real API");
      return;
    }
    FakeDiditVerificationServer fake = ctx.verificationFakeIfUsed().get();
    try (DiditClient didit = DiditClient.builder().apiKey(fake.issueApiKey()).baseUrl(fake.baseUrl()).build()) {
      // [readme:didit-top-up]
      DiditBalance balance = didit.billing().balance();                  // exact: BigDecimal dollars
      DiditCheckoutSession checkout = didit.billing().topUp(DiditTopUpRequest.builder()
          .amountInDollars(new BigDecimal("500.00"))
          .successUrl("https://yourapp.example/billing/done?session=" + DiditTopUpRequest.CHECKOUT_SESSION_ID)
          .build());
      // redirect the customer to checkout.checkoutSessionUrl(); the credits arrive once they pay
      // [/readme]
      ctx.report().call("GET /billing/balance/", balance.balance().toPlainString() + " USD");
      ctx.report().call("POST /billing/top-up/ (500.00 USD)", "checkout " + checkout.checkoutSessionId() + " on "
          + checkout.checkoutSessionUrl().getHost());
      fake.settleCheckout(checkout.checkoutSessionId());                   // the customer paid
      ctx.report().call("GET /billing/balance/ (after payment)", didit.billing().balance().balance().toPlainString()
          + " USD");

      fake.faults().failNext(1, RequestMatcher.of("POST", "/billing/top-up/"), 429,
          "{\"detail\":\"Request was throttled.\",\"wait\":1}");
      int before = fake.checkoutCount();
      try {
        didit.billing().topUp(DiditTopUpRequest.of(new BigDecimal("50")));
      } catch (RateLimitException e) {
        ctx.report().call("POST /billing/top-up/ (throttled, wait 1)", "RateLimitException after " + e.attempts()
            + " attempt, " + (fake.checkoutCount() - before) + " new checkouts: money never moves twice");
      }
    }
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    Example.runAlone(new DiditBillingTopUp());
  }
}
