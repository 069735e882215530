package dev.onboardkit.examples;

import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.transactions.DiditBlockchain;
import dev.onboardkit.didit.transactions.DiditCreateTransactionRequest;
import dev.onboardkit.didit.transactions.DiditListTransactionsParams;
import dev.onboardkit.didit.transactions.DiditTransaction;
import dev.onboardkit.didit.transactions.DiditTransactionCategory;
import dev.onboardkit.didit.transactions.DiditTransactionDetails;
import dev.onboardkit.didit.transactions.DiditTransactionParty;
import dev.onboardkit.didit.transactions.DiditTransactionStatus;
import dev.onboardkit.didit.transactions.DiditTransactionSummary;
import dev.onboardkit.didit.transactions.DiditWalletScreening;
import dev.onboardkit.didit.transactions.DiditWalletScreeningRequest;
import dev.onboardkit.testkit.didit.DiditScreeningTestData;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import java.math.BigDecimal;

/**
 * Example 10, transaction monitoring: submit withdrawals for rule evaluation (a small one passes, a large one goes to
 * review), list them page by page, read one back, and screen crypto wallets before paying out.
 */
public final class DiditTransactionMonitoring implements Example {
  @Override
  public String title() {
    return "10. Didit transaction monitoring: submit, list (auto-paging), retrieve, screen a wallet";
  }

  @Override
  public void run(ExampleContext ctx) {
    if (ctx.verificationFakeIfUsed().isEmpty()) {
      ctx.report().note("would record transactions in a real account: skipped against the real API");
      return;
    }
    FakeDiditVerificationServer fake = ctx.verificationFakeIfUsed().get();
    try (DiditClient didit = DiditClient.builder().apiKey(fake.issueApiKey()).baseUrl(fake.baseUrl()).build()) {
      for (String amount : new String[] {"250.00", "12500.00", "75.20"}) {
        // [readme:didit-transaction]
        DiditTransaction tx = didit.transactions().create(DiditCreateTransactionRequest.builder()
            .transactionId("wd-" + amount)                                       // your id: Didit's idempotency key
            .transactionCategory(DiditTransactionCategory.FINANCE)
            .transactionDetails(DiditTransactionDetails.builder().direction("OUTBOUND")
                .amount(new BigDecimal(amount)).currency("EUR").actionType("withdrawal").build())
            .subject(DiditTransactionParty.builder().vendorData("user-42").fullName("Maria Garcia").build())
            .build());
        if (tx.status() == DiditTransactionStatus.IN_REVIEW) {
          // hold the payout until an analyst decides
        }
        // [/readme]
        ctx.report().call("POST /transactions/ (" + amount + " EUR)", tx.status().wireValue() + ", score "
            + tx.score().orElse(0) + tx.decisionReasonCode().map(c -> ", " + c).orElse(""));
      }

      int listed = 0;
      DiditTransactionSummary flagged = null;
      for (DiditTransactionSummary s : didit.transactions().list(DiditListTransactionsParams.builder().limit(2)
          .build()).autoPager()) {
        listed++;
        if (s.status() == DiditTransactionStatus.IN_REVIEW) {
          flagged = s;
        }
      }
      ctx.report().call("GET /transactions/?limit=2 (auto-paging)", listed + " transactions");
      DiditTransaction full = didit.transactions().retrieve(flagged.uuid());
      ctx.report().call("GET /transactions/{uuid}/", full.txnId().orElse("?") + ": " + full.amount().orElseThrow()
          .toPlainString() + " " + full.currency().orElse("") + ", " + full.alerts().size() + " alert(s), "
          + full.ruleRuns().size() + " rules evaluated");

      DiditWalletScreening clean = didit.transactions().screenWallet(DiditWalletScreeningRequest.of(
          "0x28c6c06298d514db089934071355e5743bf21d60", DiditBlockchain.ETH));
      DiditWalletScreening sanctioned = didit.transactions().screenWallet(DiditWalletScreeningRequest.of(
          DiditScreeningTestData.SANCTIONED_WALLET, DiditBlockchain.ETH));
      ctx.report().call("POST /wallet-screening/ (exchange wallet)", clean.severity().wireValue() + ", risk "
          + clean.riskScore().orElse(0));
      ctx.report().call("POST /wallet-screening/ (sanctioned wallet)", sanctioned.severity().wireValue() + ", risk "
          + sanctioned.riskScore().orElse(0) + ", sanctions hit " + sanctioned.sanctionsHit().orElse(false));
    }
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    Example.runAlone(new DiditTransactionMonitoring());
  }
}
