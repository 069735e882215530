package dev.onboardkit.benchmarks;

import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraCreateApplicationResponse;

/** Benchmark 5, Klara SDK side: start, make one create-application call to the local server, exit. */
public final class ColdStartSdk {
  private ColdStartSdk() {}

  /**
   * Makes one call.
   *
   * @param args the Klara base URL of a running {@link LoopbackServer}
   */
  public static void main(String[] args) {
    KlaraCreateApplicationResponse created;
    try (KlaraClient klara = Sides.klara(new okhttp3.OkHttpClient(), args[0])) {
      created = klara.applications().create(Sides.klaraRequest());
    }
    System.out.println(created.applicationId());
    System.exit(0);
  }
}
