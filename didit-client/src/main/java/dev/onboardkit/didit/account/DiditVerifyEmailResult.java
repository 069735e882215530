package dev.onboardkit.didit.account;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The answer to {@code verifyEmail}, the one-time bootstrap: tokens for the new account, plus the organization and
 * default application it created, with the application's API key. Secrets are masked in {@link #toString()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditVerifyEmailResult.Builder.class)
public abstract class DiditVerifyEmailResult implements ApiObject {
  DiditVerifyEmailResult() {}

  /**
   * Returns the access token (an RS256 JWT).
   *
   * @return the access token
   */
  public abstract Secret accessToken();

  /**
   * Returns the refresh token.
   *
   * @return the refresh token, if sent
   */
  public abstract Optional<Secret> refreshToken();

  /**
   * Returns the access token's lifetime in seconds ({@code expires_in}).
   *
   * @return the lifetime, if sent
   */
  public abstract OptionalLong expiresIn();

  /**
   * Returns the organization created for the account.
   *
   * @return the organization
   */
  public abstract DiditOrganizationRef organization();

  /**
   * Returns the default application created for the account, with its API key.
   *
   * @return the application
   */
  public abstract DiditApplicationCredentials application();

  /**
   * Returns the token part of this result.
   *
   * @return the tokens
   */
  public DiditTokens tokens() {
    return ImmutableDiditTokens.builder()
        .accessToken(accessToken())
        .refreshToken(refreshToken())
        .expiresIn(expiresIn())
        .build();
  }
}
