package dev.onboardkit.examples;

import java.util.List;

/**
 * Runs every example in order and prints a report. Against the embedded fake servers unless credentials are set
 * (see {@link ExampleContext}).
 */
public final class RunAllExamples {
  /** The examples, in the order they run. */
  public static final List<Example> ALL = List.of(
      new KlaraCreateWithPreAuth(),
      new KlaraReentry(),
      new KlaraReviewAndDecide(),
      new KlaraWebhookReceiver(),
      new DiditResellerFlow(),
      new ErrorsAndRetries(),
      new DiditKycVerification(),
      new DiditSessionOperations(),
      new DiditStandaloneChecks(),
      new DiditTransactionMonitoring(),
      new DiditBillingTopUp(),
      new DiditUserOperations(),
      new DiditBusinessRegistry(),
      new DiditQuestionnaireWorkflow(),
      new DiditBlocklists(),
      new DiditImageChecks(),
      new DiditBranding());

  private RunAllExamples() {}

  /**
   * Runs every example against {@code ctx}.
   *
   * @param ctx what to run against
   * @throws Exception if an example fails
   */
  public static void runAll(ExampleContext ctx) throws Exception {
    ctx.report().note("OnboardKit examples: Klara " + (ctx.realKlara() ? "real API" : "embedded fake")
        + ", Didit " + (ctx.realDidit() ? "real API" : "embedded fake") + ", Didit Verification "
        + (ctx.realDiditVerification() ? "real API" : "embedded fake"));
    for (Example example : ALL) {
      ctx.report().section(example.title());
      example.run(ctx);
    }
    ctx.report().section("All " + ALL.size() + " examples ran");
  }

  /**
   * Runs every example.
   *
   * @param args ignored
   * @throws Exception if an example fails
   */
  public static void main(String[] args) throws Exception {
    try (ExampleContext ctx = ExampleContext.fromEnvironment()) {
      runAll(ctx);
    }
  }
}
