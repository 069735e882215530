package dev.onboardkit.didit.screening;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import dev.onboardkit.didit.decisions.DiditEmailVerification;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of {@code POST /email/check/}: whether the code the user typed is right ({@link #status()}) and, once
 * checked, the address's verification with its risk flags (breached, disposable, undeliverable) and lifecycle. The code
 * Didit echoes in the lifecycle is masked.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditEmailCheckResult.Builder.class)
public abstract class DiditEmailCheckResult implements ApiObject {
  DiditEmailCheckResult() {}

  /**
   * Returns Didit's identifier of this check, under which it is saved (for a check or a select, in the console's
   * manual checks).
   *
   * @return the id, if sent
   */
  public abstract Optional<String> requestId();

  /**
   * Returns the outcome as sent, such as {@code "Approved"} or {@code "Expired or Not Found"}.
   *
   * @return the raw status, if sent
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns Didit's explanation, such as {@code "The verification code is correct."}.
   *
   * @return the message, if sent
   */
  public abstract Optional<String> message();

  /**
   * Returns the address's verification: status, flags, warnings and lifecycle.
   *
   * @return the verification; empty when no code was pending
   */
  public abstract Optional<DiditEmailVerification> email();

  /**
   * Returns your identifier, as sent with the request.
   *
   * @return the vendor data, if sent
   */
  public abstract Optional<String> vendorData();

  /**
   * Returns the metadata, as sent with the request.
   *
   * @return the metadata; empty when none
   */
  @AllowNulls
  public abstract Map<String, Object> metadata();

  /**
   * Returns when the check ran, as sent (ISO 8601).
   *
   * @return the time, if sent
   */
  public abstract Optional<String> createdAt();

  /**
   * Returns the outcome.
   *
   * @return the status; {@link DiditOtpCheckStatus#UNKNOWN} when absent or not known to this SDK
   */
  public DiditOtpCheckStatus status() {
    return DiditOtpCheckStatus.fromWire(statusRaw().orElse(null));
  }
}
