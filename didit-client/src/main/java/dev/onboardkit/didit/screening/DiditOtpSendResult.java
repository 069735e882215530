package dev.onboardkit.didit.screening;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.AllowNulls;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of sending a one-time code ({@code POST /email/send/}, {@code POST /phone/send/}). Check the code with the
 * same address or number; the check does not take {@link #requestId()}. A code lives 5 minutes from the first send.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditOtpSendResult.Builder.class)
public abstract class DiditOtpSendResult implements ApiObject {
  DiditOtpSendResult() {}

  /**
   * Returns Didit's identifier of the pending verification; a {@code Retry} returns the same id as the first send.
   *
   * @return the id, if sent
   */
  public abstract Optional<String> requestId();

  /**
   * Returns the outcome as sent, such as {@code "Success"}.
   *
   * @return the raw status, if sent
   */
  @JsonProperty("status")
  public abstract Optional<String> statusRaw();

  /**
   * Returns why the code was not sent ({@code Undeliverable}, {@code Blocked}), such as {@code repeated_attempts}.
   *
   * @return the reason; empty when sent
   */
  public abstract Optional<String> reason();

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
   * Returns the outcome.
   *
   * @return the status; {@link DiditOtpSendStatus#UNKNOWN} when absent or not known to this SDK
   */
  public DiditOtpSendStatus status() {
    return DiditOtpSendStatus.fromWire(statusRaw().orElse(null));
  }

  /**
   * Returns whether a code is on its way ({@code Success} or {@code Retry}).
   *
   * @return true if the user can expect a code
   */
  public boolean codeSent() {
    DiditOtpSendStatus s = status();
    return s == DiditOtpSendStatus.SUCCESS || s == DiditOtpSendStatus.RETRY;
  }
}
