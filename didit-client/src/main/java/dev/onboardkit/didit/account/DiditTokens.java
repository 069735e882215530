package dev.onboardkit.didit.account;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import dev.onboardkit.didit.internal.Jwt;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The tokens a successful login (or two-factor verification) returns. Send the access token as
 * {@code Authorization: Bearer} to the organization and application endpoints, for example by building a client with
 * {@code accessToken(tokens.accessToken())}. Tokens are masked in {@link #toString()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditTokens.Builder.class)
public abstract class DiditTokens implements ApiObject {
  DiditTokens() {}

  /**
   * Returns the access token (an RS256 JWT, valid 24 hours by default).
   *
   * @return the access token
   */
  public abstract Secret accessToken();

  /**
   * Returns the refresh token. The Auth API has no refresh endpoint: log in again instead.
   *
   * @return the refresh token, if sent
   */
  public abstract Optional<Secret> refreshToken();

  /**
   * Returns the access token's lifetime in seconds ({@code expires_in}, typically 86400).
   *
   * @return the lifetime, if sent
   */
  public abstract OptionalLong expiresIn();

  /**
   * Returns the server's message.
   *
   * @return the message, if sent
   */
  public abstract Optional<String> message();

  /**
   * Returns the access token's {@code exp} claim, read without verifying the token.
   *
   * @return the expiry, if the token is a JWT with an {@code exp} claim
   */
  public Optional<Instant> accessTokenExpiry() {
    return Jwt.expiry(accessToken());
  }
}
