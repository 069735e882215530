package dev.onboardkit.didit.billing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The organization's pre-paid credit balance and auto-refill settings, from {@code GET /billing/balance/}.
 *
 * <p>Didit sends amounts as fixed-point decimal strings in US dollars ({@code "1234.5600"}); they are decoded exactly
 * into {@link BigDecimal}, keeping the scale sent (compare with {@code compareTo}, not {@code equals}). A number is
 * accepted too. The balance decreases as verifications are billed and increases when a top-up's payment settles.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditBalance.Builder.class)
public abstract class DiditBalance implements ApiObject {
  DiditBalance() {}

  /**
   * Returns the current credit balance in US dollars.
   *
   * @return the balance, exact
   */
  public abstract BigDecimal balance();

  /**
   * Returns whether Didit charges the saved payment method automatically when the balance falls below
   * {@link #autoRefillThreshold()} (configured in the console).
   *
   * @return the flag, if sent
   */
  public abstract Optional<Boolean> autoRefillEnabled();

  /**
   * Returns the amount charged on each auto-refill, in US dollars.
   *
   * @return the amount; empty when auto-refill is disabled or unset
   */
  public abstract Optional<BigDecimal> autoRefillAmount();

  /**
   * Returns the balance, in US dollars, below which auto-refill fires.
   *
   * @return the threshold; empty when auto-refill is disabled or unset
   */
  public abstract Optional<BigDecimal> autoRefillThreshold();
}
