package dev.onboardkit.didit;

import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.auth.CredentialsProvider;
import dev.onboardkit.core.error.MissingCredentialsException;

/**
 * The provider of an anonymous client ({@code builder().anonymous()}): authenticated calls fail before sending with a
 * {@link MissingCredentialsException} that says what to configure. It holds no secret, so {@code withOptions} gives
 * each derived client a new instance, which may move to any host.
 */
final class NoCredentials implements CredentialsProvider {
  static final NoCredentials INSTANCE = new NoCredentials();

  static final String MESSAGE = "This DiditAuthClient is anonymous: it has no access token, which the organization"
      + " and application endpoints need. Build it with credentials(email, password) (a managed session that logs in"
      + " and renews the token), accessToken(token) or accessTokenSupplier(supplier); with fromEnv(), set DIDIT_EMAIL"
      + " and DIDIT_PASSWORD. The account endpoints (register, verifyEmail, resendCode, login, verifyTwoFactor) need no"
      + " token.";

  NoCredentials() {}

  @Override
  public Credential credential() {
    throw new MissingCredentialsException(MESSAGE);
  }

  @Override
  public String toString() {
    return "NoCredentials";
  }
}
