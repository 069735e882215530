package dev.onboardkit.spring;

import dev.onboardkit.core.event.RequestListener;
import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.DiditClient;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Creates the {@link DiditAuthClient} bean from the {@code onboardkit.didit.*} properties when
 * {@code onboardkit.didit.email} or {@code onboardkit.didit.access-token} is set, and the {@link DiditClient} bean
 * (Verification API) when {@code onboardkit.didit.api-key} is set (and {@code onboardkit.didit.enabled} is not false),
 * each unless the application defines its own. Every {@link RequestListener} bean is attached, then every
 * {@link DiditAuthClientCustomizer} or {@link DiditClientCustomizer} runs. The clients are closed with the context.
 */
@AutoConfiguration
@ConditionalOnClass(DiditAuthClient.class)
@ConditionalOnProperty(prefix = DiditProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(DiditProperties.class)
public class DiditAutoConfiguration {
  /** Created by Spring. */
  public DiditAutoConfiguration() {}

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @Conditional(AuthCredentialsSet.class)
  DiditAuthClient diditAuthClient(DiditProperties properties, ObjectProvider<RequestListener> listeners,
      ObjectProvider<DiditAuthClientCustomizer> customizers) {
    DiditAuthClient.Builder builder = DiditAuthClient.builder();
    properties.applyTo(builder);
    listeners.orderedStream().forEach(builder::listener);
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return BuildProblems.build(DiditProperties.PREFIX, Map.of("baseUrl", "auth-base-url"), builder::build);
  }

  /** An email (managed session) or an access token is set. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = DiditProperties.PREFIX, name = "api-key")
  DiditClient diditClient(DiditProperties properties, ObjectProvider<RequestListener> listeners,
      ObjectProvider<DiditClientCustomizer> customizers) {
    DiditClient.Builder builder = DiditClient.builder();
    properties.applyTo(builder);
    listeners.orderedStream().forEach(builder::listener);
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return BuildProblems.build(DiditProperties.PREFIX,
        Map.of("baseUrl", "verification-base-url", "apiKey", "api-key"), builder::build);
  }

  static final class AuthCredentialsSet extends AnyNestedCondition {
    AuthCredentialsSet() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty(prefix = DiditProperties.PREFIX, name = "email")
    static final class Email {}

    @ConditionalOnProperty(prefix = DiditProperties.PREFIX, name = "access-token")
    static final class AccessToken {}
  }
}
