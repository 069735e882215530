package dev.onboardkit.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** The README's JUnit example ("Testing with the testkit"), compiled on its own and run with the JUnit launcher. */
class ReadmeTestExampleTest {
  @Test
  void theReadmesJUnitTestCompilesAndPasses(@TempDir Path dir) throws Exception {
    Path classes = JavaPrograms.compile("OnboardingTest", Quickstarts.testSource("OnboardingTest"), dir);

    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Class<?> testClass = loader.loadClass("OnboardingTest");
      Launcher launcher = LauncherFactory.create();
      launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(), listener);
    }

    TestExecutionSummary summary = listener.getSummary();
    StringBuilder failures = new StringBuilder();
    summary.getFailures().forEach(f -> failures.append(f.getTestIdentifier().getDisplayName()).append(": ")
        .append(f.getException()).append('\n'));
    assertEquals(0, summary.getTotalFailureCount(), failures.toString());
    assertEquals(2, summary.getTestsSucceededCount());
    assertTrue(summary.getTestsFoundCount() == 2 && summary.getContainersFailedCount() == 0, summary.toString());
  }
}
