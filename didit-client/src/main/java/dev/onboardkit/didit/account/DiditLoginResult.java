package dev.onboardkit.didit.account;

import dev.onboardkit.core.internal.Arguments;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of a login: <em>either</em> {@link DiditTokens} <em>or</em> a {@link DiditTwoFactorChallenge} when the account
 * has a second factor. The challenge cannot be ignored by accident: {@link #tokens()} throws
 * {@link DiditTwoFactorRequiredException} for a challenge.
 *
 * <pre>{@code
 * DiditLoginResult result = client.account().login(email, password);
 * DiditTokens tokens = result.fold(
 *     t -> t,
 *     challenge -> client.account().verifyTwoFactor(challenge.tempToken(), askUserForCode()));
 * }</pre>
 */
public final class DiditLoginResult {
  private final DiditTokens tokens;
  private final DiditTwoFactorChallenge challenge;

  private DiditLoginResult(DiditTokens tokens, DiditTwoFactorChallenge challenge) {
    this.tokens = tokens;
    this.challenge = challenge;
  }

  /**
   * Creates the result of a login that returned tokens, for example in a test double of the account service.
   *
   * @param tokens the tokens
   * @return the result
   * @throws dev.onboardkit.core.error.NullArgumentException if {@code tokens} is null
   */
  public static DiditLoginResult ofTokens(DiditTokens tokens) {
    return new DiditLoginResult(Arguments.required(tokens, "tokens"), null);
  }

  /**
   * Creates the result of a login that asked for a second factor, for example in a test double.
   *
   * @param challenge the challenge
   * @return the result
   * @throws dev.onboardkit.core.error.NullArgumentException if {@code challenge} is null
   */
  public static DiditLoginResult ofChallenge(DiditTwoFactorChallenge challenge) {
    return new DiditLoginResult(null, Arguments.required(challenge, "challenge"));
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
   * @throws DiditTwoFactorRequiredException if the account needs a second factor; complete the login with
   *     {@code verifyTwoFactor(challenge().get().tempToken(), otp)}
   */
  public DiditTokens tokens() {
    if (challenge != null) {
      throw new DiditTwoFactorRequiredException("This login needs a second factor, so it returned no tokens: call"
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
  public Optional<DiditTwoFactorChallenge> challenge() {
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
  public <R> R fold(Function<? super DiditTokens, ? extends R> onTokens,
      Function<? super DiditTwoFactorChallenge, ? extends R> onChallenge) {
    Arguments.required(onTokens, "onTokens");
    Arguments.required(onChallenge, "onChallenge");
    return challenge != null ? onChallenge.apply(challenge) : onTokens.apply(tokens);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditLoginResult
        && Objects.equals(tokens, ((DiditLoginResult) o).tokens)
        && Objects.equals(challenge, ((DiditLoginResult) o).challenge);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tokens, challenge);
  }

  @Override
  public String toString() {
    return challenge != null ? "DiditLoginResult{challenge=" + challenge + "}" : "DiditLoginResult{tokens=" + tokens + "}";
  }
}
