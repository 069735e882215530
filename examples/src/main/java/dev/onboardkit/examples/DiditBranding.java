package dev.onboardkit.examples;

import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.customization.DiditBrandingImages;
import dev.onboardkit.didit.customization.DiditCustomization;
import dev.onboardkit.didit.customization.DiditCustomizationUpdate;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;

/** Example 11, Didit branding: read the verification flow's branding, set colors and upload a logo. */
public final class DiditBranding implements Example {
  @Override
  public String title() {
    return "17. Didit branding: colors, font and a logo for the verification flow";
  }

  @Override
  public void run(ExampleContext ctx) {
    if (ctx.verificationFakeIfUsed().isEmpty()) {
      ctx.report().note("changes the account's branding: run only against the embedded fake");
      return;
    }
    FakeDiditVerificationServer fake = ctx.verificationFakeIfUsed().get();
    try (DiditClient didit = DiditClient.builder().apiKey(fake.issueApiKey()).baseUrl(fake.baseUrl()).build()) {
      DiditCustomization before = didit.customization().retrieve();
      ctx.report().call("GET /customization/", "primary color " + before.colorPrimary().orElse("?") + ", font "
          + before.fontFamily().orElse("?") + ", square logo " + (before.logoSquare().isPresent() ? "set" : "none"));

      // [readme:didit-branding]
      didit.customization().update(DiditCustomizationUpdate.builder()
          .colorPrimary("#0B5FFF").fontFamily("AR One Sans").skipWelcomeScreen(true).build());
      DiditCustomization after = didit.customization().updateImages(DiditBrandingImages.builder()
          .imageSquare(FileUpload.of(ExampleImages.png("Acme logo"), "logo.png", "image/png"))
          .build());
      // [/readme]
      ctx.report().call("PATCH /customization/ (JSON, then a logo form)", "primary color "
          + after.colorPrimary().orElse("?") + ", font " + after.fontFamily().orElse("?") + ", square logo "
          + (after.logoSquare().isPresent() ? "uploaded" : "none"));
    }
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    Example.runAlone(new DiditBranding());
  }
}
