package dev.onboardkit.examples;

import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.klara.applications.KlaraCreateApplicationResponse;

/** Example 1: create a Klara application with pre-auth and send the contact to its link. */
public final class KlaraCreateWithPreAuth implements Example {
  @Override
  public String title() {
    return "1. Klara: create an application with pre-auth";
  }

  @Override
  public void run(ExampleContext ctx) {
    KlaraClient klara = ctx.klara();

    KlaraCreateApplicationResponse created = klara.applications().create(KlaraCreateApplicationRequest.builder()
        .configId(ctx.klaraConfigId())
        .primaryContact("Sophie Mitchell", "sophie@acme.com", "CEO")
        .companyName("Acme Financial Ltd")
        .companyNumber("12345678")
        .country("GB")
        .preAuth(true)
        .build());

    ctx.applicationId(created.applicationId());
    ctx.report().call("POST /applications", "application_id=" + created.applicationId()
        + ", participants=" + created.participants().size()
        + ", pre-auth code " + (created.preAuthCode().isPresent() ? "issued" : "not issued"));
    created.warning().ifPresent(w -> ctx.report().note("warning: " + w));
    // Redirect the browser to this link. It carries the pre-auth code, so it is masked here and never logged.
    ctx.report().note("redirect the contact to " + Report.link(created.link()));
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    Example.runAlone(new KlaraCreateWithPreAuth());
  }
}
