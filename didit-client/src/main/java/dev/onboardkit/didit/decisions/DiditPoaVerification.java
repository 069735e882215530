package dev.onboardkit.didit.decisions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One proof-of-address check of a decision ({@code poa_verifications[]}).
 *
 * <p>Typed here: the members Didit documents for this item; the rest arrive in
 * {@link #additionalProperties()}. See {@link DiditCheck} about media URLs.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditPoaVerification.Builder.class)
public abstract class DiditPoaVerification implements DiditCheck {
  DiditPoaVerification() {}

  /**
   * Returns the check's status as sent, such as {@code "In Review"}.
   *
   * @return the raw status, if sent
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns the workflow node that produced this item.
   *
   * @return the node id; empty for legacy single-feature sessions
   */
  public abstract Optional<String> nodeId();

  /**
   * Returns the risk signals raised for this check.
   *
   * @return the warnings; empty when none
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<DiditWarning> warnings();

  /**
   * Returns the issuing country (ISO 3166-1 alpha-3).
   *
   * @return the country, if sent
   */
  public abstract Optional<String> issuingState();

  /**
   * Returns the document type: {@code UTILITY_BILL}, {@code BANK_STATEMENT},
   * {@code GOVERNMENT_ISSUED_DOCUMENT}, {@code OTHER_POA_DOCUMENT} or {@code UNKNOWN}.
   *
   * @return the type, if sent
   */
  public abstract Optional<String> documentType();

  /**
   * Returns the issuer.
   *
   * @return the issuer, if sent
   */
  public abstract Optional<String> issuer();

  /**
   * Returns the date of issue as read ({@code YYYY-MM-DD}).
   *
   * @return the date, if sent
   */
  public abstract Optional<String> issueDate();

  /**
   * Returns the expiration date as read, where the document has one.
   *
   * @return the date, if sent
   */
  public abstract Optional<String> expirationDate();

  /**
   * Returns the document's language.
   *
   * @return the language, if sent
   */
  public abstract Optional<String> documentLanguage();

  /**
   * Returns the name on the document.
   *
   * @return the name, if sent
   */
  public abstract Optional<String> nameOnDocument();

  /**
   * Returns the address as read.
   *
   * @return the address, if sent
   */
  public abstract Optional<String> poaAddress();

  /**
   * Returns the address, formatted.
   *
   * @return the address, if sent
   */
  public abstract Optional<String> poaFormattedAddress();

  /**
   * Returns the structured address.
   *
   * @return the address; empty when not sent
   */
  @AllowNulls
  public abstract Map<String, Object> poaParsedAddress();

  /**
   * Returns the document file: a short-lived presigned URL (about 60 minutes); masked in {@code toString()}.
   *
   * @return the URL, if sent
   */
  @Value.Redacted
  public abstract Optional<String> documentFile();

}
