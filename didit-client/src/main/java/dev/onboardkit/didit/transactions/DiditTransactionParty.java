package dev.onboardkit.didit.transactions;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * A party of a transaction to monitor: its {@code subject} (usually your user, by {@code vendor_data}) or
 * {@code counterparty}. Members this builder does not name ({@code address}, {@code payment_method},
 * {@code device_context}, ...) go through {@link Builder#put(String, Object)}.
 *
 * <pre>{@code
 * DiditTransactionParty subject = DiditTransactionParty.builder()
 *     .entityType("individual").vendorData("user-42").fullName("Maria Garcia").countryCode("ES")
 *     .build();
 * }</pre>
 */
public final class DiditTransactionParty {
  private final Map<String, Object> fields;

  private DiditTransactionParty(Map<String, Object> fields) {
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
   * Returns a party known only by your identifier of it.
   *
   * @param vendorData your identifier, such as your user's id
   * @return the party
   */
  public static DiditTransactionParty ofVendorData(@Nullable String vendorData) {
    return builder().vendorData(vendorData).build();
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
    return o instanceof DiditTransactionParty && fields.equals(((DiditTransactionParty) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditTransactionParty", fields);
  }

  /**
   * Builds {@link DiditTransactionParty}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports
   * every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the role: {@code applicant}, {@code counterparty}, {@code remitter} or {@code beneficiary}.
     *
     * @param role the value; null to leave it unset
     * @return this builder
     */
    public Builder role(@Nullable String role) {
      f.set("role", "role", role);
      return this;
    }

    /**
     * Sets the kind of party: {@code individual}, {@code company}, {@code external} or {@code unhosted_wallet}.
     *
     * @param entityType the value; null to leave it unset
     * @return this builder
     */
    public Builder entityType(@Nullable String entityType) {
      f.set("entity_type", "entityType", entityType);
      return this;
    }

    /**
     * Sets your identifier of the party, which links the transaction to a Didit user or business.
     *
     * @param vendorData the value; null to leave it unset
     * @return this builder
     */
    public Builder vendorData(@Nullable String vendorData) {
      f.set("vendor_data", "vendorData", vendorData);
      return this;
    }

    /**
     * Sets the party's full name.
     *
     * @param fullName the value; null to leave it unset
     * @return this builder
     */
    public Builder fullName(@Nullable String fullName) {
      f.set("full_name", "fullName", fullName);
      return this;
    }

    /**
     * Sets the given name.
     *
     * @param firstName the value; null to leave it unset
     * @return this builder
     */
    public Builder firstName(@Nullable String firstName) {
      f.set("first_name", "firstName", firstName);
      return this;
    }

    /**
     * Sets the family name.
     *
     * @param lastName the value; null to leave it unset
     * @return this builder
     */
    public Builder lastName(@Nullable String lastName) {
      f.set("last_name", "lastName", lastName);
      return this;
    }

    /**
     * Sets the date of birth, sent as {@code YYYY-MM-DD}.
     *
     * @param dateOfBirth the value; null to leave it unset
     * @return this builder
     */
    public Builder dateOfBirth(@Nullable java.time.LocalDate dateOfBirth) {
      f.date("date_of_birth", "dateOfBirth", dateOfBirth);
      return this;
    }

    /**
     * Sets the party's country (ISO 3166-1 alpha-2).
     *
     * @param countryCode the value; null to leave it unset
     * @return this builder
     */
    public Builder countryCode(@Nullable String countryCode) {
      f.set("country_code", "countryCode", countryCode);
      return this;
    }

    /**
     * Sets the party's payment method, such as {@code {"type": "CRYPTO_WALLET", "account_id": "0x..."}}: the wallet
     * crypto screening looks at.
     *
     * @param paymentMethod the value; null to leave it unset
     * @return this builder
     */
    public Builder paymentMethod(@Nullable Map<String, ?> paymentMethod) {
      f.object("payment_method", "paymentMethod", paymentMethod);
      return this;
    }

    /**
     * Sets a member this builder has no method for, by its JSON name, such as {@code "address"}; a null value
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
    public DiditTransactionParty build() {
      Problems problems = new Problems();
      f.check(problems);
      if (f.get("") != null) {
        problems.add("put(wireName)", "must not be null or blank");
      }
      problems.throwIfAny();
      return new DiditTransactionParty(f.snapshot());
    }
  }
}
