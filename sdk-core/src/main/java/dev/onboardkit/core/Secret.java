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
 *
 * <p>Serialised by any Jackson {@code ObjectMapper} other than the SDK's own (a Spring controller returning a response
 * object, a structured logger), a {@code Secret} is written as its mask, the JSON string {@code "Secret[****]"}, never
 * as its value; reading that mask back fails. Only the mapper the SDK uses for request bodies writes the value. Field
 * serialisers (such as Gson) skip it too: the value is held in a {@code transient} field.
 */
public final class Secret {
  private static final String MASK = "Secret[****]";

  /** Transient so that serialisers reading fields reflectively skip it. */
  private final transient String value;

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
   * @throws IllegalArgumentException if {@code value} is the mask {@code "Secret[****]"}: JSON written by a mapper
   *     other than the SDK's holds the mask, not the secret, and reading it back must not pass for the value
   */
  @JsonCreator
  public static @Nullable Secret fromJson(@Nullable String value) {
    if (MASK.equals(value)) {
      throw new IllegalArgumentException("This JSON holds a masked Secret (" + MASK + "), not its value: it was written"
          + " by an ObjectMapper other than the SDK's, which never writes secret values");
    }
    return value == null || value.isEmpty() ? null : new Secret(value);
  }

  /**
   * Returns the secret value. Call this only where the value is really needed (for example to store it in a vault).
   *
   * @return the plain value
   */
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

  /**
   * Returns a fixed mask; the value is never included. It is also what Jackson writes for a {@code Secret} under any
   * mapper other than the SDK's own.
   */
  @JsonValue
  @Override
  public String toString() {
    return MASK;
  }
}
