package dev.onboardkit.examples;

import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.checks.DiditAgeEstimationRequest;
import dev.onboardkit.didit.checks.DiditFaceMatchRequest;
import dev.onboardkit.didit.checks.DiditFaceMatchResult;
import dev.onboardkit.didit.checks.DiditIdVerificationRequest;
import dev.onboardkit.didit.checks.DiditIdVerificationResult;
import dev.onboardkit.didit.checks.DiditLivenessResult;
import dev.onboardkit.didit.checks.DiditPassiveLivenessRequest;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Example 10, Didit's standalone image checks: face match, passive liveness, age estimation and ID verification, with
 * files given as a path, bytes and a stream. Each is one multipart call; files stream from disk and never reach the
 * logs.
 */
public final class DiditImageChecks implements Example {
  @Override
  public String title() {
    return "16. Didit standalone checks: face match, liveness, age estimation, ID verification";
  }

  @Override
  public void run(ExampleContext ctx) throws Exception {
    if (ctx.verificationFakeIfUsed().isEmpty()) {
      ctx.report().note("each check costs a credit and needs real photos: run only against the embedded fake");
      return;
    }
    FakeDiditVerificationServer fake = ctx.verificationFakeIfUsed().get();
    Path selfie = Files.createTempFile("selfie", ".jpg");
    try (DiditClient didit = DiditClient.builder().apiKey(fake.issueApiKey()).baseUrl(fake.baseUrl()).build()) {
      Files.write(selfie, ExampleImages.jpeg("Ana, selfie"));
      byte[] portrait = ExampleImages.jpeg("Ana, selfie");

      // [readme:didit-face-match]
      DiditFaceMatchResult match = didit.checks().faceMatch(DiditFaceMatchRequest.builder()
          .userImage(FileUpload.of(selfie))                                   // streamed from disk
          .refImage(FileUpload.of(portrait, "portrait.jpg", "image/jpeg"))    // bytes already in memory
          .vendorData("user-42")
          .build());
      // [/readme]
      ctx.report().call("POST /face-match/", match.faceMatch().status().wireValue() + ", similarity "
          + match.faceMatch().score().orElse(0.0));

      try (InputStream camera = new ByteArrayInputStream(ExampleImages.jpeg("Ana, live"))) {
        DiditLivenessResult liveness = didit.checks().passiveLiveness(DiditPassiveLivenessRequest.builder()
            .userImage(FileUpload.of(camera, "live.jpg", "image/jpeg"))        // a stream is sent at most once
            .build());
        ctx.report().call("POST /passive-liveness/", liveness.liveness().status().wireValue() + ", score "
            + liveness.liveness().score().orElse(0.0));
      }

      DiditLivenessResult age = didit.checks().ageEstimation(DiditAgeEstimationRequest.builder()
          .userImage(FileUpload.of(selfie)).ageEstimationDeclineThreshold(18.0).build());
      ctx.report().call("POST /age-estimation/", "estimated age " + age.liveness().ageEstimation().orElse(0.0)
          + ", " + age.liveness().status().wireValue());

      DiditIdVerificationResult id = didit.checks().idVerification(DiditIdVerificationRequest.builder()
          .frontImage(FileUpload.of(ExampleImages.jpeg("ID front"), "front.jpg", "image/jpeg"))
          .backImage(FileUpload.of(ExampleImages.jpeg("ID back"), "back.jpg", "image/jpeg"))
          .minimumAge(18).build());
      ctx.report().call("POST /id-verification/", id.idVerification().documentType().orElse("?") + " of "
          + id.idVerification().fullName().orElse("?") + ", age " + id.idVerification().age().orElse(0) + ", "
          + id.idVerification().status().wireValue());

      try {
        DiditFaceMatchRequest.builder().userImage(FileUpload.of(selfie.resolveSibling("missing.jpg"))).build();
      } catch (InvalidRequestException e) {
        ctx.report().call("DiditFaceMatchRequest.build() with a missing file", e.problems().size()
            + " problems, nothing sent: " + e.problems());
      }
    } finally {
      Files.deleteIfExists(selfie);
    }
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   * @throws Exception if it fails
   */
  public static void main(String[] args) throws Exception {
    Example.runAlone(new DiditImageChecks());
  }
}
