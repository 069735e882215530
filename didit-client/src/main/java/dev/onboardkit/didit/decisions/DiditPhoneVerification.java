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
 * One phone check of a decision ({@code phone_verifications[]}): a number verified with a one-time code.
 *
 * <p>Typed here: the members Didit documents for this item; the rest arrive in
 * {@link #additionalProperties()}. See {@link DiditCheck} about media URLs.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditPhoneVerification.Builder.class)
public abstract class DiditPhoneVerification implements DiditCheck {
  DiditPhoneVerification() {}

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
   * Returns the number in E.164 format.
   *
   * @return the number, if sent
   */
  public abstract Optional<String> fullNumber();

  /**
   * Returns the country calling prefix, such as {@code +34}.
   *
   * @return the prefix, if sent
   */
  public abstract Optional<String> phoneNumberPrefix();

  /**
   * Returns the number without its prefix.
   *
   * @return the number, if sent
   */
  public abstract Optional<String> phoneNumber();

  /**
   * Returns the country of the number.
   *
   * @return the country, if sent
   */
  public abstract Optional<String> countryCode();

  /**
   * Returns the country's name.
   *
   * @return the name, if sent
   */
  public abstract Optional<String> countryName();

  /**
   * Returns the carrier ({@code name}, {@code type}).
   *
   * @return the carrier; empty when not sent
   */
  @AllowNulls
  public abstract Map<String, Object> carrier();

  /**
   * Returns whether the number is disposable.
   *
   * @return the flag, if sent
   */
  public abstract Optional<Boolean> isDisposable();

  /**
   * Returns whether the number is virtual.
   *
   * @return the flag, if sent
   */
  public abstract Optional<Boolean> isVirtual();

  /**
   * Returns how the code was sent: {@code sms}, {@code whatsapp}, {@code viber}, {@code telegram} or
   * {@code call}.
   *
   * @return the method, if sent
   */
  public abstract Optional<String> verificationMethod();

  /**
   * Returns how many codes were tried.
   *
   * @return the count, if sent
   */
  public abstract Optional<Integer> verificationAttempts();

  /**
   * Returns when the number was verified, as sent (ISO 8601).
   *
   * @return the time, if sent
   */
  public abstract Optional<String> verifiedAt();

  /**
   * Returns the verification's steps (code sent, delivered, entered, approved) with their fees; the code a user
   * entered is masked ({@link DiditVerificationEvent#codeTried()}).
   *
   * @return the steps; empty when not sent
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<DiditVerificationEvent> lifecycle();
}
