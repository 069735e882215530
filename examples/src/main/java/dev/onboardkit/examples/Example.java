package dev.onboardkit.examples;

/** One runnable example. */
public interface Example {
  /**
   * Returns the example's title, printed at the top of its report section.
   *
   * @return the title
   */
  String title();

  /**
   * Runs the example.
   *
   * @param ctx what to run against, and where to report
   * @throws Exception if the example fails
   */
  void run(ExampleContext ctx) throws Exception;

  /**
   * Runs one example on its own, as its {@code main} does.
   *
   * @param example the example
   * @throws Exception if it fails
   */
  static void runAlone(Example example) throws Exception {
    try (ExampleContext ctx = ExampleContext.fromEnvironment()) {
      ctx.report().section(example.title());
      example.run(ctx);
    }
  }
}
