package dev.onboardkit.benchmarks;

import dev.onboardkit.benchmarks.generated.model.Application;

/**
 * Benchmark 5, generated side: start, make one Didit create-application call through the client generated from
 * Didit's OpenAPI excerpt, exit. Touches no SDK and no Jackson class.
 */
public final class ColdStartGenerated {
  private ColdStartGenerated() {}

  /**
   * Makes one call.
   *
   * @param args the Didit base URL of a running {@link LoopbackServer}
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    Application created = new GeneratedDidit(new okhttp3.OkHttpClient(), args[0], Canned.DIDIT_ORG,
        Canned.DIDIT_TOKEN, PlainUserAgent.of("didit-client")).create(GeneratedDidit.sampleBody());
    System.out.println(created.getUuid());
    System.exit(0);
  }
}
