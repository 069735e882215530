package dev.onboardkit.benchmarks;

/** Benchmark 5, baseline side: start, make one create-application call with OkHttp + Jackson, exit. */
public final class ColdStartBaseline {
  private ColdStartBaseline() {}

  /**
   * Makes one call.
   *
   * @param args the Klara base URL of a running {@link LoopbackServer}
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    BaselineKlara.Created created =
        Sides.baselineKlara(new okhttp3.OkHttpClient(), args[0]).create(BaselineKlara.sampleBody());
    System.out.println(created.applicationId);
    System.exit(0);
  }
}
