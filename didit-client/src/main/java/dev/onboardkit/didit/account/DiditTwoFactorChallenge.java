package dev.onboardkit.didit.account;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import org.immutables.value.Value;

/**
 * The answer to a login when the account has a second factor ({@code "2fa_required": true}): no tokens yet. Pass
 * {@link #tempToken()} and the code from the authenticator app (or a backup code) to
 * {@code account().verifyTwoFactor(tempToken, otp)} within 5 minutes.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditTwoFactorChallenge.Builder.class)
public abstract class DiditTwoFactorChallenge implements ApiObject {
  DiditTwoFactorChallenge() {}

  /**
   * Returns the short-lived token that identifies this login attempt (valid about 5 minutes).
   *
   * @return the temporary token, masked in {@code toString()}
   */
  public abstract Secret tempToken();

  /**
   * Returns whether the account has an authenticator app (TOTP), which {@code verifyTwoFactor} can complete.
   *
   * @return true if a TOTP code (or a backup code) can complete the login
   */
  @Value.Default
  public boolean hasAuthenticator() {
    return false;
  }

  /**
   * Returns whether the account has passkeys. A passkey-only account cannot complete the login without a browser.
   *
   * @return true if the account has passkeys
   */
  @Value.Default
  public boolean hasPasskeys() {
    return false;
  }
}
