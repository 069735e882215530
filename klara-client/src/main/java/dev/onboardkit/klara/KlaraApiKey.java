package dev.onboardkit.klara;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.error.InvalidRequestException;

/**
 * A Klara API key, {@code klara_{client_id}.{secret}}, split into its public client id and its secret.
 *
 * <p>{@link #toString()} shows the client id only, and parse errors never include the key.
 */
public final class KlaraApiKey {
  /** The fixed prefix of every key. */
  public static final String PREFIX = "klara_";
  /** The expected format, as shown in error messages. */
  public static final String FORMAT = "klara_{client_id}.{secret}";

  private final String clientId;
  private final Secret secret;
  private final Secret value;

  private KlaraApiKey(String clientId, Secret secret, Secret value) {
    this.clientId = clientId;
    this.secret = secret;
    this.value = value;
  }

  /**
   * Parses a key.
   *
   * @param key the whole key, such as {@code klara_abc123def456789012345678.ABCD...}
   * @return the parsed key
   * @throws InvalidRequestException if the key is missing or malformed; the message states the expected format and
   *     never includes the key
   */
  public static KlaraApiKey parse(@Nullable String key) {
    return parse("apiKey", key);
  }

  /**
   * Parses a key held in a {@link Secret}.
   *
   * @param key the whole key
   * @return the parsed key
   * @throws InvalidRequestException if the key is missing or malformed
   */
  public static KlaraApiKey parse(@Nullable Secret key) {
    return parse("apiKey", key == null ? null : key.reveal());
  }

  static KlaraApiKey parse(String field, @Nullable String key) {
    if (key == null) {
      throw InvalidRequestException.single(field, "is required: a Klara API key of the form " + FORMAT);
    }
    String problem = problemWith(key);
    if (problem != null) {
      throw InvalidRequestException.single(field, problem + "; expected " + FORMAT
          + " (dashboard: Settings > Integrations > API Keys)");
    }
    int dot = key.indexOf('.');
    return new KlaraApiKey(key.substring(PREFIX.length(), dot), Secret.of(key.substring(dot + 1)), Secret.of(key));
  }

  private static @Nullable String problemWith(String key) {
    if (key.isEmpty()) {
      return "is empty";
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        return "must not contain whitespace, control or non-ASCII characters";
      }
    }
    if (!key.startsWith(PREFIX)) {
      return "must start with '" + PREFIX + "'";
    }
    int dot = key.indexOf('.');
    if (dot < 0) {
      return "must contain a '.' between the client id and the secret";
    }
    if (key.indexOf('.', dot + 1) >= 0) {
      return "must contain exactly one '.'";
    }
    if (dot == PREFIX.length()) {
      return "has an empty client id";
    }
    if (dot == key.length() - 1) {
      return "has an empty secret";
    }
    return null;
  }

  /**
   * Returns the client id, the public part between {@code klara_} and the dot.
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Returns the secret part after the dot.
   *
   * @return the secret
   */
  public Secret secret() {
    return secret;
  }

  /**
   * Returns the whole key, as sent in {@code Authorization: Bearer ...}.
   *
   * @return the key
   */
  public Secret value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KlaraApiKey && value.equals(((KlaraApiKey) o).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns {@code KlaraApiKey{clientId=..., secret=****}}; the secret is never included. */
  @Override
  public String toString() {
    return "KlaraApiKey{clientId=" + clientId + ", secret=****}";
  }
}
