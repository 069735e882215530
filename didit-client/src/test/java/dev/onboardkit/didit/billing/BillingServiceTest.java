package dev.onboardkit.didit.billing;

import static dev.onboardkit.didit.support.StandaloneFixtures.BALANCE;
import static dev.onboardkit.didit.support.StandaloneFixtures.CHECKOUT;
import static dev.onboardkit.didit.support.TestClients.json;
import static dev.onboardkit.didit.support.VerificationClients.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ResponseDecodingException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.core.log.LoggingOptions;
import dev.onboardkit.core.support.LogCapture;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.support.VerificationClients;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BillingServiceTest {
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

  @Test
  void balanceIsAGetAndItsDecimalStringsAreExact() throws Exception {
    server.enqueue(json(200, BALANCE));

    DiditBalance balance = client.billing().balance();

    RecordedRequest r = VerificationClients.take(server);
    assertEquals("GET", r.getMethod());
    assertEquals("/v3/billing/balance/", r.getTarget());
    assertEquals(new BigDecimal("1234.5600"), balance.balance());
    assertEquals(4, balance.balance().scale(), "the scale sent is kept");
    assertEquals(Optional.of(true), balance.autoRefillEnabled());
    assertEquals(Optional.of(new BigDecimal("500.00")), balance.autoRefillAmount());
    assertEquals(Optional.of(new BigDecimal("100.00")), balance.autoRefillThreshold());
    assertEquals(Map.of("currency", "USD"), balance.additionalProperties());
  }

  @Test
  void aBalanceSentAsANumberOrWithNullRefillsDecodesExactly() {
    server.enqueue(json(200, "{\"balance\":0.1,\"auto_refill_enabled\":false,\"auto_refill_amount\":null,"
        + "\"auto_refill_threshold\":null}"));

    DiditBalance balance = client.billing().balance();

    assertEquals(new BigDecimal("0.1"), balance.balance(), "never through a double");
    assertEquals(Optional.empty(), balance.autoRefillAmount());
    assertEquals(Optional.empty(), balance.autoRefillThreshold());

    server.enqueue(json(200, "{\"auto_refill_enabled\":true}"));
    assertThrows(ResponseDecodingException.class, () -> client.billing().balance(), "balance is required");
  }

  @Test
  void topUpPostsTheExactAmountAndRedirects() throws Exception {
    server.enqueue(json(200, CHECKOUT));

    DiditCheckoutSession checkout = client.billing().topUp(DiditTopUpRequest.builder()
        .amountInDollars(new BigDecimal("500.10"))
        .successUrl("https://yourapp.com/billing/success?session=" + DiditTopUpRequest.CHECKOUT_SESSION_ID)
        .cancelUrl("https://yourapp.com/billing/cancel")
        .build());

    RecordedRequest r = VerificationClients.take(server);
    assertEquals("POST", r.getMethod());
    assertEquals("/v3/billing/top-up/", r.getTarget());
    assertEquals("application/json", r.getHeaders().get("Content-Type"));
    assertEquals("{\"amount_in_dollars\":500.10,\"success_url\":\"https://yourapp.com/billing/success?session="
        + "{CHECKOUT_SESSION_ID}\",\"cancel_url\":\"https://yourapp.com/billing/cancel\"}", body(r));
    assertEquals("cs_test_a1B2c3D4e5F6g7H8i9J0", checkout.checkoutSessionId());
    assertEquals(URI.create("https://checkout.stripe.com/c/pay/cs_test_a1B2c3D4e5F6g7H8i9J0#fidkdWxOYHwnPyd1"),
        checkout.checkoutSessionUrl());
    assertEquals(Map.of("expires_at", 1767225600), checkout.additionalProperties());
  }

  @Test
  void wholeDollarsAndExponentsAreSentAsPlainNumbers() throws Exception {
    server.enqueue(json(200, CHECKOUT));
    server.enqueue(json(200, CHECKOUT));

    client.billing().topUp(DiditTopUpRequest.builder().amountInDollars(50).build());
    client.billing().topUp(DiditTopUpRequest.of(new BigDecimal("1E+2")));

    assertEquals("{\"amount_in_dollars\":50}", body(VerificationClients.take(server)));
    assertEquals("{\"amount_in_dollars\":100}", body(VerificationClients.take(server)));
  }

  @Test
  void theCheckoutUrlIsMaskedInToStringAndForeignJson() throws Exception {
    server.enqueue(json(200, CHECKOUT));
    DiditCheckoutSession checkout = client.billing().topUp(DiditTopUpRequest.of(new BigDecimal("50")));

    assertFalse(checkout.toString().contains("checkout.stripe.com"), checkout.toString());
    String foreign = new ObjectMapper().findAndRegisterModules().writeValueAsString(checkout);
    assertFalse(foreign.contains("checkout.stripe.com"), foreign);
    assertTrue(foreign.contains("cs_test_a1B2c3D4e5F6g7H8i9J0"), foreign);
  }

  @Test
  void theCheckoutUrlIsMaskedInTraceLogs() {
    server.enqueue(json(200, CHECKOUT));
    String logs;
    try (LogCapture capture = new LogCapture(LoggingOptions.DEFAULT_LOGGER);
        DiditClient logged = new VerificationClients().builder(server)
            .logging(LoggingOptions.builder().logBodies(true).build()).build()) {
      logged.billing().topUp(DiditTopUpRequest.of(new BigDecimal("50")));
      logs = capture.text();
    }
    assertTrue(logs.contains("checkout.stripe.com/c/pay/[REDACTED]"), logs);
    assertFalse(logs.contains("#fidkdWxOYHwnPyd1"), logs);
  }

  @Test
  void topUpValidationReportsEveryProblemAndSendsNothing() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> DiditTopUpRequest.builder()
        .amountInDollars(new BigDecimal("49.999")).successUrl("not a url").cancelUrl("https://ok.example.com/x y")
        .build());

    assertEquals(List.of("amountInDollars", "amountInDollars", "successUrl", "cancelUrl"),
        e.problems().stream().map(ValidationProblem::field).collect(Collectors.toList()));
    assertThrows(InvalidRequestException.class, () -> DiditTopUpRequest.builder().build());
    assertThrows(InvalidRequestException.class, () -> DiditTopUpRequest.of(null));
    assertThrows(InvalidRequestException.class, () -> client.billing().topUp(null));
    assertEquals(new BigDecimal("50.00"), DiditTopUpRequest.of(new BigDecimal("50.00")).amountInDollars());
    assertEquals(new BigDecimal("50.100"), DiditTopUpRequest.of(new BigDecimal("50.100")).amountInDollars(),
        "a trailing zero is not a fraction of a cent");
    assertEquals(0, server.getRequestCount());
  }
}
