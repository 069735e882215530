package dev.onboardkit.benchmarks;

/**
 * Benchmark 5, Didit hand-written side: start, make one create-application call with OkHttp + Jackson, exit. Touches
 * no SDK class.
 */
public final class ColdStartDiditBaseline {
  private ColdStartDiditBaseline() {}

  /**
   * Makes one call.
   *
   * @param args the Didit base URL of a running {@link LoopbackServer}
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    BaselineDidit.Created created = new BaselineDidit(new okhttp3.OkHttpClient(), args[0], Canned.DIDIT_ORG,
        Canned.DIDIT_TOKEN, PlainUserAgent.of("didit-client")).create(BaselineDidit.sampleBody(), null);
    System.out.println(created.uuid);
    System.exit(0);
  }
}
