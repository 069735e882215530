package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditJson.notAllowed;
import static dev.onboardkit.testkit.didit.DiditJson.notFound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Ids;
import dev.onboardkit.testkit.internal.Json;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code GET /billing/balance/} and {@code POST /billing/top-up/} of the Verification API fake, called under the
 * store's lock. A top-up creates a checkout; its amount reaches the balance when the test settles it.
 */
final class DiditBillingRoutes {
  private final DiditLedger ledger;
  private final Ids ids = new Ids();

  DiditBillingRoutes(DiditVerificationStore store) {
    this.ledger = store.standalone.ledger;
  }

  /** Routes the billing paths; null when the path is not one of them. */
  @Nullable FakeResponse route(FakeRequest r, List<String> s, String m) {
    if (!s.get(0).equals("billing")) {
      return null;
    }
    if (s.size() != 3 || !s.get(2).isEmpty()) {
      return notFound();
    }
    switch (s.get(1)) {
      case "balance":
        return m.equals("GET") ? FakeResponse.json(200, balance()) : notAllowed(m, "GET");
      case "top-up":
        return m.equals("POST") ? topUp(r) : notAllowed(m, "POST");
      default:
        return notFound();
    }
  }

  private ObjectNode balance() {
    ObjectNode o = Json.object();
    o.put("balance", ledger.balanceText());
    o.put("auto_refill_enabled", false);
    o.putNull("auto_refill_amount");
    o.putNull("auto_refill_threshold");
    return o;
  }

  private FakeResponse topUp(FakeRequest r) {
    DiditJson.Parsed p = DiditJson.parse(r);
    if (p.error != null) {
      return p.error;
    }
    ObjectNode errors = Json.object();
    JsonNode amount = p.body.get("amount_in_dollars");
    BigDecimal dollars = null;
    if (amount == null) {
      errors.set("amount_in_dollars", Json.array().add("This field is required."));
    } else if (!amount.isNumber()) {
      errors.set("amount_in_dollars", Json.array().add("A valid number is required."));
    } else {
      dollars = amount.decimalValue();
      if (dollars.compareTo(BigDecimal.valueOf(50)) < 0) {
        errors.set("amount_in_dollars", Json.array().add("Ensure this value is greater than or equal to 50."));
      }
    }
    for (String url : List.of("success_url", "cancel_url")) {
      JsonNode v = p.body.get(url);
      if (v != null && !v.isNull() && !v.asText().matches("https?://\\S+")) {
        errors.set(url, Json.array().add("Enter a valid URL."));
      }
    }
    if (errors.size() > 0) {
      return FakeResponse.json(400, errors);
    }
    String id = "cs_test_" + ids.base64Url(18).replace("-", "a").replace("_", "b");
    ledger.newCheckout(id, dollars);
    ObjectNode o = Json.object();
    o.put("checkout_session_id", id);
    o.put("checkout_session_url", "https://checkout.stripe.com/c/pay/" + id);
    return FakeResponse.json(200, o);
  }
}
