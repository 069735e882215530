package dev.onboardkit.testkit.didit;

import dev.onboardkit.core.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fake's credit balance in US dollars: paid checks charge it, a top-up's checkout adds to it once the test settles
 * it (as Stripe would after payment). Exact decimals throughout. Used under the store's lock.
 */
final class DiditLedger {
  /** A Stripe checkout a top-up created. */
  static final class Checkout {
    final String id;
    final BigDecimal amount;
    boolean settled;

    Checkout(String id, BigDecimal amount) {
      this.id = id;
      this.amount = amount;
    }
  }

  private BigDecimal balance = DiditScreeningTestData.STARTING_BALANCE;
  private final Map<String, Checkout> checkouts = new LinkedHashMap<>();
  boolean outOfCredits;

  BigDecimal balance() {
    return balance;
  }

  void setBalance(BigDecimal balance) {
    this.balance = balance;
  }

  /** The balance as Didit writes it: a fixed-point string with 4 decimals. */
  String balanceText() {
    return balance.setScale(4, RoundingMode.UNNECESSARY).toPlainString();
  }

  /**
   * Charges a paid check.
   *
   * @param price the price
   * @return true if charged; false when the balance is too low (or the test said credits ran out)
   */
  boolean charge(BigDecimal price) {
    if (outOfCredits || balance.compareTo(price) < 0) {
      return false;
    }
    balance = balance.subtract(price);
    return true;
  }

  Checkout newCheckout(String id, BigDecimal amount) {
    Checkout c = new Checkout(id, amount);
    checkouts.put(id, c);
    return c;
  }

  @Nullable Checkout checkout(String id) {
    return checkouts.get(id);
  }

  /**
   * Settles a checkout: its amount is added to the balance.
   *
   * @param id the checkout session id
   * @return the amount added
   * @throws IllegalArgumentException if there is no such checkout or it was settled already
   */
  BigDecimal settle(String id) {
    Checkout c = id == null ? null : checkouts.get(id);
    if (c == null) {
      throw new IllegalArgumentException("no checkout " + id);
    }
    if (c.settled) {
      throw new IllegalArgumentException("checkout " + id + " was already settled");
    }
    c.settled = true;
    balance = balance.add(c.amount);
    return c.amount;
  }

  int checkoutCount() {
    return checkouts.size();
  }
}
