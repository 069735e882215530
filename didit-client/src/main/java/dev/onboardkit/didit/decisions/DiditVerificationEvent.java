package dev.onboardkit.didit.decisions;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of an email or phone verification's {@code lifecycle[]}: a code sent, delivered, entered, the verification
 * approved, and what each step cost.
 *
 * <p>Didit echoes the code a user entered in the details ({@code code_tried}); it is decoded as a {@link Secret}, so
 * it shows as a mask in {@code toString()} and in the JSON of any Jackson mapper: read it with {@link #codeTried()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditVerificationEvent.Builder.class)
public abstract class DiditVerificationEvent implements ApiObject {
  DiditVerificationEvent() {}

  /**
   * Returns the step, such as {@code PHONE_VERIFICATION_MESSAGE_SENT}, {@code VALID_CODE_ENTERED} or
   * {@code EMAIL_VERIFICATION_APPROVED}.
   *
   * @return the type, if sent
   */
  public abstract Optional<String> type();

  /**
   * Returns when it happened, as sent (ISO 8601).
   *
   * @return the time, if sent
   */
  public abstract Optional<String> timestamp();

  /**
   * Returns what the step cost, in US dollars.
   *
   * @return the fee, exact, if sent
   */
  public abstract Optional<BigDecimal> fee();

  /**
   * Returns the step's details as plain values (such as {@code status}, {@code channel}, {@code reason}); the code a
   * user entered, {@code code_tried}, is a {@link Secret}.
   *
   * @return the details; empty when none were sent
   */
  @AllowNulls
  @JsonDeserialize(converter = OtpCodeMasking.class)
  public abstract Map<String, Object> details();

  /**
   * Returns the code the user entered, for a {@code VALID_CODE_ENTERED} or {@code INVALID_CODE_ENTERED} step.
   *
   * @return the code, masked in {@code toString()}, if sent
   */
  public Optional<Secret> codeTried() {
    Object code = details().get(OtpCodeMasking.CODE_TRIED);
    return code instanceof Secret ? Optional.of((Secret) code) : Optional.empty();
  }
}
