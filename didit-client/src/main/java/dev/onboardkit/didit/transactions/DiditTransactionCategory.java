package dev.onboardkit.didit.transactions;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.json.OpenEnum;
import java.util.Locale;

/**
 * What kind of event a monitored transaction is ({@code transaction_category}); it decides the expected shape of
 * {@code transaction_details} and {@code subject}. Sent in snake_case; Didit echoes multi-word values back in camelCase
 * ({@code travelRule}), which {@link #fromWire(String)} reads as well.
 *
 * <p>Didit's sources name the platform-event category two ways ({@code user_event} in the tool schema,
 * {@code user_platform_event} in the guide); both are here. Open: a value this SDK does not know maps to
 * {@link #UNKNOWN}.
 */
public enum DiditTransactionCategory implements OpenEnum {
  /** A financial transaction: deposit, withdrawal, transfer. */
  FINANCE("finance"),
  /** An identity-verification event. */
  KYC("kyc"),
  /** A virtual-asset transfer under the Travel Rule. */
  TRAVEL_RULE("travel_rule"),
  /** A platform event (login, profile change), as the tool schema names it. */
  USER_EVENT("user_event"),
  /** A platform event (login, profile change), as the transaction guide names it. */
  USER_PLATFORM_EVENT("user_platform_event"),
  /** A system or compliance audit event. */
  AUDIT_TRAIL_EVENT("audit_trail_event"),
  /** A gambling wager. */
  GAMBLING_BET("gambling_bet"),
  /** A change to a player's deposit, loss or wager limit. */
  GAMBLING_LIMIT_CHANGE("gambling_limit_change"),
  /** A bonus grant, redemption or forfeiture. */
  GAMBLING_BONUS_CHANGE("gambling_bonus_change"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wire;

  DiditTransactionCategory(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /**
   * Returns the constant for a wire value, in snake_case or camelCase, ignoring case.
   *
   * @param wire the value as sent by the API, or null
   * @return the constant; {@link #UNKNOWN} when the value is null or not known
   */
  public static DiditTransactionCategory fromWire(@Nullable String wire) {
    DiditTransactionCategory found = OpenEnum.fromWire(DiditTransactionCategory.class, wire, UNKNOWN);
    if (found != UNKNOWN || wire == null) {
      return found;
    }
    String squashed = wire.replace("_", "").toLowerCase(Locale.ROOT);
    for (DiditTransactionCategory c : values()) {
      if (c != UNKNOWN && c.wire.replace("_", "").equals(squashed)) {
        return c;
      }
    }
    return UNKNOWN;
  }
}
