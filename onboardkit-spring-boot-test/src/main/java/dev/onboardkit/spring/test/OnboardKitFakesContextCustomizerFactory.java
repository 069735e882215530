package dev.onboardkit.spring.test;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Applies {@link AutoConfigureOnboardKitFakes} to the test contexts of annotated test classes. Registered in
 * {@code META-INF/spring.factories}; Spring's test framework creates it.
 */
public final class OnboardKitFakesContextCustomizerFactory implements ContextCustomizerFactory {
  /** Created by Spring's test framework. */
  public OnboardKitFakesContextCustomizerFactory() {}

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    AutoConfigureOnboardKitFakes annotation =
        TestContextAnnotationUtils.findMergedAnnotation(testClass, AutoConfigureOnboardKitFakes.class);
    return annotation == null ? null
        : new OnboardKitFakesContextCustomizer(annotation.diditEmail(), annotation.diditPassword());
  }
}
