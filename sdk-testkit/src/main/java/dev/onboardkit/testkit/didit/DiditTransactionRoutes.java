package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditJson.detail;
import static dev.onboardkit.testkit.didit.DiditJson.notAllowed;
import static dev.onboardkit.testkit.didit.DiditJson.notFound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import dev.onboardkit.testkit.internal.UrlQuery;
import java.util.List;

/**
 * {@code /transactions/}, {@code /transactions/{uuid}/} and {@code /wallet-screening/} of the Verification API fake,
 * called under the store's lock. The rules are {@link DiditMonitoredTransactions}'; wallets are screened by
 * {@link DiditWalletScreenings}.
 */
final class DiditTransactionRoutes {
  static final int DEFAULT_LIMIT = 50;
  private static final List<String> CATEGORIES = List.of("finance", "kyc", "travel_rule", "user_event",
      "user_platform_event", "audit_trail_event", "gambling_bet", "gambling_limit_change", "gambling_bonus_change");

  private final DiditVerificationStore store;
  private final DiditMonitoredTransactions transactions;

  DiditTransactionRoutes(DiditVerificationStore store) {
    this.store = store;
    this.transactions = store.standalone.transactions;
  }

  /** Routes the transaction paths; null when the path is not one of them. */
  @Nullable FakeResponse route(FakeRequest r, List<String> s, String m) {
    if (s.get(0).equals("wallet-screening")) {
      if (s.size() != 2 || !s.get(1).isEmpty()) {
        return null;
      }
      return m.equals("POST") ? screen(r) : notAllowed(m, "POST");
    }
    if (!s.get(0).equals("transactions")) {
      return null;
    }
    if (s.size() == 2 && s.get(1).isEmpty()) {
      switch (m) {
        case "GET":
          return list(r);
        case "POST":
          return create(r);
        default:
          return notAllowed(m, "GET, POST");
      }
    }
    if (s.size() != 3 || !s.get(2).isEmpty()) {
      return notFound();
    }
    if (!m.equals("GET")) {
      return notAllowed(m, "GET");
    }
    DiditMonitoredTransactions.Stored t = transactions.get(s.get(1));
    return t == null ? notFound() : FakeResponse.json(200, t.json.deepCopy());
  }

  private FakeResponse create(FakeRequest r) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    JsonNode body = p.body;
    ObjectNode errors = Json.object();
    String id = DiditValidation.requiredString(body, "transaction_id", errors, false);
    if (id != null && id.length() > 128) {
      errors.set("transaction_id", Json.array().add("Ensure this field has no more than 128 characters."));
    } else if (id != null && transactions.exists(id)) {
      errors.set("transaction_id", Json.array().add("A transaction with this transaction_id already exists."));
    }
    String category = DiditValidation.requiredString(body, "transaction_category", errors);
    if (category != null && !CATEGORIES.contains(category)) {
      errors.set("transaction_category", Json.array().add("\"" + category + "\" is not a valid choice."));
    }
    for (String object : List.of("transaction_details", "subject")) {
      JsonNode v = body.get(object);
      if (v == null) {
        errors.set(object, Json.array().add("This field is required."));
      } else if (!v.isObject()) {
        errors.set(object, Json.array().add("Expected a dictionary of items."));
      }
    }
    if (body.has("counterparty") && !body.get("counterparty").isObject()) {
      errors.set("counterparty", Json.array().add("Expected a dictionary of items."));
    }
    if (body.path("transaction_details").has("amount")
        && DiditMonitoredTransactions.decimal(body.get("transaction_details").get("amount")) == null) {
      errors.set("transaction_details", Json.object().set("amount", Json.array().add("A valid number is required.")));
    }
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    DiditMonitoredTransactions.Stored t = transactions.submit(body, store.clock.instant());
    return FakeResponse.json(201, t.json.deepCopy());
  }

  private FakeResponse list(FakeRequest r) {
    int limit = DEFAULT_LIMIT;
    int offset = 0;
    try {
      if (r.query("limit") != null) {
        limit = Integer.parseInt(r.query("limit"));
      }
      if (r.query("offset") != null) {
        offset = Integer.parseInt(r.query("offset"));
      }
    } catch (NumberFormatException e) {
      return detail(400, "Invalid limit or offset.");
    }
    if (limit < 1 || offset < 0) {
      return detail(400, "Invalid limit or offset.");
    }
    List<DiditMonitoredTransactions.Stored> all = transactions.all();
    ArrayNode results = Json.array();
    for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
      results.add(DiditMonitoredTransactions.summary(all.get(i)));
    }
    ObjectNode page = Json.object();
    page.put("count", Math.min(all.size(), 100));
    page.put("next", offset + limit < all.size() ? link(limit, offset + limit) : null);
    page.put("previous", offset > 0 ? link(limit, Math.max(0, offset - limit)) : null);
    page.put("total_transactions", all.size());
    page.set("results", results);
    return FakeResponse.json(200, page);
  }

  private String link(int limit, int offset) {
    return store.baseUrl + "/transactions/?" + new UrlQuery().add("limit", Integer.toString(limit))
        .add("offset", Integer.toString(offset));
  }

  private FakeResponse screen(FakeRequest r) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    JsonNode body = p.body;
    ObjectNode errors = Json.object();
    String address = DiditValidation.requiredString(body, "wallet_address", errors);
    String chain = DiditValidation.requiredString(body, "blockchain", errors);
    if (chain != null && !DiditWalletScreenings.CHAINS.contains(chain)) {
      errors.set("blockchain", Json.array().add("\"" + chain + "\" is not a valid choice."));
    } else if (address != null && chain != null && !DiditWalletScreenings.validAddress(address, chain)) {
      errors.set("wallet_address", Json.array().add("Enter a valid " + chain + " address."));
    }
    DiditScreeningRoutes.choice(body, "direction", List.of("inbound", "outbound", "deposit", "withdrawal"), errors);
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    if (!transactions.monitoringConfigured) {
      return detail(409, "Transaction monitoring is not configured for this application: add a provider in"
          + " Transactions > Settings > Provider Preferences.");
    }
    if (!store.standalone.ledger.charge(DiditScreeningTestData.WALLET_SCREENING_PRICE)) {
      return detail(402, DiditScreeningRoutes.NO_CREDITS);
    }
    return FakeResponse.json(200, DiditWalletScreenings.result(address, chain));
  }
}
