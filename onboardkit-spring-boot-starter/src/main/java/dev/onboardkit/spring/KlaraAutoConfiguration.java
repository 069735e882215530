package dev.onboardkit.spring;

import dev.onboardkit.core.event.RequestListener;
import dev.onboardkit.klara.KlaraClient;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Creates the {@link KlaraClient} bean from the {@code onboardkit.klara.*} properties when
 * {@code onboardkit.klara.api-key} is set (and {@code onboardkit.klara.enabled} is not false), unless the application
 * defines its own. Every {@link RequestListener} bean is attached, then every {@link KlaraClientCustomizer} runs. The
 * client is closed with the context.
 */
@AutoConfiguration
@ConditionalOnClass(KlaraClient.class)
@ConditionalOnProperty(prefix = KlaraProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(KlaraProperties.class)
public class KlaraAutoConfiguration {
  /** Created by Spring. */
  public KlaraAutoConfiguration() {}

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = KlaraProperties.PREFIX, name = "api-key")
  KlaraClient klaraClient(KlaraProperties properties, ObjectProvider<RequestListener> listeners,
      ObjectProvider<KlaraClientCustomizer> customizers) {
    KlaraClient.Builder builder = KlaraClient.builder();
    properties.applyTo(builder);
    listeners.orderedStream().forEach(builder::listener);
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return BuildProblems.build(KlaraProperties.PREFIX, Map.of(), builder::build);
  }
}
