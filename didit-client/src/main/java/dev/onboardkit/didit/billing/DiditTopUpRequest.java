package dev.onboardkit.didit.billing;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The body of {@code POST /billing/top-up/}: how many US dollars of credits to buy, and where Stripe sends the customer
 * afterwards.
 *
 * <pre>{@code
 * DiditTopUpRequest request = DiditTopUpRequest.builder()
 *     .amountInDollars(new BigDecimal("500.00"))
 *     .successUrl("https://yourapp.com/billing/success?session={CHECKOUT_SESSION_ID}")
 *     .cancelUrl("https://yourapp.com/billing/cancel")
 *     .build();
 * }</pre>
 *
 * <p>The amount is exact: a {@link BigDecimal} of dollars, sent as a JSON number with the digits given (never through
 * a {@code double}). Didit requires at least {@value #MINIMUM_DOLLARS} dollars and adds tax at checkout; top-ups are
 * not available on annual plans.
 */
public final class DiditTopUpRequest {
  /** The smallest top-up Didit accepts, in US dollars. */
  public static final int MINIMUM_DOLLARS = 50;
  /** The placeholder Stripe replaces with the checkout session's id in {@code success_url}. */
  public static final String CHECKOUT_SESSION_ID = "{CHECKOUT_SESSION_ID}";

  private final Map<String, Object> fields;

  private DiditTopUpRequest(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * Starts a builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a top-up of {@code amountInDollars} with Didit's default redirects (the console).
   *
   * @param amountInDollars the amount in US dollars, at least {@value #MINIMUM_DOLLARS}, at most 2 decimal places
   * @return the request
   * @throws dev.onboardkit.core.error.InvalidRequestException if the amount is missing or invalid
   */
  public static DiditTopUpRequest of(@Nullable BigDecimal amountInDollars) {
    return builder().amountInDollars(amountInDollars).build();
  }

  /**
   * Returns the amount to charge.
   *
   * @return the amount in US dollars, as given
   */
  public BigDecimal amountInDollars() {
    return (BigDecimal) fields.get("amount_in_dollars");
  }

  /**
   * Returns the JSON members that will be sent, keyed by wire name in the order they were set.
   *
   * @return the members; unmodifiable
   */
  @JsonValue
  public Map<String, Object> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditTopUpRequest && fields.equals(((DiditTopUpRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set. */
  @Override
  public String toString() {
    return WireFields.describe("DiditTopUpRequest", fields);
  }

  /**
   * Builds {@link DiditTopUpRequest}. Setters accept null, which leaves a field unset (not sent); {@link #build()}
   * reports every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the amount to charge, in US dollars: at least {@value #MINIMUM_DOLLARS}, with at most 2 decimal places
     * (cents). Required.
     *
     * @param amountInDollars the amount; null to leave it unset
     * @return this builder
     */
    public Builder amountInDollars(@Nullable BigDecimal amountInDollars) {
      f.set("amount_in_dollars", "amountInDollars", amountInDollars);
      return this;
    }

    /**
     * Sets the amount to charge in whole US dollars.
     *
     * @param amountInDollars the amount, at least {@value #MINIMUM_DOLLARS}
     * @return this builder
     */
    public Builder amountInDollars(long amountInDollars) {
      return amountInDollars(BigDecimal.valueOf(amountInDollars));
    }

    /**
     * Sets where Stripe redirects the customer after a successful payment (Didit's default: the console). The
     * literal placeholder {@code {CHECKOUT_SESSION_ID}} is replaced by Stripe with the session's id.
     *
     * @param successUrl the URL; null to leave it unset
     * @return this builder
     */
    public Builder successUrl(@Nullable String successUrl) {
      f.set("success_url", "successUrl", successUrl);
      return this;
    }

    /**
     * Sets where Stripe redirects the customer who cancels or closes the checkout (Didit's default: the console).
     *
     * @param cancelUrl the URL; null to leave it unset
     * @return this builder
     */
    public Builder cancelUrl(@Nullable String cancelUrl) {
      f.set("cancel_url", "cancelUrl", cancelUrl);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditTopUpRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      BigDecimal amount = (BigDecimal) f.get("amount_in_dollars");
      if (amount == null) {
        problems.add("amountInDollars", "is required: at least " + MINIMUM_DOLLARS + " US dollars");
      } else {
        if (amount.compareTo(BigDecimal.valueOf(MINIMUM_DOLLARS)) < 0) {
          problems.add("amountInDollars", "must be at least " + MINIMUM_DOLLARS + " US dollars");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
          problems.add("amountInDollars", "must not have fractions of a cent (at most 2 decimal places)");
        }
      }
      problems.checkUri("successUrl", withoutPlaceholder(f.text("success_url")));
      problems.checkUri("cancelUrl", withoutPlaceholder(f.text("cancel_url")));
      problems.throwIfAny();
      if (amount.scale() < 0) {
        // 5E+1 and 50 are the same amount; write it without an exponent, which JSON readers may take for a float
        f.set("amount_in_dollars", "amountInDollars", amount.setScale(0));
      }
      return new DiditTopUpRequest(f.snapshot());
    }

    /** Stripe's placeholder is not a URI character sequence; the URL around it must be one. */
    private static @Nullable String withoutPlaceholder(@Nullable String url) {
      return url == null ? null : url.replace(CHECKOUT_SESSION_ID, "cs");
    }
  }
}
