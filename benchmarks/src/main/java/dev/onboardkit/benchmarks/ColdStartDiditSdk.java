package dev.onboardkit.benchmarks;

import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.applications.DiditApplication;

/** Benchmark 5, Didit SDK side: start, make one create-application call to the local server, exit. */
public final class ColdStartDiditSdk {
  private ColdStartDiditSdk() {}

  /**
   * Makes one call.
   *
   * @param args the Didit base URL of a running {@link LoopbackServer}
   */
  public static void main(String[] args) {
    DiditApplication created;
    try (DiditAuthClient didit = Sides.didit(new okhttp3.OkHttpClient(), args[0])) {
      created = didit.applications(Canned.DIDIT_ORG).create(Sides.diditRequest());
    }
    System.out.println(created.uuid());
    System.exit(0);
  }
}
