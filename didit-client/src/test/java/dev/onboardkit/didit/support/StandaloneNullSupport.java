package dev.onboardkit.didit.support;

import static dev.onboardkit.didit.support.TestClients.json;

import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.billing.DiditBillingService;
import dev.onboardkit.didit.billing.DiditTopUpRequest;
import dev.onboardkit.didit.screening.DiditAmlScreeningRequest;
import dev.onboardkit.didit.screening.DiditDatabaseValidationRequest;
import dev.onboardkit.didit.screening.DiditEmailCheckRequest;
import dev.onboardkit.didit.screening.DiditEmailSendRequest;
import dev.onboardkit.didit.screening.DiditKybSearchRequest;
import dev.onboardkit.didit.screening.DiditKybSelectRequest;
import dev.onboardkit.didit.screening.DiditPhoneCheckRequest;
import dev.onboardkit.didit.screening.DiditPhoneSendRequest;
import dev.onboardkit.didit.screening.DiditPolicyAction;
import dev.onboardkit.didit.screening.DiditScreeningService;
import dev.onboardkit.didit.transactions.DiditBlockchain;
import dev.onboardkit.didit.transactions.DiditCreateTransactionRequest;
import dev.onboardkit.didit.transactions.DiditListTransactionsParams;
import dev.onboardkit.didit.transactions.DiditTransactionCategory;
import dev.onboardkit.didit.transactions.DiditTransactionDetails;
import dev.onboardkit.didit.transactions.DiditTransactionParty;
import dev.onboardkit.didit.transactions.DiditTransactionService;
import dev.onboardkit.didit.transactions.DiditWalletDirection;
import dev.onboardkit.didit.transactions.DiditWalletScreeningRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** The null-argument test's part for the standalone checks, transactions and billing. */
public final class StandaloneNullSupport {
  private StandaloneNullSupport() {}

  /** Answers the standalone, transaction and billing paths with a valid body, or null for other paths. */
  public static MockResponse answer(RecordedRequest r) {
    String path = r.getTarget();
    if (path.startsWith("/v3/billing/balance/")) {
      return json(200, StandaloneFixtures.BALANCE);
    }
    if (path.startsWith("/v3/billing/top-up/")) {
      return json(200, StandaloneFixtures.CHECKOUT);
    }
    if (path.startsWith("/v3/transactions/")) {
      return json(200, path.equals("/v3/transactions/") && r.getMethod().equals("GET")
          ? StandaloneFixtures.transactionsPage(null) : StandaloneFixtures.TRANSACTION);
    }
    if (path.startsWith("/v3/wallet-screening/")) {
      return json(200, StandaloneFixtures.WALLET);
    }
    Map<String, String> bodies = Map.of("/v3/aml/", StandaloneFixtures.AML,
        "/v3/database-validation/", StandaloneFixtures.DATABASE, "/v3/kyb/search/", StandaloneFixtures.KYB_SEARCH,
        "/v3/kyb/select/", StandaloneFixtures.KYB_SELECT, "/v3/email/send/", StandaloneFixtures.SENT,
        "/v3/phone/send/", StandaloneFixtures.SENT, "/v3/email/check/", StandaloneFixtures.EMAIL_CHECK,
        "/v3/phone/check/", StandaloneFixtures.PHONE_CHECK);
    String body = bodies.get(path);
    return body == null ? null : json(200, body);
  }

