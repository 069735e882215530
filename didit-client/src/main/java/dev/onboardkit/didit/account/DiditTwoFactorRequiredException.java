package dev.onboardkit.didit.account;

import dev.onboardkit.core.error.OnboardKitException;

/**
 * The account needs two-factor authentication, so a login did not return tokens. Thrown by
 * {@link DiditLoginResult#tokens()} when the result is a challenge, and by a client built with
 * {@code credentials(email, password)} (a managed session, which cannot ask anyone for a code).
 *
 * <p>To finish such a login: {@code DiditLoginResult r = client.account().login(email, password)}, then
 * {@code client.account().verifyTwoFactor(r.challenge().get().tempToken(), otp)} with the code from the authenticator
 * app (or a backup code), and use the returned access token. The message never contains the temporary token.
 */
public class DiditTwoFactorRequiredException extends OnboardKitException {
  private static final long serialVersionUID = 1L;

  /** Whether the account has an authenticator app. */
  private final boolean hasAuthenticator;
  /** Whether the account has passkeys. */
  private final boolean hasPasskeys;

  /**
   * Creates the exception.
   *
   * @param message what happened and how to complete the login; must not contain secrets
   * @param hasAuthenticator whether the account has an authenticator app (TOTP)
   * @param hasPasskeys whether the account has passkeys
   */
  public DiditTwoFactorRequiredException(String message, boolean hasAuthenticator, boolean hasPasskeys) {
    super(message, null);
    this.hasAuthenticator = hasAuthenticator;
    this.hasPasskeys = hasPasskeys;
  }

  /**
   * Returns whether the account has an authenticator app, so that a TOTP code (or a backup code) can complete the
   * login through {@code verifyTwoFactor}.
   *
   * @return true if the account has an authenticator app
   */
  public boolean hasAuthenticator() {
    return hasAuthenticator;
  }

  /**
   * Returns whether the account has passkeys.
   *
   * @return true if the account has passkeys
   */
  public boolean hasPasskeys() {
    return hasPasskeys;
  }
}
