package dev.onboardkit.didit.transactions;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The body of {@code POST /transactions/}: a transaction to monitor. Required: your {@code transaction_id}, the
 * category, the category's {@code transaction_details} and the {@code subject}.
 *
 * <pre>{@code
 * DiditCreateTransactionRequest request = DiditCreateTransactionRequest.builder()
 *     .transactionId("wd-2026-000123")
 *     .transactionCategory(DiditTransactionCategory.FINANCE)
 *     .transactionDetails(DiditTransactionDetails.builder()
 *         .direction("OUTBOUND").amount(new BigDecimal("9500.00")).currency("EUR").build())
 *     .subject(DiditTransactionParty.ofVendorData("user-42"))
 *     .counterparty(DiditTransactionParty.builder().fullName("Acme Supplier").build())
 *     .build();
 * }</pre>
 *
 * <p>{@code transaction_id} is Didit's idempotency key: unique per application (at most {@value #MAX_TRANSACTION_ID}
 * characters); sending one again is refused with a 400, so a repeat can never record the transaction twice.
 */
public final class DiditCreateTransactionRequest {
  private final Map<String, Object> fields;

  private DiditCreateTransactionRequest(Map<String, Object> fields) {
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

  /** The longest {@code transaction_id} Didit accepts. */
  public static final int MAX_TRANSACTION_ID = 128;

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
    return o instanceof DiditCreateTransactionRequest && fields.equals(((DiditCreateTransactionRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditCreateTransactionRequest", fields);
  }

  /**
   * Builds {@link DiditCreateTransactionRequest}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports
   * every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets your unique identifier of the transaction (at most 128 characters). Required.
     *
     * @param transactionId the value; null to leave it unset
     * @return this builder
     */
    public Builder transactionId(@Nullable String transactionId) {
      f.set("transaction_id", "transactionId", transactionId);
      return this;
    }

    /**
     * Sets the category, which decides the shape of the details and the subject. Required.
     *
     * @param transactionCategory the value; null to leave it unset
     * @return this builder
     */
    public Builder transactionCategory(@Nullable DiditTransactionCategory transactionCategory) {
      f.constant("transaction_category", "transactionCategory", transactionCategory);
      return this;
    }

    /**
     * Sets the category by its wire value, such as one this SDK does not know yet.
     *
     * @param transactionCategory the value; null to leave it unset
     * @return this builder
     */
    public Builder transactionCategoryRaw(@Nullable String transactionCategory) {
      f.set("transaction_category", "transactionCategoryRaw", transactionCategory);
      return this;
    }

    /**
     * Sets the category-specific payload: for {@code finance}, the direction, amount and currency. Required.
     *
     * @param transactionDetails the value; null to leave it unset
     * @return this builder
     */
    public Builder transactionDetails(@Nullable DiditTransactionDetails transactionDetails) {
      f.set("transaction_details", "transactionDetails", transactionDetails);
      return this;
    }

    /**
     * Sets the category-specific payload as a JSON object of your own making.
     *
     * @param transactionDetails the members; null to leave it unset
     * @return this builder
     */
    public Builder transactionDetails(@Nullable Map<String, ?> transactionDetails) {
      f.object("transaction_details", "transactionDetails", transactionDetails);
      return this;
    }

    /**
     * Sets the party that initiates the transaction, usually your user by {@code vendor_data}. Required.
     *
     * @param subject the value; null to leave it unset
     * @return this builder
     */
    public Builder subject(@Nullable DiditTransactionParty subject) {
      f.set("subject", "subject", subject);
      return this;
    }

    /**
     * Sets the initiating party as a JSON object of your own making.
     *
     * @param subject the members; null to leave it unset
     * @return this builder
     */
    public Builder subject(@Nullable Map<String, ?> subject) {
      f.object("subject", "subject", subject);
      return this;
    }

    /**
     * Sets the other party of the transaction.
     *
     * @param counterparty the value; null to leave it unset
     * @return this builder
     */
    public Builder counterparty(@Nullable DiditTransactionParty counterparty) {
      f.set("counterparty", "counterparty", counterparty);
      return this;
    }

    /**
     * Sets the other party as a JSON object of your own making.
     *
     * @param counterparty the members; null to leave it unset
     * @return this builder
     */
    public Builder counterparty(@Nullable Map<String, ?> counterparty) {
      f.object("counterparty", "counterparty", counterparty);
      return this;
    }

    /**
     * Sets when the transaction happened, sent as ISO 8601 ({@code 2026-04-16T10:00:00Z}); Didit uses the submission
     * time when it is unset.
     *
     * @param transactionAt the instant; null to leave it unset
     * @return this builder
     */
    public Builder transactionAt(@Nullable java.time.Instant transactionAt) {
      f.set("transaction_at", "transactionAt", transactionAt == null ? null : transactionAt.toString());
      return this;
    }

    /**
     * Sets the IANA time zone of the transaction, such as {@code Europe/Madrid}.
     *
     * @param timeZone the value; null to leave it unset
     * @return this builder
     */
    public Builder timeZone(@Nullable String timeZone) {
      f.set("time_zone", "timeZone", timeZone);
      return this;
    }

    /**
     * Sets values your monitoring rules read as {@code custom_values.<key>}.
     *
     * @param customProperties the value; null to leave it unset
     * @return this builder
     */
    public Builder customProperties(@Nullable Map<String, ?> customProperties) {
      f.object("custom_properties", "customProperties", customProperties);
      return this;
    }

    /**
     * Sets the Travel Rule data of a {@code travel_rule} transaction.
     *
     * @param travelRuleDetails the value; null to leave it unset
     * @return this builder
     */
    public Builder travelRuleDetails(@Nullable Map<String, ?> travelRuleDetails) {
      f.object("travel_rule_details", "travelRuleDetails", travelRuleDetails);
      return this;
    }

    /**
     * Sets a snapshot of the network context (device, IP) of the transaction.
     *
     * @param networkSnapshot the value; null to leave it unset
     * @return this builder
     */
    public Builder networkSnapshot(@Nullable Map<String, ?> networkSnapshot) {
      f.object("network_snapshot", "networkSnapshot", networkSnapshot);
      return this;
    }

    /**
     * Overrides the application's default for crypto screening of this transaction: {@code true} to screen, {@code
     * false} to skip.
     *
     * @param includeCryptoScreening the value; null to leave it unset
     * @return this builder
     */
    public Builder includeCryptoScreening(@Nullable Boolean includeCryptoScreening) {
      f.set("include_crypto_screening", "includeCryptoScreening", includeCryptoScreening);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditCreateTransactionRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      String id = f.text("transaction_id");
      if (problems.requireNonNull("transactionId", id)) {
        if (id.isBlank()) {
          problems.add("transactionId", "must not be blank");
        } else if (id.length() > MAX_TRANSACTION_ID) {
          problems.add("transactionId", "must be at most " + MAX_TRANSACTION_ID + " characters");
        }
      }
      Object category = f.get("transaction_category");
      if (category == null) {
        problems.add("transactionCategory", "is required");
      } else if (category instanceof String && ((String) category).isBlank()) {
        problems.add(f.javaName("transaction_category"), "must not be blank");
      }
      problems.requireNonNull("transactionDetails", f.get("transaction_details"));
      problems.requireNonNull("subject", f.get("subject"));
      problems.throwIfAny();
      return new DiditCreateTransactionRequest(f.snapshot());
    }
  }
}
