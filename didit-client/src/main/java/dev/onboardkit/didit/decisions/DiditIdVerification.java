package dev.onboardkit.didit.decisions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One identity-document check of a decision ({@code id_verifications[]}): the data read from the document,
 * its images and its status.
 *
 * <p>Typed here: the members Didit documents for this item; the rest arrive in
 * {@link #additionalProperties()}. See {@link DiditCheck} about media URLs.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditIdVerification.Builder.class)
public abstract class DiditIdVerification implements DiditCheck {
  DiditIdVerification() {}

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
   * Returns the document type as read, such as {@code "Passport"}.
   *
   * @return the type, if sent
   */
  public abstract Optional<String> documentType();

  /**
   * Returns the document number.
   *
   * @return the number, if sent
   */
  public abstract Optional<String> documentNumber();

  /**
   * Returns the personal number.
   *
   * @return the number, if sent
   */
  public abstract Optional<String> personalNumber();

  /**
   * Returns the first name.
   *
   * @return the name, if sent
   */
  public abstract Optional<String> firstName();

  /**
   * Returns the last name.
   *
   * @return the name, if sent
   */
  public abstract Optional<String> lastName();

  /**
   * Returns the full name.
   *
   * @return the name, if sent
   */
  public abstract Optional<String> fullName();

  /**
   * Returns the date of birth as read ({@code YYYY-MM-DD}).
   *
   * @return the date, if sent
   */
  public abstract Optional<String> dateOfBirth();

  /**
   * Returns the age derived from the date of birth.
   *
   * @return the age, if sent
   */
  public abstract Optional<Integer> age();

  /**
   * Returns the expiration date as read ({@code YYYY-MM-DD}).
   *
   * @return the date, if sent
   */
  public abstract Optional<String> expirationDate();

  /**
   * Returns the date of issue as read ({@code YYYY-MM-DD}).
   *
   * @return the date, if sent
   */
  public abstract Optional<String> dateOfIssue();

  /**
   * Returns the issuing country (ISO 3166-1 alpha-3).
   *
   * @return the country, if sent
   */
  public abstract Optional<String> issuingState();

  /**
   * Returns the issuing country's name.
   *
   * @return the name, if sent
   */
  public abstract Optional<String> issuingStateName();

  /**
   * Returns the gender: {@code M}, {@code F} or {@code U}.
   *
   * @return the gender, if sent
   */
  public abstract Optional<String> gender();

  /**
   * Returns the nationality (ISO 3166-1 alpha-3).
   *
   * @return the nationality, if sent
   */
  public abstract Optional<String> nationality();

  /**
   * Returns the address as read.
   *
   * @return the address, if sent
   */
  public abstract Optional<String> address();

  /**
   * Returns the address, formatted.
   *
   * @return the address, if sent
   */
  public abstract Optional<String> formattedAddress();

  /**
   * Returns the place of birth.
   *
   * @return the place, if sent
   */
  public abstract Optional<String> placeOfBirth();

  /**
   * Returns the portrait cut from the document: a short-lived presigned URL (about 60 minutes); masked in {@code toString()}.
   *
   * @return the URL, if sent
   */
  @Value.Redacted
  public abstract Optional<String> portraitImage();

  /**
   * Returns the front of the document: a short-lived presigned URL (about 60 minutes); masked in {@code toString()}.
   *
   * @return the URL, if sent
   */
  @Value.Redacted
  public abstract Optional<String> frontImage();

  /**
   * Returns the back of the document: a short-lived presigned URL (about 60 minutes); masked in {@code toString()}.
   *
   * @return the URL, if sent
   */
  @Value.Redacted
  public abstract Optional<String> backImage();

  /**
   * Returns the uncropped front capture: a short-lived presigned URL (about 60 minutes); masked in {@code toString()}.
   *
   * @return the URL, if sent
   */
  @Value.Redacted
  public abstract Optional<String> fullFrontImage();

  /**
   * Returns the uncropped back capture: a short-lived presigned URL (about 60 minutes); masked in {@code toString()}.
   *
   * @return the URL, if sent
   */
  @Value.Redacted
  public abstract Optional<String> fullBackImage();

  /**
   * Returns the video of the front capture: a short-lived presigned URL (about 60 minutes); masked in {@code toString()}.
   *
   * @return the URL, if sent
   */
  @Value.Redacted
  public abstract Optional<String> frontVideo();

  /**
   * Returns the video of the back capture: a short-lived presigned URL (about 60 minutes); masked in {@code toString()}.
   *
   * @return the URL, if sent
   */
  @Value.Redacted
  public abstract Optional<String> backVideo();

}
