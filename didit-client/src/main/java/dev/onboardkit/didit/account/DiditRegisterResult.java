package dev.onboardkit.didit.account;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import org.immutables.value.Value;

/** The answer to {@code register}: the account exists and a 6-character code was emailed to it. */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditRegisterResult.Builder.class)
public abstract class DiditRegisterResult implements ApiObject {
  DiditRegisterResult() {}

  /**
   * Returns the server's message, such as {@code "Verification code sent to your email."}.
   *
   * @return the message, if sent
   */
  public abstract Optional<String> message();

  /**
   * Returns the registered email address.
   *
   * @return the email
   */
  public abstract String email();
}
