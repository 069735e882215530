package dev.onboardkit.didit.transactions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of {@code POST /wallet-screening/}: a crypto address's AML risk, in the standardised shape of every
 * provider (the same as the wallet-screening result of a crypto transaction). Nothing is recorded as a transaction.
 *
 * <p>The funds breakdowns and counterparty connections are plain values (their items are provider-normalised and
 * only partly documented); other members arrive in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditWalletScreening.Builder.class)
public abstract class DiditWalletScreening implements ApiObject {
  DiditWalletScreening() {}

  /**
   * Returns the provider that screened the address, such as {@code crystal} or {@code merklescience}.
   *
   * @return the provider, if sent
   */
  public abstract Optional<String> provider();

  /**
   * Returns the kind of screening: always {@code WALLET_SCREENING} here.
   *
   * @return the type, if sent
   */
  public abstract Optional<String> screeningType();

  /**
   * Returns the normalised risk score, 0 to 100; higher means more exposure to risky entities.
   *
   * @return the score, if sent
   */
  public abstract Optional<Integer> riskScore();

  /**
   * Returns the severity bucket as sent: {@code UNKNOWN}, {@code LOW}, {@code MEDIUM}, {@code HIGH} or
   * {@code CRITICAL}.
   *
   * @return the raw severity, if sent
   */
  @JsonProperty("severity")
  public abstract Optional<String> severityRaw();

  /**
   * Returns the screening's state: {@code SCREENED}, {@code PENDING} or {@code ERROR}.
   *
   * @return the status, if sent
   */
  public abstract Optional<String> status();

  /**
   * Returns a readable summary.
   *
   * @return the summary, if sent
   */
  public abstract Optional<String> summary();

  /**
   * Returns the screened address.
   *
   * @return the address, if sent
   */
  public abstract Optional<String> walletAddress();

  /**
   * Returns the screened chain.
   *
   * @return the chain, if sent
   */
  public abstract Optional<String> blockchain();

  /**
   * Returns whether the address has direct or indirect sanctions exposure.
   *
   * @return the flag, if sent
   */
  public abstract Optional<Boolean> sanctionsHit();

  /**
   * Returns the highest-weighted high-risk category, such as {@code MIXER}.
   *
   * @return the category; empty when none
   */
  public abstract Optional<String> dominantRiskCategory();

  /**
   * Returns where the address received funds from, by risk category.
   *
   * @return the breakdown; empty when not sent
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  @AllowNulls
  public abstract List<Map<String, Object>> sourceOfFunds();

  /**
   * Returns where the address sent funds to, by risk category.
   *
   * @return the breakdown; empty when not sent
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  @AllowNulls
  public abstract List<Map<String, Object>> destinationOfFunds();

  /**
   * Returns the counterparty entities the address is exposed to, directly or through hops.
   *
   * @return the connections; empty when not sent
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  @AllowNulls
  public abstract List<Map<String, Object>> counterpartyConnections();

  /**
   * Returns the severity bucket.
   *
   * @return the severity; {@link DiditRiskSeverity#UNKNOWN} when absent, {@code "UNKNOWN"} or not known to this SDK
   */
  public DiditRiskSeverity severity() {
    return DiditRiskSeverity.fromWire(severityRaw().orElse(null));
  }
}
