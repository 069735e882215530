package dev.onboardkit.testkit.didit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.testkit.support.TestHttp;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake's transaction monitoring: stored, scored by rules, listed page by page; wallet screening. */
class DiditTransactionsFakeTest {
  private FakeDiditVerificationServer didit;
  private TestHttp http;

  @BeforeEach
  void start() {
    didit = FakeDiditVerificationServer.start();
    http = new TestHttp(didit.baseUrl());
  }

  @AfterEach
  void stop() {
    didit.close();
  }

  private Reply send(String method, String path, String json) throws IOException {
    return http.send(method, path, null, json, Map.of("x-api-key", didit.apiKey()));
  }

  private static String tx(String id, String amount, String subject, String extra) {
    return "{\"transaction_id\":\"" + id + "\",\"transaction_category\":\"finance\",\"transaction_details\":"
        + "{\"direction\":\"out\",\"amount\":\"" + amount + "\",\"currency\":\"EUR\",\"action_type\":\"withdrawal\"},"
        + "\"subject\":{\"vendor_data\":\"" + subject + "\",\"full_name\":\"Maria Garcia\",\"country_code\":\"ES\"}"
        + extra + "}";
  }

  @Test
  void aSmallTransactionIsApprovedAndALargeOneGoesToReview() throws IOException {
    Reply small = send("POST", "/transactions/", tx("t-1", "150.50", "user-1", ""));
    Reply large = send("POST", "/transactions/", tx("t-2", "12500.00", "user-1", ""));

    assertEquals(201, small.status(), small.body());
    JsonNode s = small.json();
    assertEquals("APPROVED", s.get("status").asText());
    assertEquals(0, s.get("score").asInt());
    assertEquals("150.5", s.get("amount").asText(), "trailing zeros stripped");
    assertEquals("OUTBOUND", s.get("direction").asText());
    assertEquals("t-1", s.get("txn_id").asText());
    assertEquals(4, s.get("rule_runs").size(), "every rule is listed, matched or not");
    assertEquals(0, s.get("alerts").size());
    JsonNode l = large.json();
    assertEquals("IN_REVIEW", l.get("status").asText());
    assertEquals(50, l.get("score").asInt());
    assertEquals("LARGE_AMOUNT", l.get("decision_reason_code").asText());
    assertEquals("12500", l.get("amount").asText());
    assertEquals(1, l.get("alerts").size());

    Reply got = send("GET", "/transactions/" + l.get("uuid").asText() + "/", null);
    assertEquals(large.body(), got.body());
    assertEquals(404, send("GET", "/transactions/t-2/", null).status(), "by Didit's uuid, not the txn_id");
  }

  @Test
  void rulesAddUp() throws IOException {
    JsonNode risky = send("POST", "/transactions/", tx("t-1", "20000", "user-2",
        ",\"counterparty\":{\"full_name\":\"Acme\",\"country_code\":\"KP\"}")).json();
    assertEquals(90, risky.get("score").asInt());
    assertEquals("DECLINED", risky.get("status").asText());
    assertEquals("CRITICAL", risky.get("severity").asText());

    String cryptoTx = "{\"transaction_id\":\"c-1\",\"transaction_category\":\"travel_rule\",\"transaction_details\":"
        + "{\"direction\":\"OUTBOUND\",\"amount\":\"0.5\",\"currency\":\"ETH\",\"currency_kind\":\"crypto\"},"
        + "\"subject\":{\"vendor_data\":\"user-3\"},\"counterparty\":{\"payment_method\":{\"account_id\":\""
        + DiditScreeningTestData.SANCTIONED_WALLET + "\"}}}";
    JsonNode crypto = send("POST", "/transactions/", cryptoTx).json();
    assertEquals("DECLINED", crypto.get("status").asText());
    assertEquals("SANCTIONED_WALLET", crypto.get("decision_reason_code").asText());
    assertEquals("travelRule", crypto.get("transaction_type").asText(), "camelCase echo");
    assertTrue(crypto.get("provider_results").get(0).get("sanctions_hit").asBoolean());
    JsonNode skipped = send("POST", "/transactions/", cryptoTx.replace("c-1", "c-2")
        .replace("}}}", "}},\"include_crypto_screening\":false}")).json();
    assertEquals("APPROVED", skipped.get("status").asText());

    List<String> statuses = new ArrayList<>();
    for (int i = 0; i < DiditScreeningTestData.VELOCITY_LIMIT; i++) {
      statuses.add(send("POST", "/transactions/", tx("v-" + i, "10", "user-4", "")).json().get("score").asText());
    }
    assertEquals(List.of("0", "0", "0", "0", "30"), statuses, "the 5th in 24 hours matches velocity");
  }

