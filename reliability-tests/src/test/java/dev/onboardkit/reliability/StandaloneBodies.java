package dev.onboardkit.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.billing.DiditTopUpRequest;
import dev.onboardkit.didit.screening.DiditAmlScreeningRequest;
import dev.onboardkit.didit.screening.DiditDatabaseValidationRequest;
import dev.onboardkit.didit.screening.DiditEmailCheckRequest;
import dev.onboardkit.didit.screening.DiditEmailSendRequest;
import dev.onboardkit.didit.screening.DiditKybSearchRequest;
import dev.onboardkit.didit.screening.DiditKybSelectRequest;
import dev.onboardkit.didit.screening.DiditPhoneCheckRequest;
import dev.onboardkit.didit.screening.DiditPhoneSendRequest;
import dev.onboardkit.didit.transactions.DiditBlockchain;
import dev.onboardkit.didit.transactions.DiditListTransactionsParams;
import dev.onboardkit.didit.transactions.DiditWalletScreeningRequest;
import dev.onboardkit.reliability.DocumentedBodies.Documented;
import dev.onboardkit.testkit.didit.DiditScreeningTestData;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The documented success bodies of {@link StandaloneEndpoints}, captured by calling each once against the fake
 * Verification API (a sanctions hit, a full registry match, a code read from the fake's outbox, a transaction that
 * goes to review).
 */
final class StandaloneBodies {
  private static final String P = StandaloneEndpoints.PREFIX;

  private StandaloneBodies() {}

  static void capture(Map<String, Documented> out) throws Exception {
    try (FakeDiditVerificationServer fake = FakeDiditVerificationServer.start();
        RecordingTransport recording = new RecordingTransport();
        DiditClient v = DiditClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).transport(recording)
            .build()) {
      v.screening().validateDatabase(DiditDatabaseValidationRequest.builder().issuingState("ES")
          .documentNumber(DiditScreeningTestData.REGISTRY_DOCUMENT_NUMBER).firstName("Carmen").build());
      keep(out, "validate database", recording);
      v.screening().screenAml(DiditAmlScreeningRequest.of(DiditScreeningTestData.SANCTIONED_NAME));
      keep(out, "screen aml", recording);
      String handle = v.screening().searchKyb(DiditKybSearchRequest.builder().countryCode("GB").name("Tesco")
          .build()).companies().get(0).kybResponseId();
      keep(out, "search kyb", recording);
      v.screening().selectKyb(DiditKybSelectRequest.of(handle));
      keep(out, "select kyb", recording);
      v.screening().sendEmailCode(DiditEmailSendRequest.of(StandaloneEndpoints.EMAIL));
      keep(out, "send email code", recording);
      v.screening().checkEmailCode(DiditEmailCheckRequest.of(StandaloneEndpoints.EMAIL,
          fake.otpOutbox().latestCode(StandaloneEndpoints.EMAIL).orElseThrow()));
      keep(out, "check email code", recording);
      v.screening().sendPhoneCode(DiditPhoneSendRequest.of(StandaloneEndpoints.PHONE));
      keep(out, "send phone code", recording);
      v.screening().checkPhoneCode(DiditPhoneCheckRequest.of(StandaloneEndpoints.PHONE,
          fake.otpOutbox().latestCode(StandaloneEndpoints.PHONE).orElseThrow()));
      keep(out, "check phone code", recording);
      String uuid = v.transactions().create(StandaloneEndpoints.transaction("t-1")).id();
      keep(out, "create transaction", recording);
      v.transactions().create(StandaloneEndpoints.transaction("t-2"));
      v.transactions().list(DiditListTransactionsParams.builder().limit(1).build());
      keep(out, "list transactions", recording);
      v.transactions().retrieve(uuid);
      keep(out, "retrieve transaction", recording);
      v.transactions().screenWallet(DiditWalletScreeningRequest.of(DiditScreeningTestData.SANCTIONED_WALLET,
          DiditBlockchain.ETH));
      keep(out, "screen wallet", recording);
      v.billing().balance();
      keep(out, "balance", recording);
      v.billing().topUp(DiditTopUpRequest.of(new BigDecimal("50")));
      keep(out, "top up", recording);
      SuiteSecrets.addAll(fake.issuedSecrets());
    }
  }

  private static void keep(Map<String, Documented> out, String name, RecordingTransport recording) {
    HttpResponse r = recording.last;
    assertTrue(r.isSuccessful(), name + " " + r);
    out.put(P + name, new Documented(r.statusCode(), r.bodyAsString()));
  }
}
