package dev.onboardkit.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.didit.DiditClient;
import dev.onboardkit.didit.checks.DiditAgeEstimationRequest;
import dev.onboardkit.didit.checks.DiditFaceMatchRequest;
import dev.onboardkit.didit.checks.DiditFaceSearchRequest;
import dev.onboardkit.didit.checks.DiditIdVerificationRequest;
import dev.onboardkit.didit.checks.DiditPassiveLivenessRequest;
import dev.onboardkit.didit.checks.DiditPoaRequest;
import dev.onboardkit.didit.customization.DiditBrandingImages;
import dev.onboardkit.didit.customization.DiditCustomizationUpdate;
import dev.onboardkit.didit.lists.DiditCreateListEntryRequest;
import dev.onboardkit.didit.lists.DiditCreateListRequest;
import dev.onboardkit.didit.lists.DiditFaceEntryUpload;
import dev.onboardkit.didit.lists.DiditListEntriesParams;
import dev.onboardkit.didit.lists.DiditListEntryType;
import dev.onboardkit.didit.lists.DiditListType;
import dev.onboardkit.didit.lists.DiditListUpdate;
import dev.onboardkit.didit.lists.DiditListsParams;
import dev.onboardkit.reliability.DocumentedBodies.Documented;
import dev.onboardkit.testkit.didit.FakeDiditVerificationServer;
import java.util.Map;

/** The success bodies of {@link UploadFamilyEndpoints}, captured from the Verification API fake. */
final class UploadFamilyBodies {
  private UploadFamilyBodies() {}

  static void capture(Map<String, Documented> out, FakeDiditVerificationServer fake, RecordingTransport recording,
      DiditClient v) {
    String faces = v.lists().list(DiditListsParams.builder().listType(DiditListType.BLOCKLIST)
        .entryType(DiditListEntryType.FACE).limit(1).build()).items().get(0).uuid();
    keep(out, "list lists", recording);
    String list = v.lists().create(DiditCreateListRequest.builder().name("Office IPs")
        .listType(DiditListType.ALLOWLIST).entryType(DiditListEntryType.IP_ADDRESS).build()).uuid();
    keep(out, "create list", recording);
    v.lists().retrieve(list);
    keep(out, "retrieve list", recording);
    v.lists().update(list, DiditListUpdate.builder().description("VPN ranges").build());
    keep(out, "update list", recording);
    String entry = v.lists().entries().create(list, DiditCreateListEntryRequest.builder().value("10.0.0.0/8")
        .comment("VPN").build()).uuid();
    keep(out, "create list entry", recording);
    v.lists().entries().create(list, DiditCreateListEntryRequest.builder().value("192.0.2.1").build());
    v.lists().entries().list(list, DiditListEntriesParams.builder().limit(1).build());
    keep(out, "list entries", recording);
    v.lists().entries().uploadFace(faces, DiditFaceEntryUpload.builder().image(UploadFamilyEndpoints.image())
        .comment("fraud").build());
    keep(out, "upload face entry", recording);
    v.lists().entries().delete(list, entry);
    keep(out, "delete list entry", recording);
    v.lists().delete(list);
    keep(out, "delete list", recording);
    v.checks().idVerification(DiditIdVerificationRequest.builder().frontImage(UploadFamilyEndpoints.image())
        .backImage(UploadFamilyEndpoints.image()).build());
    keep(out, "id verification", recording);
    v.checks().poaVerification(DiditPoaRequest.builder().document(FileUpload.of("%PDF-1.7".getBytes(
        java.nio.charset.StandardCharsets.US_ASCII), "bill.pdf", "application/pdf")).build());
    keep(out, "poa verification", recording);
    v.checks().passiveLiveness(DiditPassiveLivenessRequest.builder().userImage(UploadFamilyEndpoints.image())
        .vendorData("user-1").build());
    keep(out, "passive liveness", recording);
    v.checks().faceMatch(DiditFaceMatchRequest.builder().userImage(UploadFamilyEndpoints.image())
        .refImage(UploadFamilyEndpoints.image()).build());
    keep(out, "face match", recording);
    v.checks().faceSearch(DiditFaceSearchRequest.builder().userImage(UploadFamilyEndpoints.image())
        .vendorData("user-2").build());
    keep(out, "face search", recording);
    v.checks().ageEstimation(DiditAgeEstimationRequest.builder().userImage(UploadFamilyEndpoints.image()).build());
    keep(out, "age estimation", recording);
    v.customization().retrieve();
    keep(out, "customization", recording);
    v.customization().update(DiditCustomizationUpdate.builder().colorPrimary("#123456").build());
    keep(out, "update customization", recording);
    v.customization().updateImages(DiditBrandingImages.builder().imageSquare(FileUpload.of(new byte[] {(byte) 0x89,
        'P', 'N', 'G'}, "logo.png", "image/png")).build());
    keep(out, "update customization images", recording);
  }

  private static void keep(Map<String, Documented> out, String name, RecordingTransport recording) {
    HttpResponse r = recording.last;
    assertTrue(r.isSuccessful(), name + " " + r);
    out.put(VerificationEndpoints.PREFIX + name, new Documented(r.statusCode(), r.bodyAsString()));
  }
}
