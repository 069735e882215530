package dev.onboardkit.didit.account;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import org.immutables.value.Value;

/** The answer to {@code resendCode}: a new code was emailed. The server usually sends an empty object. */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditResendCodeResult.Builder.class)
public abstract class DiditResendCodeResult implements ApiObject {
  DiditResendCodeResult() {}

  /**
   * Returns the server's message.
   *
   * @return the message, if sent
   */
  public abstract Optional<String> message();

  /**
   * Returns a result without a message, as an empty response body decodes; also useful in a test double.
   *
   * @return the result
   */
  public static DiditResendCodeResult empty() {
    return ImmutableDiditResendCodeResult.builder().build();
  }
}
