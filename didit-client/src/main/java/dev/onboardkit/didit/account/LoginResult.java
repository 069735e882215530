package dev.onboardkit.didit.account;

import dev.onboardkit.didit.internal.Arguments;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of a login: <em>either</em> {@link Tokens} <em>or</em> a {@link TwoFactorChallenge} when the account
 * has a second factor. The challenge cannot be ignored by accident: {@link #tokens()} throws
 * {@link TwoFactorRequiredException} for a challenge.
 *
 * <pre>{@code
 * LoginResult result = client.account().login(email, password);
 * Tokens tokens = result.fold(
 *     t -> t,
 *     challenge -> client.account().verifyTwoFactor(challenge.tempToken(), askUserForCode()));
 * }</pre>
 */
public final class LoginResult {
  private final Tokens tokens;
  private final TwoFactorChallenge challenge;

  private LoginResult(Tokens tokens, TwoFactorChallenge challenge) {
    this.tokens = tokens;
    this.challenge = challenge;
  }

  static LoginResult ofTokens(Tokens tokens) {
    return new LoginResult(Objects.requireNonNull(tokens, "tokens"), null);
  }

  static LoginResult ofChallenge(TwoFactorChallenge challenge) {
    return new LoginResult(null, Objects.requireNonNull(challenge, "challenge"));
  }

  /**
   * Returns whether the login needs a second factor before it yields tokens.
   *
   * @return true for a two-factor challenge, false when tokens were returned
   */
  public boolean isChallenge() {
    return challenge != null;
  }

  /**
   * Returns the tokens of a completed login.
   *
   * @return the tokens
   * @throws TwoFactorRequiredException if the account needs a second factor; complete the login with
   *     {@code verifyTwoFactor(challenge().get().tempToken(), otp)}
   */
  public Tokens tokens() {
    if (challenge != null) {
      throw new TwoFactorRequiredException("This login needs a second factor, so it returned no tokens: call"
          + " account().verifyTwoFactor(result.challenge().get().tempToken(), otp) with the code from the"
          + " authenticator app (or a backup code) within 5 minutes"
          + (challenge.hasAuthenticator() ? "" : ". This account has no authenticator app" + (challenge.hasPasskeys()
              ? " (passkeys only), so the login cannot be completed without a browser" : "")),
          challenge.hasAuthenticator(), challenge.hasPasskeys());
    }
    return tokens;
  }

  /**
   * Returns the two-factor challenge.
   *
   * @return the challenge, or empty when the login returned tokens
   */
  public Optional<TwoFactorChallenge> challenge() {
    return Optional.ofNullable(challenge);
  }

  /**
   * Handles both outcomes.
   *
   * @param onTokens called with the tokens of a completed login
   * @param onChallenge called with the challenge when a second factor is needed
   * @param <R> the result type
   * @return what the called function returned
   * @throws dev.onboardkit.core.error.InvalidRequestException if either function is null
   */
  public <R> R fold(Function<? super Tokens, ? extends R> onTokens,
      Function<? super TwoFactorChallenge, ? extends R> onChallenge) {
    Arguments.required(onTokens, "onTokens");
    Arguments.required(onChallenge, "onChallenge");
    return challenge != null ? onChallenge.apply(challenge) : onTokens.apply(tokens);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LoginResult
        && Objects.equals(tokens, ((LoginResult) o).tokens)
        && Objects.equals(challenge, ((LoginResult) o).challenge);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tokens, challenge);
  }

  @Override
  public String toString() {
    return challenge != null ? "LoginResult{challenge=" + challenge + "}" : "LoginResult{tokens=" + tokens + "}";
  }
}
