package dev.onboardkit.didit.transactions;

import static dev.onboardkit.didit.support.StandaloneFixtures.TRANSACTION;
import static dev.onboardkit.didit.support.StandaloneFixtures.TX_UUID;
import static dev.onboardkit.didit.support.StandaloneFixtures.WALLET;
import static dev.onboardkit.didit.support.StandaloneFixtures.transactionsPage;
import static dev.onboardkit.didit.support.TestClients.json;
import static dev.onboardkit.didit.support.VerificationClients.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onboardkit.core.error.ConflictException;
import dev.onboardkit.core.error.InternalServerException;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.RateLimitException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.support.VerificationClients;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionServiceTest {
  private final MockWebServer server = new MockWebServer();
  private DiditClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = new VerificationClients().builder(server).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private RecordedRequest take() throws InterruptedException {
    return VerificationClients.take(server);
  }

  static DiditCreateTransactionRequest withdrawal() {
    return DiditCreateTransactionRequest.builder()
        .transactionId("your-txn-2026-05-17-001")
        .transactionCategory(DiditTransactionCategory.FINANCE)
        .transactionDetails(DiditTransactionDetails.builder().direction("OUTBOUND")
            .amount(new BigDecimal("0.123456789012345678")).currency("BTC").currencyKind("crypto")
            .actionType("withdrawal").put("payment_txn_id", "0xabc").build())
        .subject(DiditTransactionParty.builder().entityType("individual").vendorData("user-12345")
            .fullName("Maria Garcia").dateOfBirth(LocalDate.of(1990, 1, 15)).countryCode("ES").build())
        .counterparty(Map.of("entity_type", "unhosted_wallet"))
        .transactionAt(Instant.parse("2026-05-17T08:42:00Z"))
        .timeZone("Europe/Madrid")
        .customProperties(Map.of("order_id", "ord-9988"))
        .includeCryptoScreening(true)
        .build();
  }

  @Test
  void createPostsTheDocumentedShapeWithAnExactAmount() throws Exception {
    server.enqueue(json(201, TRANSACTION));

    DiditTransaction tx = client.transactions().create(withdrawal());

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/transactions/", r.getTarget());
    assertEquals("{\"transaction_id\":\"your-txn-2026-05-17-001\",\"transaction_category\":\"finance\","
        + "\"transaction_details\":{\"direction\":\"OUTBOUND\",\"amount\":\"0.123456789012345678\",\"currency\":\"BTC\","
        + "\"currency_kind\":\"crypto\",\"action_type\":\"withdrawal\",\"payment_txn_id\":\"0xabc\"},"
        + "\"subject\":{\"entity_type\":\"individual\",\"vendor_data\":\"user-12345\",\"full_name\":\"Maria Garcia\","
        + "\"date_of_birth\":\"1990-01-15\",\"country_code\":\"ES\"},\"counterparty\":{\"entity_type\":"
        + "\"unhosted_wallet\"},\"transaction_at\":\"2026-05-17T08:42:00Z\",\"time_zone\":\"Europe/Madrid\","
        + "\"custom_properties\":{\"order_id\":\"ord-9988\"},\"include_crypto_screening\":true}", body(r));
    assertDecoded(tx);
  }

  static void assertDecoded(DiditTransaction tx) {
    assertEquals(TX_UUID, tx.id());
    assertEquals(Optional.of("your-txn-2026-05-17-001"), tx.txnId());
    assertEquals(Optional.of(4123L), tx.transactionNumber());
    assertEquals(DiditTransactionCategory.TRAVEL_RULE, tx.category(), "camelCase echo of travel_rule");
    assertEquals(DiditTransactionStatus.UNKNOWN, tx.status(), "an unknown status is tolerated");
    assertEquals(Optional.of("ESCALATED"), tx.statusRaw());
    assertEquals(Optional.of(78), tx.score());
    assertEquals(DiditRiskSeverity.HIGH, tx.severity());
    assertEquals(Optional.of(new BigDecimal("0.123456789012345678")), tx.amount(), "18 decimals, exact");
    assertEquals(Optional.of(new BigDecimal("1620.45")), tx.amountInDefaultCurrency());
    assertEquals(Optional.of("WALLET_HIGH_RISK"), tx.decisionReasonCode());
    assertEquals(2, tx.ruleRuns().size());
    assertEquals(true, tx.ruleRuns().get(0).get("matched"));
    assertEquals("Destination wallet flagged as high risk", tx.alerts().get(0).get("title"));
    assertEquals("Europe/Madrid", tx.additionalProperties().get("zone_id"));
    assertEquals(List.of(Map.of("role", "APPLICANT")), tx.additionalProperties().get("parties"));
  }

  @Test
  void retrieveUsesDidItsIdAndTheOtherDocumentedShapeIsAccepted() throws Exception {
    server.enqueue(json(200, TRANSACTION));
    assertDecoded(client.transactions().retrieve(TX_UUID));
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/transactions/" + TX_UUID + "/", r.getTarget());

    server.enqueue(json(200, "{\"transaction_id\":\"" + TX_UUID + "\",\"txn_id\":\"tx-0001\",\"status\":\"APPROVED\","
        + "\"score\":0,\"rule_runs\":null,\"alerts\":null}"));
    DiditTransaction older = client.transactions().retrieve("tx/../1");
    assertEquals(TX_UUID, older.id());
    assertEquals(DiditTransactionStatus.APPROVED, older.status());
    assertEquals(List.of(), older.ruleRuns());
    assertEquals("/v3/transactions/tx%2F..%2F1/", take().getTarget());

    server.enqueue(json(200, "{\"txn_id\":\"tx-0001\"}"));
    assertThrows(ResponseDecodingException.class, () -> client.transactions().retrieve(TX_UUID), "no id at all");
  }

  @Test
  void listFollowsNextAndDecodesSummaries() throws Exception {
    String base = server.url("/v3").toString();
    server.enqueue(json(200, transactionsPage(base + "/transactions/?limit=1&offset=1", "t-1")));
    server.enqueue(json(200, transactionsPage(null, "t-2")));

    List<DiditTransactionSummary> all = client.transactions().list(DiditListTransactionsParams.builder().limit(1)
        .build()).stream().collect(Collectors.toList());

    assertEquals(List.of("t-1", "t-2"), all.stream().map(DiditTransactionSummary::uuid).collect(Collectors.toList()));
    DiditTransactionSummary first = all.get(0);
    assertEquals(DiditTransactionStatus.IN_REVIEW, first.status());
    assertEquals(Optional.of(new BigDecimal("1500")), first.amount());
    assertEquals(Optional.of("Maria Garcia"), first.subjectName());
    assertEquals(Optional.empty(), first.counterpartyName());
    assertEquals("Manual review", first.tags().get(0).get("name"));
    assertEquals("Alex Reviewer", first.additionalProperties().get("assigned_to_name"));
    assertEquals("/v3/transactions/?limit=1", take().getTarget());
    assertEquals("/v3/transactions/?limit=1&offset=1", take().getTarget());

    server.enqueue(json(200, transactionsPage(null)));
    client.transactions().list();
    assertEquals("/v3/transactions/", take().getTarget());
  }

  @Test
  void screenWalletPostsTheAddressAndChain() throws Exception {
    server.enqueue(json(200, WALLET));

    DiditWalletScreening w = client.transactions().screenWallet(DiditWalletScreeningRequest.builder()
        .walletAddress("0x28c6c06298d514db089934071355e5743bf21d60").blockchain(DiditBlockchain.ETH)
        .direction(DiditWalletDirection.WITHDRAWAL).build());

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/wallet-screening/", r.getTarget());
    assertEquals("{\"wallet_address\":\"0x28c6c06298d514db089934071355e5743bf21d60\",\"blockchain\":\"ETH\","
        + "\"direction\":\"withdrawal\"}", body(r));
    assertEquals(Optional.of(87), w.riskScore());
    assertEquals(DiditRiskSeverity.UNKNOWN, w.severity(), "an unknown severity is tolerated");
    assertEquals(Optional.of("SEVERE"), w.severityRaw());
    assertEquals(Optional.of(false), w.sanctionsHit());
    assertEquals(Optional.of("MIXER"), w.dominantRiskCategory());
    assertEquals(61.5, w.sourceOfFunds().get(0).get("percentage"));
    assertEquals(List.of(), w.counterpartyConnections());
    assertEquals(Map.of("graph", Map.of()), w.additionalProperties());
  }

  @Test
  void aWalletScreeningWithoutAProviderIsAConflict() {
    server.enqueue(json(409, "{\"detail\":\"Transaction monitoring is not configured for this application.\"}"));
    assertThrows(ConflictException.class, () -> client.transactions().screenWallet(DiditWalletScreeningRequest.of(
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", DiditBlockchain.BTC)));
  }

  @Test
  void createAndScreenWalletAreNotSentAgainAfterA503() throws Exception {
    server.enqueue(json(503, "{\"detail\":\"busy\"}").newBuilder().setHeader("Retry-After", "1").build());
    server.enqueue(json(201, TRANSACTION));
    assertThrows(InternalServerException.class, () -> client.transactions().create(withdrawal()));
    assertEquals(1, server.getRequestCount(), "a 503 is reported, never sent again");
  }

  @Test
  void createAndScreenWalletAreSentAgainAfterA429() throws Exception {
    server.enqueue(json(429, "{\"detail\":\"Request was throttled.\",\"wait\":1}"));
    server.enqueue(json(201, TRANSACTION));
    assertEquals(TX_UUID, client.transactions().create(withdrawal()).id());
    assertEquals(2, server.getRequestCount(), "a 429 refused it, so it was sent again");

    server.enqueue(json(429, "{\"detail\":\"Request was throttled.\",\"wait\":1}"));
    server.enqueue(json(200, WALLET));
    client.transactions().screenWallet(DiditWalletScreeningRequest.of("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        DiditBlockchain.BTC));
    assertEquals(4, server.getRequestCount());

    server.enqueue(json(429, "{\"detail\":\"Request was throttled.\",\"wait\":3600}"));
    assertThrows(RateLimitException.class, () -> client.transactions().create(withdrawal()),
        "a wait beyond maxRetryAfter is reported");
  }

  @Test
  void validationReportsEveryProblemAtOnceAndSendsNothing() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> DiditCreateTransactionRequest
        .builder().transactionId("x".repeat(129)).transactionCategory(DiditTransactionCategory.UNKNOWN)
        .counterparty(DiditTransactionParty.ofVendorData("biz-1")).build());
    assertEquals(List.of("transactionCategory", "transactionId", "transactionDetails", "subject"),
        fields(e));

    e = assertThrows(InvalidRequestException.class, () -> DiditCreateTransactionRequest.builder().build());
    assertEquals(List.of("transactionId", "transactionCategory", "transactionDetails", "subject"), fields(e));

    e = assertThrows(InvalidRequestException.class, () -> DiditTransactionDetails.builder().currencyKind("gold")
        .put(null, 1).build());
    assertEquals(List.of("put(wireName)", "currencyKind"), fields(e));

    e = assertThrows(InvalidRequestException.class, () -> DiditWalletScreeningRequest.builder()
        .walletAddress("0x123").blockchain(DiditBlockchain.ETH).direction(DiditWalletDirection.UNKNOWN).build());
    assertEquals(List.of("direction", "walletAddress"), fields(e));
    e = assertThrows(InvalidRequestException.class, () -> DiditWalletScreeningRequest.builder().walletAddress(" ")
        .build());
    assertEquals(List.of("walletAddress", "blockchain"), fields(e));

    e = assertThrows(InvalidRequestException.class, () -> DiditListTransactionsParams.builder().limit(0).offset(-1)
        .build());
    assertEquals(List.of("limit", "offset"), fields(e));

    assertThrows(InvalidRequestException.class, () -> client.transactions().create(null));
    assertThrows(InvalidRequestException.class, () -> client.transactions().retrieve(" "));
    assertThrows(InvalidRequestException.class, () -> client.transactions().screenWallet(null));
    assertThrows(InvalidRequestException.class, () -> client.transactions().list((DiditListTransactionsParams) null));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aCategoryThisSdkDoesNotKnowCanBeSentRaw() {
    DiditCreateTransactionRequest r = DiditCreateTransactionRequest.builder().transactionId("t-1")
        .transactionCategoryRaw("loyalty_points").transactionDetails(Map.of()).subject(Map.of("vendor_data", "u"))
        .build();
    assertEquals("loyalty_points", r.fields().get("transaction_category"));
    assertEquals(DiditTransactionCategory.USER_PLATFORM_EVENT, DiditTransactionCategory.fromWire("userPlatformEvent"));
    assertEquals(DiditTransactionCategory.USER_EVENT, DiditTransactionCategory.fromWire("user_event"));
    assertEquals(DiditTransactionCategory.UNKNOWN, DiditTransactionCategory.fromWire("loyaltyPoints"));
  }

  private static List<String> fields(InvalidRequestException e) {
    return e.problems().stream().map(ValidationProblem::field).collect(Collectors.toList());
  }
}
