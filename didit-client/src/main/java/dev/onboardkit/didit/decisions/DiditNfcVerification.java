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
 * One NFC chip check of a decision ({@code nfc_verifications[]}): the data read from the document's chip and
 * the cryptographic checks of its signature.
 *
 * <p>Typed here: the members Didit documents for this item; the rest arrive in
 * {@link #additionalProperties()}. See {@link DiditCheck} about media URLs.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditNfcVerification.Builder.class)
public abstract class DiditNfcVerification implements DiditCheck {
  DiditNfcVerification() {}

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
   * Returns the portrait stored on the chip: a short-lived presigned URL (about 60 minutes); masked in {@code toString()}.
   *
   * @return the URL, if sent
   */
  @Value.Redacted
  public abstract Optional<String> portraitImage();

  /**
   * Returns the signature image stored on the chip: a short-lived presigned URL (about 60 minutes); masked in {@code toString()}.
   *
   * @return the URL, if sent
   */
  @Value.Redacted
  public abstract Optional<String> signatureImage();

  /**
   * Returns the data read from the chip ({@code document_number}, {@code first_name}, {@code birth_date},
   * ...).
   *
   * @return the chip data; empty when not sent
   */
  @AllowNulls
  public abstract Map<String, Object> chipData();

  /**
   * Returns the cryptographic checks ({@code sod_integrity}, {@code dg_integrity}).
   *
   * @return the checks; empty when not sent
   */
  @AllowNulls
  public abstract Map<String, Object> authenticity();

  /**
   * Returns the summary of the document's signing certificate.
   *
   * @return the summary; empty when not sent
   */
  @AllowNulls
  public abstract Map<String, Object> certificateSummary();

}
