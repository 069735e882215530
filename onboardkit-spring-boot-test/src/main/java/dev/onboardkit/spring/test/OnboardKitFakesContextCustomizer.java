package dev.onboardkit.spring.test;

import java.util.Objects;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts the fakes before the context refreshes, puts their properties first in the environment (so they win over
 * the application's {@code onboardkit.*} settings and are there when the starter's conditions are evaluated),
 * registers them as beans and stops them when the context closes. Equal for equal settings, so Spring's context cache
 * reuses a context and its fakes.
 */
final class OnboardKitFakesContextCustomizer implements ContextCustomizer {
  static final String PROPERTY_SOURCE = "onboardKitFakes";

  private final String diditEmail;
  private final String diditPassword;

  OnboardKitFakesContextCustomizer(String diditEmail, String diditPassword) {
    this.diditEmail = diditEmail;
    this.diditPassword = diditPassword;
  }

  @Override
  public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
    OnboardKitFakes fakes = OnboardKitFakes.start(diditEmail, diditPassword);
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, fakes.properties()));
    ConfigurableListableBeanFactory beans = context.getBeanFactory();
    beans.registerSingleton("onboardKitFakes", fakes);
    beans.registerSingleton("fakeKlaraServer", fakes.klara());
    beans.registerSingleton("fakeDiditServer", fakes.didit());
    if (beans instanceof DefaultSingletonBeanRegistry) {
      ((DefaultSingletonBeanRegistry) beans).registerDisposableBean("onboardKitFakes", fakes::close);
    } else {
      context.addApplicationListener(event -> {
        if (event instanceof org.springframework.context.event.ContextClosedEvent) {
          fakes.close();
        }
      });
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OnboardKitFakesContextCustomizer
        && diditEmail.equals(((OnboardKitFakesContextCustomizer) o).diditEmail)
        && diditPassword.equals(((OnboardKitFakesContextCustomizer) o).diditPassword);
  }

  @Override
  public int hashCode() {
    return Objects.hash(diditEmail, diditPassword);
  }
}
