package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.Ids;
import dev.onboardkit.testkit.internal.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fake's transaction monitoring: stored transactions and the rules that score them when they are submitted.
 *
 * <p>Rules (each adds to the score when it matches; every rule appears in {@code rule_runs}, matched or not):
 * large amount (at least {@link DiditScreeningTestData#LARGE_AMOUNT}, +50), high-risk country (a party in
 * {@link DiditScreeningTestData#HIGH_RISK_COUNTRIES}, +40), velocity (the subject's
 * {@value DiditScreeningTestData#VELOCITY_LIMIT}th transaction or more in 24 hours, +30) and sanctioned wallet (a
 * crypto transaction whose counterparty's {@code payment_method.account_id} is
 * {@link DiditScreeningTestData#SANCTIONED_WALLET}, +100, unless {@code include_crypto_screening} is false). Score 80
 * or more: {@code DECLINED}; 50 or more: {@code IN_REVIEW}; else {@code APPROVED}. Used under the store's lock.
 */
final class DiditMonitoredTransactions {
  /** A submitted transaction and its evaluation. */
  static final class Stored {
    final String uuid;
    final long number;
    final String txnId;
    final String subjectVendorData;
    final Instant createdAt;
    final ObjectNode json;

    Stored(String uuid, long number, String txnId, @Nullable String subjectVendorData, Instant createdAt,
        ObjectNode json) {
      this.uuid = uuid;
      this.number = number;
      this.txnId = txnId;
      this.subjectVendorData = subjectVendorData == null ? "" : subjectVendorData;
      this.createdAt = createdAt;
      this.json = json;
    }
  }

  private final Ids ids = new Ids();
  private final Map<String, Stored> byUuid = new LinkedHashMap<>();
  private final Map<String, Stored> byTxnId = new LinkedHashMap<>();
  private long nextNumber = 4000;
  boolean monitoringConfigured = true;

  boolean exists(String txnId) {
    return byTxnId.containsKey(txnId);
  }

  @Nullable Stored get(String uuid) {
    return byUuid.get(uuid);
  }

  /** Newest first. */
  List<Stored> all() {
    List<Stored> out = new ArrayList<>(byUuid.values());
    java.util.Collections.reverse(out);
    return out;
  }

  /** Evaluates and stores a valid submission. */
  Stored submit(JsonNode body, Instant now) {
    JsonNode details = body.get("transaction_details");
    JsonNode subject = body.get("subject");
    JsonNode counterparty = body.path("counterparty");
    String subjectData = Json.text(subject, "vendor_data");
    BigDecimal amount = decimal(details.get("amount"));

    List<ObjectNode> runs = new ArrayList<>();
    int score = 0;
    boolean large = amount != null && amount.compareTo(DiditScreeningTestData.LARGE_AMOUNT) >= 0;
    score += run(runs, "LARGE_AMOUNT", "Large amount", large, 50);
    boolean risky = DiditScreeningTestData.HIGH_RISK_COUNTRIES.contains(upper(Json.text(subject, "country_code")))
        || DiditScreeningTestData.HIGH_RISK_COUNTRIES.contains(upper(Json.text(counterparty, "country_code")));
    score += run(runs, "HIGH_RISK_COUNTRY", "High-risk country", risky, 40);
    long recent = byUuid.values().stream().filter(s -> subjectData != null && s.subjectVendorData.equals(subjectData)
        && s.createdAt.isAfter(now.minus(Duration.ofHours(24)))).count();
    score += run(runs, "VELOCITY", "Velocity (24 hours)", recent + 1 >= DiditScreeningTestData.VELOCITY_LIMIT, 30);
    boolean crypto = "crypto".equalsIgnoreCase(Json.text(details, "currency_kind"));
    boolean screen = crypto && !body.path("include_crypto_screening").isBoolean()
        || body.path("include_crypto_screening").asBoolean(false);
    String wallet = Json.text(counterparty.path("payment_method"), "account_id");
    boolean sanctioned = screen && DiditScreeningTestData.SANCTIONED_WALLET.equalsIgnoreCase(wallet);
    score += run(runs, "SANCTIONED_WALLET", "Sanctioned counterparty wallet", sanctioned, 100);

    String uuid = ids.uuid();
    long number = nextNumber++;
    String txnId = Json.text(body, "transaction_id");
    ObjectNode o = Json.object();
    o.put("uuid", uuid);
    o.put("transaction_number", number);
    o.put("txn_id", txnId);
    String at = Json.text(body, "transaction_at");
    o.put("txn_date", at != null ? at : Json.isoSeconds(now));
    o.put("zone_id", Json.text(body, "time_zone"));
    o.put("transaction_type", camel(Json.text(body, "transaction_category")));
    String action = Json.text(details, "action_type");
    o.put("action_type", action != null ? action : Json.text(body, "transaction_category"));
    o.put("direction", direction(Json.text(details, "direction")));
    String status = score >= 80 ? "DECLINED" : score >= 50 ? "IN_REVIEW" : "APPROVED";
    o.put("status", status);
    o.put("score", score);
    o.put("severity", score >= 80 ? "CRITICAL" : score >= 50 ? "HIGH" : score >= 30 ? "MEDIUM" : "LOW");
    o.put("amount", amount == null ? null : plain(amount));
    o.put("currency", Json.text(details, "currency"));
    o.put("currency_type", crypto ? "crypto" : "fiat");
    ObjectNode top = runs.stream().filter(r -> r.get("matched").asBoolean())
        .max(java.util.Comparator.comparingInt(r -> r.get("score_delta").asInt())).orElse(null);
    o.put("decision_reason_code", top == null ? null : top.get("rule_code").asText());
    o.put("decision_reason_label", top == null ? null : top.get("rule").asText());
    o.put("vendor_data", subjectData);
    o.set("metadata", Json.object().<ObjectNode>set("subject", subject.deepCopy())
        .set("counterparty", counterparty.isObject() ? counterparty.deepCopy() : Json.object()));
    o.set("props", body.path("custom_properties").isObject() ? body.get("custom_properties").deepCopy()
        : Json.object());
    o.set("tags", Json.array());
    ArrayNode ruleRuns = Json.array();
    runs.forEach(ruleRuns::add);
    o.set("rule_runs", ruleRuns);
    ArrayNode alerts = Json.array();
    for (ObjectNode r : runs) {
      if (r.get("matched").asBoolean()) {
        alerts.add(Json.object().put("uuid", ids.uuid()).put("title", r.get("rule").asText())
            .put("status", "OPEN"));
      }
    }
    o.set("alerts", alerts);
    ArrayNode providers = Json.array();
    if (screen && wallet != null) {
      providers.add(DiditWalletScreenings.result(wallet, Json.text(details, "currency")));
    }
    o.set("provider_results", providers);
    o.put("created_at", Json.isoSeconds(now));
    o.put("updated_at", Json.isoSeconds(now));
    Stored s = new Stored(uuid, number, txnId, subjectData, now, o);
    byUuid.put(uuid, s);
    byTxnId.put(txnId, s);
    return s;
  }

  /** A transaction as {@code GET /transactions/} lists it. */
  static ObjectNode summary(Stored s) {
    ObjectNode o = Json.object();
    for (String f : List.of("uuid", "transaction_number", "txn_id", "transaction_type", "action_type", "status",
        "direction", "amount", "currency", "txn_date", "created_at", "score", "severity", "decision_reason_code",
        "decision_reason_label", "tags")) {
      o.set(f, s.json.get(f).deepCopy());
    }
    JsonNode subject = s.json.path("metadata").path("subject");
    JsonNode counterparty = s.json.path("metadata").path("counterparty");
    o.put("subject_name", Json.text(subject, "full_name"));
    o.put("subject_vendor_data", Json.text(subject, "vendor_data"));
    o.put("subject_country", Json.text(subject, "country_code"));
    o.put("counterparty_name", Json.text(counterparty, "full_name"));
    o.put("counterparty_vendor_data", Json.text(counterparty, "vendor_data"));
    o.put("counterparty_country", Json.text(counterparty, "country_code"));
    return o;
  }

  private static int run(List<ObjectNode> runs, String code, String name, boolean matched, int delta) {
    runs.add(Json.object().put("rule_code", code).put("rule", name).put("matched", matched)
        .put("score_delta", matched ? delta : 0));
    return matched ? delta : 0;
  }

  static @Nullable BigDecimal decimal(@Nullable JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    try {
      return n.isNumber() ? n.decimalValue() : new BigDecimal(n.asText().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Didit's amounts: a decimal string with trailing zeros stripped. */
  static String plain(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private static String upper(@Nullable String s) {
    return s == null ? "" : s.toUpperCase(Locale.ROOT);
  }

  private static @Nullable String direction(@Nullable String d) {
    if (d == null) {
      return null;
    }
    String u = d.toUpperCase(Locale.ROOT);
    return u.equals("IN") || u.equals("INBOUND") ? "INBOUND" : u.equals("OUT") || u.equals("OUTBOUND") ? "OUTBOUND" : u;
  }

  /** Didit echoes multi-word categories in camelCase ({@code travel_rule} becomes {@code travelRule}). */
  static String camel(String snake) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }
}
