package dev.onboardkit.testkit.didit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.testkit.support.TestHttp;
import dev.onboardkit.testkit.support.TestHttp.Reply;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake's billing: a balance that paid checks lower and settled top-ups raise. */
class DiditBillingFakeTest {
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

  @Test
  void aTopUpRaisesTheBalanceOnceItsCheckoutIsSettled() throws IOException {
    assertEquals("1000.0000", send("GET", "/billing/balance/", null).text("balance"));
    send("POST", "/aml/", "{\"full_name\":\"John Smith\"}");
    assertEquals("999.6500", send("GET", "/billing/balance/", null).text("balance"));

    Reply topUp = send("POST", "/billing/top-up/", "{\"amount_in_dollars\":500.10,\"success_url\":"
        + "\"https://app.example/ok\"}");
    assertEquals(200, topUp.status(), topUp.body());
    String id = topUp.text("checkout_session_id");
    assertTrue(id.startsWith("cs_test_"), id);
    assertEquals("https://checkout.stripe.com/c/pay/" + id, topUp.text("checkout_session_url"));
    assertEquals("999.6500", send("GET", "/billing/balance/", null).text("balance"), "not paid yet");

    assertEquals(0, new BigDecimal("500.1").compareTo(didit.settleCheckout(id)));
    assertEquals("1499.7500", send("GET", "/billing/balance/", null).text("balance"));
    assertThrows(IllegalArgumentException.class, () -> didit.settleCheckout(id));
    assertThrows(IllegalArgumentException.class, () -> didit.settleCheckout("cs_unknown"));
    assertEquals(1, didit.checkoutCount());
  }

  @Test
  void aTopUpBelowFiftyDollarsIsRefused() throws IOException {
    Reply r = send("POST", "/billing/top-up/", "{\"amount_in_dollars\":49.99,\"cancel_url\":\"nope\"}");
    assertEquals(400, r.status());
    assertEquals("Ensure this value is greater than or equal to 50.", r.json().get("amount_in_dollars").get(0)
        .asText());
    assertTrue(r.json().has("cancel_url"));
    assertEquals(400, send("POST", "/billing/top-up/", "{\"amount_in_dollars\":\"50\"}").status());
    assertEquals(0, didit.checkoutCount());
    assertEquals(405, send("POST", "/billing/balance/", "{}").status());
    assertEquals(404, send("GET", "/billing/invoices/", null).status());
  }
}
