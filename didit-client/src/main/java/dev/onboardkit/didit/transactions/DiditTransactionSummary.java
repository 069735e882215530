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
 * A transaction in a page of {@code GET /transactions/}: the summary Didit lists, with the subject and counterparty
 * flattened into names. Fetch the full record with {@code retrieve(summary.uuid())}. Members not typed here arrive in
 * {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditTransactionSummary.Builder.class)
public abstract class DiditTransactionSummary implements ApiObject {
  DiditTransactionSummary() {}

  /**
   * Returns Didit's stable identifier of the transaction.
   *
   * @return the id
   */
  public abstract String uuid();

  /**
   * Returns the application-scoped sequential number.
   *
   * @return the number, if sent
   */
  public abstract Optional<Long> transactionNumber();

  /**
   * Returns the identifier you gave when creating the transaction.
   *
   * @return your id, if sent
   */
  public abstract Optional<String> txnId();

  /**
   * Returns the category as stored, such as {@code finance}.
   *
   * @return the raw category, if sent
   */
  public abstract Optional<String> transactionType();

  /**
   * Returns the sub-type within the category.
   *
   * @return the action type, if sent
   */
  public abstract Optional<String> actionType();

  /**
   * Returns the verdict as sent.
   *
   * @return the raw status, if sent
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns the direction relative to the subject.
   *
   * @return the direction, if sent
   */
  public abstract Optional<String> direction();

  /**
   * Returns the amount as submitted.
   *
   * @return the amount, exact, if sent
   */
  public abstract Optional<BigDecimal> amount();

  /**
   * Returns the currency of {@link #amount()}.
   *
   * @return the currency, if sent
   */
  public abstract Optional<String> currency();

  /**
   * Returns the score the rules gave.
   *
   * @return the score, if sent
   */
  public abstract Optional<Integer> score();

  /**
   * Returns the severity bucket as sent.
   *
   * @return the raw severity, if sent
   */
  @JsonProperty("severity")
  public abstract Optional<String> severityRaw();

  /**
   * Returns the structured reason for the current status.
   *
   * @return the code, if sent
   */
  public abstract Optional<String> decisionReasonCode();

  /**
   * Returns the subject's name.
   *
   * @return the name, if sent
   */
  public abstract Optional<String> subjectName();

  /**
   * Returns your identifier of the subject.
   *
   * @return the vendor data, if sent
   */
  public abstract Optional<String> subjectVendorData();

  /**
   * Returns the counterparty's name.
   *
   * @return the name, if sent
   */
  public abstract Optional<String> counterpartyName();

  /**
   * Returns the transaction's tags, as plain values.
   *
   * @return the tags; empty when none were sent
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  @AllowNulls
  public abstract List<Map<String, Object>> tags();

  /**
   * Returns when the transaction happened, as sent (ISO 8601).
   *
   * @return the time, if sent
   */
  public abstract Optional<String> txnDate();

  /**
   * Returns when Didit recorded it, as sent (ISO 8601).
   *
   * @return the time, if sent
   */
  public abstract Optional<String> createdAt();

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
}
