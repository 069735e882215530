package dev.onboardkit.spring;

import dev.onboardkit.didit.DiditClient;

/**
 * Changes the builder of the auto-configured {@link DiditClient} (the Verification API) after the
 * {@code onboardkit.didit.*} properties and the {@link dev.onboardkit.core.event.RequestListener} beans have been
 * applied. Declare it as a bean; several run in their {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface DiditClientCustomizer {
  /**
   * Changes the builder.
   *
   * @param builder the builder of the client bean
   */
  void customize(DiditClient.Builder builder);
}
