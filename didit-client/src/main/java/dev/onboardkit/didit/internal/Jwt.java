package dev.onboardkit.didit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.json.SdkJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads the expiry of a JSON Web Token without verifying it. The SDK only uses this to decide when to log in again;
 * the server still checks the signature of every token it receives.
 */
public final class Jwt {
  private static final int MAX_TOKEN_CHARS = 16 * 1024;

  private Jwt() {}

  /**
   * Returns the {@code exp} claim of a token: the payload segment is base64url-decoded and parsed as JSON; the
   * signature is not checked.
   *
   * @param token the token, such as an access token returned by login
   * @return the expiry, or empty if the token is not a JWT or has no numeric {@code exp} claim
   */
  public static Optional<Instant> expiry(@Nullable Secret token) {
    return token == null ? Optional.empty() : expiry(token.reveal());
  }

  /**
   * Returns the {@code exp} claim of a token given as text.
   *
   * @param token the token
   * @return the expiry, or empty if the token is not a JWT or has no numeric {@code exp} claim
   */
  public static Optional<Instant> expiry(@Nullable String token) {
    if (token == null || token.length() > MAX_TOKEN_CHARS) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3 || parts[1].isEmpty()) {
      return Optional.empty();
    }
    try {
      byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
      JsonNode claims = SdkJson.mapper().readTree(payload);
      JsonNode exp = claims == null ? null : claims.get("exp");
      if (exp == null || !(exp.isNumber() || exp.isTextual())) {
        return Optional.empty();
      }
      BigDecimal seconds = exp.isNumber() ? exp.decimalValue() : new BigDecimal(exp.asText().strip());
      return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
    } catch (Exception e) {
      // not base64url, not JSON, or an out-of-range number: no usable expiry
      return Optional.empty();
    }
  }
}
