package dev.onboardkit.klara;

import dev.onboardkit.core.Nullable;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A Klara environment. API keys work only in the environment that issued them: sandbox keys come from
 * {@code sandbox.klara-ai.com}, production keys from {@code app.klara-ai.com}.
 */
public enum KlaraEnvironment {
  /** {@code https://sandbox.klara-ai.com/api/external}; its data may be reset periodically. */
  SANDBOX("sandbox", URI.create("https://sandbox.klara-ai.com/api/external")),
  /** {@code https://app.klara-ai.com/api/external}. */
  PRODUCTION("production", URI.create("https://app.klara-ai.com/api/external"));

  private final String id;
  private final URI baseUrl;

  KlaraEnvironment(String id, URI baseUrl) {
    this.id = id;
    this.baseUrl = baseUrl;
  }

  /**
   * Returns the environment's name as used in {@code KLARA_ENVIRONMENT}.
   *
   * @return {@code sandbox} or {@code production}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the base URL of the external API.
   *
   * @return the base URL, without a trailing slash
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * Looks up an environment by name, ignoring case and surrounding whitespace.
   *
   * @param name {@code sandbox} or {@code production}
   * @return the environment; empty for any other value
   */
  public static Optional<KlaraEnvironment> fromId(@Nullable String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (KlaraEnvironment e : values()) {
      if (e.id.equals(n)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
