package dev.onboardkit.reliability;

import dev.onboardkit.core.paging.CursorPage;
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
import dev.onboardkit.didit.transactions.DiditCreateTransactionRequest;
import dev.onboardkit.didit.transactions.DiditListTransactionsParams;
import dev.onboardkit.didit.transactions.DiditTransactionCategory;
import dev.onboardkit.didit.transactions.DiditTransactionDetails;
import dev.onboardkit.didit.transactions.DiditTransactionParty;
import dev.onboardkit.didit.transactions.DiditWalletScreeningRequest;
import dev.onboardkit.reliability.HostileEndpoints.Endpoint;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The Didit Verification API's standalone checks, transaction monitoring and billing for the hostile-response tests,
 * named like {@link VerificationEndpoints}' ({@code "didit verification ..."}): every response decoder of
 * {@code client.screening()}, {@code client.transactions()} and {@code client.billing()}.
 */
final class StandaloneEndpoints {
  static final String PREFIX = VerificationEndpoints.PREFIX;
  static final String PHONE = "+14155552671";
  static final String EMAIL = "ana@example.com";

  private StandaloneEndpoints() {}

  static DiditCreateTransactionRequest transaction(String id) {
    return DiditCreateTransactionRequest.builder().transactionId(id)
        .transactionCategory(DiditTransactionCategory.FINANCE)
        .transactionDetails(DiditTransactionDetails.builder().direction("OUTBOUND").amount(new BigDecimal("250.00"))
            .currency("EUR").build())
        .subject(DiditTransactionParty.ofVendorData("user-1")).build();
  }

  static void addTo(Map<String, Endpoint> all) {
    DiditDatabaseValidationRequest database = DiditDatabaseValidationRequest.builder().issuingState("ES")
        .documentNumber("99999999R").firstName("Carmen").build();
    DiditAmlScreeningRequest aml = DiditAmlScreeningRequest.of("John Smith");
    DiditKybSearchRequest search = DiditKybSearchRequest.builder().countryCode("GB").name("Tesco").build();
    DiditKybSelectRequest select = DiditKybSelectRequest.of("kyb_resp_1");
    DiditEmailSendRequest emailSend = DiditEmailSendRequest.of(EMAIL);
    DiditEmailCheckRequest emailCheck = DiditEmailCheckRequest.of(EMAIL, "123456");
    DiditPhoneSendRequest phoneSend = DiditPhoneSendRequest.of(PHONE);
    DiditPhoneCheckRequest phoneCheck = DiditPhoneCheckRequest.of(PHONE, "123456");
    DiditCreateTransactionRequest tx = transaction("t-1");
    DiditWalletScreeningRequest wallet = DiditWalletScreeningRequest.of("0x28c6c06298d514db089934071355e5743bf21d60",
        DiditBlockchain.ETH);
    DiditTopUpRequest topUp = DiditTopUpRequest.of(new BigDecimal("50"));
    all.put(PREFIX + "validate database", (k, d, v, a) -> a ? v.async().screening().validateDatabase(database)
        : v.screening().validateDatabase(database));
    all.put(PREFIX + "screen aml", (k, d, v, a) -> a ? v.async().screening().screenAml(aml)
        : v.screening().screenAml(aml));
    all.put(PREFIX + "search kyb", (k, d, v, a) -> a ? v.async().screening().searchKyb(search)
        : v.screening().searchKyb(search));
    all.put(PREFIX + "select kyb", (k, d, v, a) -> a ? v.async().screening().selectKyb(select)
        : v.screening().selectKyb(select));
    all.put(PREFIX + "send email code", (k, d, v, a) -> a ? v.async().screening().sendEmailCode(emailSend)
        : v.screening().sendEmailCode(emailSend));
    all.put(PREFIX + "check email code", (k, d, v, a) -> a ? v.async().screening().checkEmailCode(emailCheck)
        : v.screening().checkEmailCode(emailCheck));
    all.put(PREFIX + "send phone code", (k, d, v, a) -> a ? v.async().screening().sendPhoneCode(phoneSend)
        : v.screening().sendPhoneCode(phoneSend));
    all.put(PREFIX + "check phone code", (k, d, v, a) -> a ? v.async().screening().checkPhoneCode(phoneCheck)
        : v.screening().checkPhoneCode(phoneCheck));
    all.put(PREFIX + "list transactions", (k, d, v, a) -> a
        ? v.async().transactions().list(DiditListTransactionsParams.builder().limit(1).build())
        : drained(v.transactions().list(DiditListTransactionsParams.builder().limit(1).build())));
    all.put(PREFIX + "create transaction", (k, d, v, a) -> a ? v.async().transactions().create(tx)
        : v.transactions().create(tx));
    all.put(PREFIX + "retrieve transaction", (k, d, v, a) -> a ? v.async().transactions().retrieve("t-uuid")
        : v.transactions().retrieve("t-uuid"));
    all.put(PREFIX + "screen wallet", (k, d, v, a) -> a ? v.async().transactions().screenWallet(wallet)
        : v.transactions().screenWallet(wallet));
    all.put(PREFIX + "balance", (k, d, v, a) -> a ? v.async().billing().balance() : v.billing().balance());
    all.put(PREFIX + "top up", (k, d, v, a) -> a ? v.async().billing().topUp(topUp) : v.billing().topUp(topUp));
  }

  private static Object drained(CursorPage<?> page) {
    HostileEndpoints.drainAutoPager(page);
    return page;
  }
}
