package dev.onboardkit.spring.boottests;

import dev.onboardkit.spring.DiditAutoConfiguration;
import dev.onboardkit.spring.KlaraAutoConfiguration;
import dev.onboardkit.spring.OnboardKitHealthAutoConfiguration;
import dev.onboardkit.spring.OnboardKitMetricsAutoConfiguration;
import dev.onboardkit.spring.test.OnboardKitFakes;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter's auto-configurations in an {@link ApplicationContextRunner}, and properties pointing at the fakes. */
final class Runners {
  private Runners() {}

  static ApplicationContextRunner starter() {
    return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(KlaraAutoConfiguration.class,
        DiditAutoConfiguration.class, OnboardKitMetricsAutoConfiguration.class,
        OnboardKitHealthAutoConfiguration.class));
  }

  /** The fakes' {@code onboardkit.*} properties as {@code name=value} pairs. */
  static String[] properties(OnboardKitFakes fakes) {
    return fakes.properties().entrySet().stream().map(Runners::pair).toArray(String[]::new);
  }

  /** Only the Klara properties of the fakes. */
  static String[] klaraProperties(OnboardKitFakes fakes) {
    return fakes.properties().entrySet().stream().filter(e -> e.getKey().startsWith("onboardkit.klara."))
        .map(Runners::pair).toArray(String[]::new);
  }

  private static String pair(Map.Entry<String, Object> e) {
    return e.getKey() + "=" + e.getValue();
  }
}
