package dev.onboardkit.examples;

import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.klara.applications.KlaraRefreshPreAuthResponse;

/** Example 2: the contact comes back later; refresh the pre-auth code instead of creating a second application. */
public final class KlaraReentry implements Example {
  @Override
  public String title() {
    return "2. Klara re-entry: refresh the pre-auth code of an existing application";
  }

  @Override
  public void run(ExampleContext ctx) {
    KlaraClient klara = ctx.klara();
    String applicationId = ctx.applicationId().orElseGet(() -> klara.applications().create(
        KlaraCreateApplicationRequest.builder().configId(ctx.klaraConfigId())
            .primaryContact("Liam Byrne", "liam@harbour.ie", null).companyName("Harbour Analytics")
            .country("IE").build()).applicationId());

    KlaraRefreshPreAuthResponse refreshed = klara.applications().refreshPreAuth(applicationId);

    ctx.report().call("POST /applications/" + applicationId + "/pre-auth",
        "new code valid until " + refreshed.expiresAt() + ", participant " + refreshed.participantId()
            + (refreshed.alreadyVerified() ? " (email already verified)" : ""));
    ctx.report().note("redirect the contact to " + Report.link(refreshed.link()));
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    Example.runAlone(new KlaraReentry());
  }
}