  /** A fresh receiver for each public type of these families with instance methods that take arguments. */
  public static void receivers(Map<Class<?>, Supplier<Object>> r, DiditClient c) {
    services(r, DiditScreeningService.class, c.screening(), c.screening().withRawResponse(), c.async().screening(),
        c.async().screening().withRawResponse());
    services(r, DiditTransactionService.class, c.transactions(), c.transactions().withRawResponse(),
        c.async().transactions(), c.async().transactions().withRawResponse());
    services(r, DiditBillingService.class, c.billing(), c.billing().withRawResponse(), c.async().billing(),
        c.async().billing().withRawResponse());
    r.put(DiditTopUpRequest.class, StandaloneNullSupport::topUp);
    r.put(DiditTopUpRequest.Builder.class, () -> DiditTopUpRequest.builder().amountInDollars(50));
    r.put(DiditCreateTransactionRequest.class, StandaloneNullSupport::transaction);
    r.put(DiditCreateTransactionRequest.Builder.class, () -> DiditCreateTransactionRequest.builder().transactionId("t"));
    r.put(DiditTransactionDetails.class, StandaloneNullSupport::details);
    r.put(DiditTransactionDetails.Builder.class, DiditTransactionDetails::builder);
    r.put(DiditTransactionParty.class, () -> DiditTransactionParty.ofVendorData("u"));
    r.put(DiditTransactionParty.Builder.class, DiditTransactionParty::builder);
    r.put(DiditListTransactionsParams.class, DiditListTransactionsParams::none);
    r.put(DiditListTransactionsParams.Builder.class, DiditListTransactionsParams::builder);
    r.put(DiditWalletScreeningRequest.class, StandaloneNullSupport::wallet);
    r.put(DiditWalletScreeningRequest.Builder.class, DiditWalletScreeningRequest::builder);
    r.put(DiditDatabaseValidationRequest.class, StandaloneNullSupport::database);
    r.put(DiditDatabaseValidationRequest.Builder.class, DiditDatabaseValidationRequest::builder);
    r.put(DiditAmlScreeningRequest.class, () -> DiditAmlScreeningRequest.of("A B"));
    r.put(DiditAmlScreeningRequest.Builder.class, DiditAmlScreeningRequest::builder);
    r.put(DiditKybSearchRequest.class, StandaloneNullSupport::kybSearch);
    r.put(DiditKybSearchRequest.Builder.class, DiditKybSearchRequest::builder);
    r.put(DiditKybSelectRequest.class, () -> DiditKybSelectRequest.of("k"));
    r.put(DiditKybSelectRequest.Builder.class, DiditKybSelectRequest::builder);
    r.put(DiditEmailSendRequest.class, () -> DiditEmailSendRequest.of("a@b.co"));
    r.put(DiditEmailSendRequest.Builder.class, DiditEmailSendRequest::builder);
    r.put(DiditEmailCheckRequest.class, () -> DiditEmailCheckRequest.of("a@b.co", "123456"));
    r.put(DiditEmailCheckRequest.Builder.class, DiditEmailCheckRequest::builder);
    r.put(DiditPhoneSendRequest.class, () -> DiditPhoneSendRequest.of("+14155552671"));
    r.put(DiditPhoneSendRequest.Builder.class, DiditPhoneSendRequest::builder);
    r.put(DiditPhoneCheckRequest.class, () -> DiditPhoneCheckRequest.of("+14155552671", "123456"));
    r.put(DiditPhoneCheckRequest.Builder.class, DiditPhoneCheckRequest::builder);
  }

  private static void services(Map<Class<?>, Supplier<Object>> r, Class<?> plain, Object sync, Object raw,
      Object async, Object asyncRaw) {
    String name = plain.getName();
    try {
      r.put(plain, () -> sync);
      r.put(Class.forName(name + "$WithRawResponse"), () -> raw);
      r.put(Class.forName(name + "Async"), () -> async);
      r.put(Class.forName(name + "Async$WithRawResponse"), () -> asyncRaw);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** Valid arguments of these families' types. */
  public static Map<Class<?>, Object> samples() {
    Map<Class<?>, Object> s = new HashMap<>();
    s.put(BigDecimal.class, new BigDecimal("50"));
    s.put(Instant.class, Instant.parse("2026-01-01T00:00:00Z"));
    s.put(DiditTopUpRequest.class, topUp());
    s.put(DiditCreateTransactionRequest.class, transaction());
    s.put(DiditTransactionDetails.class, details());
    s.put(DiditTransactionParty.class, DiditTransactionParty.ofVendorData("u"));
    s.put(DiditTransactionCategory.class, DiditTransactionCategory.FINANCE);
    s.put(DiditListTransactionsParams.class, DiditListTransactionsParams.none());
    s.put(DiditWalletScreeningRequest.class, wallet());
    s.put(DiditBlockchain.class, DiditBlockchain.BTC);
    s.put(DiditWalletDirection.class, DiditWalletDirection.INBOUND);
    s.put(DiditPolicyAction.class, DiditPolicyAction.DECLINE);
    s.put(DiditDatabaseValidationRequest.class, database());
    s.put(DiditAmlScreeningRequest.class, DiditAmlScreeningRequest.of("A B"));
    s.put(DiditKybSearchRequest.class, kybSearch());
    s.put(DiditKybSelectRequest.class, DiditKybSelectRequest.of("k"));
    s.put(DiditEmailSendRequest.class, DiditEmailSendRequest.of("a@b.co"));
    s.put(DiditEmailCheckRequest.class, DiditEmailCheckRequest.of("a@b.co", "123456"));
    s.put(DiditPhoneSendRequest.class, DiditPhoneSendRequest.of("+14155552671"));
    s.put(DiditPhoneCheckRequest.class, DiditPhoneCheckRequest.of("+14155552671", "123456"));
    return s;
  }

  private static DiditTopUpRequest topUp() {
    return DiditTopUpRequest.of(new BigDecimal("50"));
  }

  private static DiditTransactionDetails details() {
    return DiditTransactionDetails.builder().amount(BigDecimal.TEN).currency("EUR").build();
  }

  private static DiditCreateTransactionRequest transaction() {
    return DiditCreateTransactionRequest.builder().transactionId("t").transactionCategory(
        DiditTransactionCategory.FINANCE).transactionDetails(details()).subject(DiditTransactionParty.ofVendorData("u"))
        .build();
  }

  private static DiditWalletScreeningRequest wallet() {
    return DiditWalletScreeningRequest.of("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", DiditBlockchain.BTC);
  }

  private static DiditDatabaseValidationRequest database() {
    return DiditDatabaseValidationRequest.builder().issuingState("ES").build();
  }

  private static DiditKybSearchRequest kybSearch() {
    return DiditKybSearchRequest.builder().countryCode("GB").name("Tesco").build();
  }
}
