package dev.onboardkit.benchmarks;

/**
 * Benchmark 5, Klara hand-written side: start, make one create-application call with OkHttp + Jackson, exit. Touches
 * no SDK class (not even for the User-Agent), so the comparison is not flattered by classes the baseline would load.
 */
public final class ColdStartBaseline {
  private ColdStartBaseline() {}

  /**
   * Makes one call.
   *
   * @param args the Klara base URL of a running {@link LoopbackServer}
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    BaselineKlara.Created created = new BaselineKlara(new okhttp3.OkHttpClient(), args[0], Canned.KLARA_KEY,
        PlainUserAgent.of("klara-client")).create(BaselineKlara.sampleBody());
    System.out.println(created.applicationId);
    System.exit(0);
  }
}
