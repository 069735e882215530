package dev.onboardkit.spring;

import dev.onboardkit.klara.KlaraClient;

/**
 * Changes the builder of the auto-configured {@link KlaraClient} after the {@code onboardkit.klara.*} properties and
 * the {@link dev.onboardkit.core.event.RequestListener} beans have been applied, for anything the properties do not
 * cover (an OkHttp client, default headers, logging options). Declare it as a bean; several run in their
 * {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface KlaraClientCustomizer {
  /**
   * Changes the builder.
   *
   * @param builder the builder of the client bean
   */
  void customize(KlaraClient.Builder builder);
}
