package dev.onboardkit.examples.readme;

import java.util.List;

/** The README's quickstart programs this module runs, in README order. */
final class Quickstarts {
  /** Every program marked {@code <!-- quickstart: Name -->}; each has a test that runs it against the fakes. */
  static final List<String> PROGRAMS = List.of("KlaraQuickstart", "KlaraReentry", "KlaraReview",
      "KlaraWebhookServer", "DiditSignUp", "DiditApplications", "DiditVerificationQuickstart", "DiditWebhookServer",
      "DiditSessionReview");

  /** Every JUnit test class marked {@code <!-- quickstart-test: Name -->}. */
  static final List<String> TESTS = List.of("OnboardingTest");

  private static final Readme README = Readme.load();

  private Quickstarts() {}

  /** The README's source of a program. */
  static String source(String name) {
    String source = README.quickstarts().get(name);
    if (source == null) {
      throw new AssertionError("README.md marks no program <!-- quickstart: " + name + " -->");
    }
    return source;
  }

  /** The README's source of a JUnit test class. */
  static String testSource(String name) {
    String source = README.quickstartTests().get(name);
    if (source == null) {
      throw new AssertionError("README.md marks no test <!-- quickstart-test: " + name + " -->");
    }
    return source;
  }
}
