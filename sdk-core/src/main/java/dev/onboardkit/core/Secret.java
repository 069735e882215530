package dev.onboardkit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A credential or one-time code: an API key, password, token, OTP or pre-auth code.
 *
 * <p>Its value is never part of {@link #toString()}; read it explicitly with {@link #reveal()}. Response types expose
 * secrets as {@code Secret} so that logging a response object cannot leak them.
 */
public final class Secret {
  private static final String MASK = "Secret[****]";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @param value the secret; must not be null or empty
   * @return the wrapped secret
   * @throws InvalidRequestException if {@code value} is null or empty
   */
  public static Secret of(@Nullable String value) {
    if (value == null || value.isEmpty()) {
      throw InvalidRequestException.single("secret", "must not be null or empty");
    }
    return new Secret(value);
  }

  /**
   * Decodes a secret from JSON. An empty string is treated as absent (null), so an optional secret field that a server
   * sends as {@code ""} decodes as empty instead of failing the whole response.
   *
   * @param value the JSON string value
   * @return the secret, or null for null or empty input
   */
  @JsonCreator
  public static @Nullable Secret fromJson(@Nullable String value) {
    return value == null || value.isEmpty() ? null : new Secret(value);
  }

  /**
   * Returns the secret value. Call this only where the value is really needed (for example to store it in a vault).
   *
   * @return the plain value
   */
  @JsonValue
  public String reveal() {
    return value;
  }

  /**
   * Returns whether this secret holds the same value as {@code other}, comparing in constant time.
   *
   * @param other the value to compare with; null is never equal
   * @return true if both hold the same characters
   */
  public boolean matches(@Nullable String other) {
    return other != null
        && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), other.getBytes(StandardCharsets.UTF_8));
  }

  /** {@inheritDoc} Compares the values in constant time. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Secret && matches(((Secret) o).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns a fixed mask; the value is never included. */
  @Override
  public String toString() {
    return MASK;
  }
}