  @Test
  void invalidAndRepeatedSubmissionsAre400() throws IOException {
    Reply missing = send("POST", "/transactions/", "{\"transaction_category\":\"lottery\"}");
    assertEquals(400, missing.status());
    for (String f : List.of("transaction_id", "transaction_category", "transaction_details", "subject")) {
      assertTrue(missing.json().has(f), f + " in " + missing.body());
    }
    assertEquals(201, send("POST", "/transactions/", tx("dup", "1", "u", "")).status());
    Reply again = send("POST", "/transactions/", tx("dup", "1", "u", ""));
    assertEquals(400, again.status());
    assertEquals("A transaction with this transaction_id already exists.",
        again.json().get("transaction_id").get(0).asText());
    assertEquals(400, send("POST", "/transactions/", tx("bad", "ten", "u", "")).status());
  }

  @Test
  void theListIsNewestFirstAndPagedWithAbsoluteLinks() throws IOException {
    for (int i = 0; i < 5; i++) {
      send("POST", "/transactions/", tx("p-" + i, "100", "user-" + i, ""));
    }
    Reply page = send("GET", "/transactions/?limit=2", null);
    JsonNode p = page.json();
    assertEquals(5, p.get("total_transactions").asInt());
    assertEquals("p-4", p.get("results").get(0).get("txn_id").asText());
    assertEquals("Maria Garcia", p.get("results").get(0).get("subject_name").asText());
    assertFalse(p.get("results").get(0).has("rule_runs"), "a summary, not the full record");
    String next = p.get("next").asText();
    assertEquals(didit.baseUrl() + "/transactions/?limit=2&offset=2", next);
    assertEquals("p-0", send("GET", "/transactions/?limit=2&offset=4", null).json().get("results").get(0)
        .get("txn_id").asText());
    assertTrue(send("GET", "/transactions/?limit=2&offset=4", null).json().get("next").isNull());
    assertEquals(400, send("GET", "/transactions/?limit=0", null).status());
  }

  @Test
  void walletScreeningIsDeterministicAndCharged() throws IOException {
    String clean = "{\"wallet_address\":\"0x28c6c06298d514db089934071355e5743bf21d60\",\"blockchain\":\"ETH\"}";
    JsonNode first = send("POST", "/wallet-screening/", clean).json();
    JsonNode again = send("POST", "/wallet-screening/", clean).json();
    assertEquals(first, again);
    assertTrue(first.get("risk_score").asInt() < 40);
    assertFalse(first.get("sanctions_hit").asBoolean());
    assertEquals("WALLET_SCREENING", first.get("screening_type").asText());

    JsonNode sanctioned = send("POST", "/wallet-screening/", "{\"wallet_address\":\""
        + DiditScreeningTestData.SANCTIONED_WALLET + "\",\"blockchain\":\"ETH\",\"direction\":\"outbound\"}").json();
    assertEquals(100, sanctioned.get("risk_score").asInt());
    assertEquals("CRITICAL", sanctioned.get("severity").asText());
    assertEquals("SANCTIONED", sanctioned.get("dominant_risk_category").asText());
    assertEquals(0, new BigDecimal("999.9400").compareTo(didit.balance()));

    Reply badAddress = send("POST", "/wallet-screening/", "{\"wallet_address\":\"0x123\",\"blockchain\":\"ETH\"}");
    assertEquals(400, badAddress.status());
    assertEquals("Enter a valid ETH address.", badAddress.json().get("wallet_address").get(0).asText());
    didit.transactionMonitoring(false);
    assertEquals(409, send("POST", "/wallet-screening/", clean).status());
  }
}
