package dev.onboardkit.didit.billing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.internal.json.MaskedInJson;
import dev.onboardkit.core.json.ApiObject;
import java.net.URI;
import org.immutables.value.Value;

/**
 * The Stripe Checkout session a top-up created, from {@code POST /billing/top-up/}: redirect the paying user to
 * {@link #checkoutSessionUrl()}. The credits are added when the payment settles, not when this is returned.
 *
 * <p>The checkout URL is a single-use payment page that works on its own, so it is masked in {@code toString()} and
 * in the JSON of any Jackson mapper; read it where you redirect.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditCheckoutSession.Builder.class)
public abstract class DiditCheckoutSession implements ApiObject {
  DiditCheckoutSession() {}

  /**
   * Returns Stripe's Checkout Session identifier (such as {@code cs_test_a1B2c3...}), for reconciliation.
   *
   * @return the identifier
   */
  public abstract String checkoutSessionId();

  /**
   * Returns the Stripe-hosted payment page to redirect the customer to; masked in {@code toString()}.
   *
   * @return the URL
   */
  @Value.Redacted
  @MaskedInJson
  public abstract URI checkoutSessionUrl();
}
