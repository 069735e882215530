package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.didit.billing.DiditBalance;
import dev.onboardkit.didit.billing.DiditCheckoutSession;
import dev.onboardkit.didit.billing.DiditTopUpRequest;

/**
 * Billing: the organization's credit balance and top-ups. Obtain it with {@code client.billing()}. Thread-safe.
 *
 * <p>Every method validates its arguments first and throws {@link dev.onboardkit.core.error.InvalidRequestException}
 * listing every problem, without sending anything. Error responses throw the
 * {@link dev.onboardkit.core.error.ApiException} subclass matching the status; a refused API key is an
 * {@link dev.onboardkit.core.error.AuthenticationException}.
 */
@ServiceSpec(api = "dev.onboardkit.didit.billing", name = "DiditBillingService", operations = "didit.billing")
public final class BillingEndpoints {
  private static final ResponseDecoder<DiditBalance> BALANCE = ResponseDecoder.json(DiditBalance.class);
  private static final ResponseDecoder<DiditCheckoutSession> CHECKOUT =
      ResponseDecoder.json(DiditCheckoutSession.class);

  /** Creates the definitions. */
  public BillingEndpoints() {}

  /**
   * Gets the organization's pre-paid credit balance and auto-refill settings ({@code GET /billing/balance/}).
   *
   * @return the balance, in exact US dollars
   */
  @Endpoint
  ApiOperation<DiditBalance> balance() {
    return ApiOperation.builder(HttpMethod.GET, BALANCE).constantPath("/billing/balance/").build();
  }

  /**
   * Starts a top-up of the credit balance ({@code POST /billing/top-up/}): Didit creates a Stripe Checkout session;
   * redirect the customer to {@link DiditCheckoutSession#checkoutSessionUrl()}. The credits arrive when the payment
   * settles.
   *
   * <p><b>Money moves: never sent twice.</b> The request is sent again only when the connection failed before
   * anything went out (the SDK's {@code RETRY_UNSENT_ONLY} rule). Any response, a 429 or a 503 included, and a
   * timeout or dropped connection after sending, is reported at once and never retried, so one call can never create
   * two checkouts. After a failure with {@code outcomeUnknown()} true, a checkout may exist: nothing is charged until
   * a customer pays it, so starting a new top-up is safe, but do not send the customer two links.
   *
   * @param request the amount and redirects
   * @return the checkout session
   */
  @Endpoint
  ApiOperation<DiditCheckoutSession> topUp(@Nullable DiditTopUpRequest request) {
    ApiOperation.Builder<DiditCheckoutSession> b = ApiOperation.builder(HttpMethod.POST, CHECKOUT)
        .constantPath("/billing/top-up/")
        .idempotency(Idempotency.RETRY_UNSENT_ONLY)
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }
}
