package dev.onboardkit.spring;

import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.klara.KlaraApiKey;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.KlaraEnvironment;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;

/**
 * The {@code onboardkit.klara.*} properties. Setting {@code onboardkit.klara.api-key} creates the
 * {@link KlaraClient} bean.
 *
 * <pre>
 * onboardkit.klara.api-key=${KLARA_API_KEY}
 * onboardkit.klara.environment=production
 * onboardkit.klara.timeouts.read=20s
 * onboardkit.klara.max-retries=3
 * </pre>
 */
@ConfigurationProperties(prefix = KlaraProperties.PREFIX)
public class KlaraProperties extends OnboardKitClientProperties {
  /** The prefix of these properties. */
  public static final String PREFIX = "onboardkit.klara";

  /**
   * Klara API key, klara_{client_id}.{secret} (dashboard: Settings, Integrations, API Keys). Setting it creates the
   * KlaraClient bean; a malformed key fails the start naming this property, never showing the key.
   */
  private String apiKey;
  /** Klara environment: sandbox (the default) or production. */
  private KlaraEnvironment environment;
  /** Base URL overriding the environment's, for a proxy or a test server: https, or http on a loopback host. */
  private URI baseUrl;

  /** Creates the properties, all unset. */
  public KlaraProperties() {}

  /**
   * Returns the API key.
   *
   * @return the key, or null when unset
   */
  public String getApiKey() {
    return apiKey;
  }

  /**
   * Sets the API key, {@code klara_{client_id}.{secret}}; setting it creates the client bean. A malformed key fails
   * the context start naming this property, never showing the key.
   *
   * @param apiKey the key
   */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  /**
   * Returns the environment.
   *
   * @return the environment, or null when unset (then the sandbox, unless a base URL is set)
   */
  public KlaraEnvironment getEnvironment() {
    return environment;
  }

  /**
   * Chooses the environment, {@code sandbox} (the default) or {@code production}.
   *
   * @param environment the environment
   */
  public void setEnvironment(KlaraEnvironment environment) {
    this.environment = environment;
  }

  /**
   * Returns the base URL override.
   *
   * @return the URL, or null when unset
   */
  public URI getBaseUrl() {
    return baseUrl;
  }

  /**
   * Overrides the environment's base URL, for a proxy or a test server: {@code https}, or {@code http} on a loopback
   * host.
   *
   * @param baseUrl the base URL, such as {@code https://sandbox.klara-ai.com/api/external}
   */
  public void setBaseUrl(URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  @Override
  String prefix() {
    return PREFIX;
  }

  @Override
  void validateClient(Errors errors) {
    if (apiKey == null) {
      return;
    }
    try {
      KlaraApiKey.parse(apiKey);
    } catch (InvalidRequestException e) {
      e.problems().forEach(p -> reject(errors, "api-key", MASK, p.message()));
    }
  }

  /**
   * Applies these properties to a builder.
   *
   * @param builder the builder
   */
  void applyTo(KlaraClient.Builder builder) {
    super.applyTo(builder);
    builder.apiKey(apiKey);
    if (environment != null) {
      builder.environment(environment);
    }
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    }
  }
}
