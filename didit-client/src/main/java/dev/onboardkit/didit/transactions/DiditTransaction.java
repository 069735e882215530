package dev.onboardkit.didit.transactions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A monitored transaction and its rule evaluation, from {@code POST /transactions/} and
 * {@code GET /transactions/{id}/}.
 *
 * <p>Typed here: the identifiers, the verdict ({@link #status()}, {@link #score()}, {@link #severity()}, the decision
 * reason), the amounts and the rule runs and alerts as plain values. The record has more (parties, payment methods,
 * provider results, Travel Rule outcome, remediation session, ...): those members, partly undocumented, arrive in
 * {@link #additionalProperties()}. Amounts are decimal strings decoded exactly into {@link BigDecimal}.
 *
 * <p>Two ids: {@link #id()} is Didit's (pass it to {@code retrieve}); {@link #txnId()} is the {@code transaction_id}
 * you sent.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditTransaction.Builder.class)
public abstract class DiditTransaction implements ApiObject {
  DiditTransaction() {}

  /**
   * Returns Didit's stable identifier of the transaction.
   *
   * @return the id, if sent under {@code uuid}
   */
  public abstract Optional<String> uuid();

  /**
   * Returns {@code transaction_id} as the server sent it: in one documented shape of the response, Didit's identifier
   * (with {@link #txnId()} holding yours).
   *
   * @return the value, if sent
   */
  public abstract Optional<String> transactionId();

  /**
   * Returns the identifier you gave when creating the transaction.
   *
   * @return your id, if sent
   */
  public abstract Optional<String> txnId();

  /**
   * Returns the application-scoped sequential number shown in the console.
   *
   * @return the number, if sent
   */
  public abstract Optional<Long> transactionNumber();

  /**
   * Returns the category as stored, such as {@code finance} or {@code travelRule} (multi-word values come back in
   * camelCase).
   *
   * @return the raw category, if sent
   */
  public abstract Optional<String> transactionType();

  /**
   * Returns the sub-type within the category, such as {@code withdrawal}.
   *
   * @return the action type, if sent
   */
  public abstract Optional<String> actionType();

  /**
   * Returns the direction relative to the subject: {@code INBOUND} or {@code OUTBOUND}.
   *
   * @return the direction, if sent
   */
  public abstract Optional<String> direction();

  /**
   * Returns the verdict as sent, such as {@code "IN_REVIEW"}.
   *
   * @return the raw status, if sent
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns the score the rules gave (0 to 100 and more).
   *
   * @return the score, if sent
   */
  public abstract Optional<Integer> score();

  /**
   * Returns the severity bucket as sent, such as {@code "HIGH"}.
   *
   * @return the raw severity, if sent
   */
  @JsonProperty("severity")
  public abstract Optional<String> severityRaw();

  /**
   * Returns the structured reason for the current status, such as {@code WALLET_HIGH_RISK}.
   *
   * @return the code, if sent
   */
  public abstract Optional<String> decisionReasonCode();

  /**
   * Returns a readable reason for the current status.
   *
   * @return the label, if sent
   */
  public abstract Optional<String> decisionReasonLabel();

  /**
   * Returns the amount as submitted.
   *
   * @return the amount, exact, if sent
   */
  public abstract Optional<BigDecimal> amount();

  /**
   * Returns the currency of {@link #amount()}, such as {@code EUR}.
   *
   * @return the currency, if sent
   */
  public abstract Optional<String> currency();

  /**
   * Returns the amount converted to the application's default currency.
   *
   * @return the amount, exact, if sent
   */
  public abstract Optional<BigDecimal> amountInDefaultCurrency();

  /**
   * Returns the code of the application's default currency.
   *
   * @return the currency, if sent
   */
  public abstract Optional<String> defaultCurrencyCode();

  /**
   * Returns when the transaction happened, as sent (ISO 8601).
   *
   * @return the time, if sent
   */
  public abstract Optional<String> txnDate();

  /**
   * Returns your identifier of the subject.
   *
   * @return the vendor data, if sent
   */
  public abstract Optional<String> vendorData();

  /**
   * Returns every rule that evaluated the transaction, matched or not, as plain values.
   *
   * @return the rule runs; empty when none were sent
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  @AllowNulls
  public abstract List<Map<String, Object>> ruleRuns();

  /**
   * Returns the alerts the transaction raised, as plain values.
   *
   * @return the alerts; empty when none were sent
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  @AllowNulls
  public abstract List<Map<String, Object>> alerts();

  /**
   * Returns the transaction's tags ({@code uuid}, {@code name}, {@code color}, ...), as plain values.
   *
   * @return the tags; empty when none were sent
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  @AllowNulls
  public abstract List<Map<String, Object>> tags();

  /**
   * Returns when Didit recorded the transaction, as sent (ISO 8601).
   *
   * @return the time, if sent
   */
  public abstract Optional<String> createdAt();

  /**
   * Returns when the record last changed, as sent (ISO 8601).
   *
   * @return the time, if sent
   */
  public abstract Optional<String> updatedAt();

  /**
   * Returns Didit's identifier of the transaction, to pass to {@code retrieve}: {@link #uuid()}, or
   * {@link #transactionId()} in the shape that sends Didit's id there.
   *
   * @return the id
   */
  public String id() {
    return uuid().or(this::transactionId).orElseThrow();
  }

  /**
   * Returns the verdict.
   *
   * @return the status; {@link DiditTransactionStatus#UNKNOWN} when absent or not known to this SDK
   */
  public DiditTransactionStatus status() {
    return DiditTransactionStatus.fromWire(statusRaw().orElse(null));
  }

  /**
   * Returns the severity bucket.
   *
   * @return the severity; {@link DiditRiskSeverity#UNKNOWN} when absent or not known to this SDK
   */
  public DiditRiskSeverity severity() {
    return DiditRiskSeverity.fromWire(severityRaw().orElse(null));
  }

  /**
   * Returns the category.
   *
   * @return the category; {@link DiditTransactionCategory#UNKNOWN} when absent or not known to this SDK
   */
  public DiditTransactionCategory category() {
    return DiditTransactionCategory.fromWire(transactionType().orElse(null));
  }

  @Value.Check
  void check() {
    if (uuid().isEmpty() && transactionId().isEmpty()) {
      throw new IllegalStateException("required attributes are not set [uuid or transaction_id]");
    }
  }
}
