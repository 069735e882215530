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
 * One email check of a decision ({@code email_verifications[]}): an address verified with a one-time code.
 *
 * <p>Typed here: the members Didit documents for this item; the rest arrive in
 * {@link #additionalProperties()}. See {@link DiditCheck} about media URLs.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditEmailVerification.Builder.class)
public abstract class DiditEmailVerification implements DiditCheck {
  DiditEmailVerification() {}

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
   * Returns the verified address.
   *
   * @return the address, if sent
   */
  public abstract Optional<String> email();

  /**
   * Returns how many codes were tried.
   *
   * @return the count, if sent
   */
  public abstract Optional<Integer> verificationAttempts();

  /**
   * Returns when the address was verified, as sent (ISO 8601).
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

  /**
   * Returns whether the address appears in known data breaches.
   *
   * @return the flag, if sent
   */
  public abstract Optional<Boolean> isBreached();

  /**
   * Returns the breaches the address appears in, as plain values.
   *
   * @return the breaches; empty when none were sent
   */
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  @AllowNulls
  public abstract List<Map<String, Object>> breaches();

  /**
   * Returns whether the address belongs to a disposable (temporary) email provider.
   *
   * @return the flag, if sent
   */
  public abstract Optional<Boolean> isDisposable();

  /**
   * Returns whether the address cannot receive mail.
   *
   * @return the flag, if sent
   */
  public abstract Optional<Boolean> isUndeliverable();
}
