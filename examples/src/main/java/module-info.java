/**
 * The examples, as an application on the module path would declare them: it requires the clients it calls (which
 * bring sdk-core with them) and the testkit for the embedded fake servers.
 */
module dev.onboardkit.examples {
  requires dev.onboardkit.klara;
  requires dev.onboardkit.didit;
  requires dev.onboardkit.testkit;
}
