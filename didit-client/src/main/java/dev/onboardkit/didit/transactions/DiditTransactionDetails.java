package dev.onboardkit.didit.transactions;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The {@code transaction_details} of a transaction to monitor: for a {@code finance} transaction, what moved. Its shape
 * depends on the category; members this builder does not name go through {@link Builder#put(String, Object)}.
 *
 * <pre>{@code
 * DiditTransactionDetails details = DiditTransactionDetails.builder()
 *     .direction("OUTBOUND").amount(new BigDecimal("1500.50")).currency("EUR").currencyKind("fiat")
 *     .actionType("withdrawal")
 *     .build();
 * }</pre>
 *
 * <p>The amount is exact: a {@link java.math.BigDecimal}, sent as the decimal string Didit documents
 * ({@code "1500.50"}), never through a {@code double}.
 */
public final class DiditTransactionDetails {
  private final Map<String, Object> fields;

  private DiditTransactionDetails(Map<String, Object> fields) {
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
   * Returns the JSON members that will be sent, keyed by wire name in the order they were set.
   *
   * @return the members; unmodifiable
   */
  @JsonValue
  public Map<String, Object> fields() {
    return fields;
  }

  /**
   * Returns whether a member is sent.
   *
   * @param wireName the JSON name
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditTransactionDetails && fields.equals(((DiditTransactionDetails) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditTransactionDetails", fields);
  }

  /**
   * Builds {@link DiditTransactionDetails}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports
   * every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the direction relative to the subject: {@code INBOUND} or {@code OUTBOUND} (Didit also accepts {@code in},
     * {@code out}, {@code inbound} and {@code outbound}, in any case, and stores them upper-case).
     *
     * @param direction the value; null to leave it unset
     * @return this builder
     */
    public Builder direction(@Nullable String direction) {
      f.set("direction", "direction", direction);
      return this;
    }

    /**
     * Sets the amount, sent as a plain decimal string such as {@code "1500.50"} (Didit keeps up to 18 decimal places).
     *
     * @param amount the value; null to leave it unset
     * @return this builder
     */
    public Builder amount(@Nullable java.math.BigDecimal amount) {
      f.set("amount", "amount", amount == null ? null : amount.toPlainString());
      return this;
    }

    /**
     * Sets the ISO currency code, such as {@code EUR}, {@code USD} or {@code BTC}.
     *
     * @param currency the value; null to leave it unset
     * @return this builder
     */
    public Builder currency(@Nullable String currency) {
      f.set("currency", "currency", currency);
      return this;
    }

    /**
     * Sets {@code fiat} or {@code crypto}; {@code crypto} lets crypto screening run.
     *
     * @param currencyKind the value; null to leave it unset
     * @return this builder
     */
    public Builder currencyKind(@Nullable String currencyKind) {
      f.set("currency_kind", "currencyKind", currencyKind);
      return this;
    }

    /**
     * Sets your label of the action, such as {@code deposit}, {@code withdrawal} or {@code purchase}.
     *
     * @param actionType the value; null to leave it unset
     * @return this builder
     */
    public Builder actionType(@Nullable String actionType) {
      f.set("action_type", "actionType", actionType);
      return this;
    }

    /**
     * Sets a free-text description of the payment.
     *
     * @param paymentDetails the value; null to leave it unset
     * @return this builder
     */
    public Builder paymentDetails(@Nullable String paymentDetails) {
      f.set("payment_details", "paymentDetails", paymentDetails);
      return this;
    }

    /**
     * Sets the external payment reference; for post-transfer crypto screening, the blockchain transaction hash.
     *
     * @param paymentReferenceId the value; null to leave it unset
     * @return this builder
     */
    public Builder paymentReferenceId(@Nullable String paymentReferenceId) {
      f.set("payment_reference_id", "paymentReferenceId", paymentReferenceId);
      return this;
    }

    /**
     * Sets a member this builder has no method for, by its JSON name, such as {@code "amount_in_default_currency"}; a null value
     * removes it.
     *
     * @param wireName the JSON name
     * @param value a string, number, boolean, list or map
     * @return this builder
     */
    public Builder put(@Nullable String wireName, @Nullable Object value) {
      if (wireName == null || wireName.isBlank()) {
        f.set("", "put(wireName)", value == null ? "" : value);
        return this;
      }
      f.set(wireName, wireName, value instanceof Map ? java.util.Collections.unmodifiableMap(
          new java.util.LinkedHashMap<>((Map<?, ?>) value)) : value);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditTransactionDetails build() {
      Problems problems = new Problems();
      f.check(problems);
      if (f.get("") != null) {
        problems.add("put(wireName)", "must not be null or blank");
      }

      String kind = f.text("currency_kind");
      if (kind != null && !kind.equals("fiat") && !kind.equals("crypto")) {
        problems.add("currencyKind", "must be fiat or crypto");
      }
      problems.throwIfAny();
      return new DiditTransactionDetails(f.snapshot());
    }
  }
}
