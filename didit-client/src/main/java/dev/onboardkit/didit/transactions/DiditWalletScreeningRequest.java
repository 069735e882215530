package dev.onboardkit.didit.transactions;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The body of {@code POST /wallet-screening/}: one crypto address to screen for AML risk, without recording a
 * transaction.
 *
 * <pre>{@code
 * DiditWalletScreeningRequest request = DiditWalletScreeningRequest.of(
 *     "0x28c6c06298d514db089934071355e5743bf21d60", DiditBlockchain.ETH);
 * }</pre>
 */
public final class DiditWalletScreeningRequest {
  private final Map<String, Object> fields;

  private DiditWalletScreeningRequest(Map<String, Object> fields) {
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

  private static final java.util.regex.Pattern EVM_ADDRESS = java.util.regex.Pattern.compile("0x[0-9a-fA-F]{40}");

  /**
   * Returns a request to screen one address.
   *
   * @param walletAddress the address
   * @param blockchain the chain
   * @return the request
   * @throws dev.onboardkit.core.error.InvalidRequestException if either is missing or invalid
   */
  public static DiditWalletScreeningRequest of(@Nullable String walletAddress, @Nullable DiditBlockchain blockchain) {
    return builder().walletAddress(walletAddress).blockchain(blockchain).build();
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
    return o instanceof DiditWalletScreeningRequest && fields.equals(((DiditWalletScreeningRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set; secrets are masked. */
  @Override
  public String toString() {
    return WireFields.describe("DiditWalletScreeningRequest", fields);
  }

  /**
   * Builds {@link DiditWalletScreeningRequest}. Setters accept null, which leaves a field unset (not sent); {@link #build()} reports
   * every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the address to screen; it must match the chain's format ({@code 0x} and 40 hex digits for ETH and MATIC).
     * Required.
     *
     * @param walletAddress the value; null to leave it unset
     * @return this builder
     */
    public Builder walletAddress(@Nullable String walletAddress) {
      f.set("wallet_address", "walletAddress", walletAddress);
      return this;
    }

    /**
     * Sets the asset or chain. Required.
     *
     * @param blockchain the value; null to leave it unset
     * @return this builder
     */
    public Builder blockchain(@Nullable DiditBlockchain blockchain) {
      f.constant("blockchain", "blockchain", blockchain);
      return this;
    }

    /**
     * Sets which side of a transfer the address is on; leave it unset for a neutral pre-transfer screen.
     *
     * @param direction the value; null to leave it unset
     * @return this builder
     */
    public Builder direction(@Nullable DiditWalletDirection direction) {
      f.constant("direction", "direction", direction);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditWalletScreeningRequest build() {
      Problems problems = new Problems();
      f.check(problems);
      String address = f.text("wallet_address");
      if (problems.requireNonNull("walletAddress", address) && address.isBlank()) {
        problems.add("walletAddress", "must not be blank");
      }
      Object chain = f.get("blockchain");
      problems.requireNonNull("blockchain", chain);
      if (address != null && !address.isBlank() && ("ETH".equals(chain) || "MATIC".equals(chain))
          && !EVM_ADDRESS.matcher(address).matches()) {
        problems.add("walletAddress", "must be 0x followed by 40 hex digits on " + chain);
      }
      problems.throwIfAny();
      return new DiditWalletScreeningRequest(f.snapshot());
    }
  }
}
