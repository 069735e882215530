package dev.onboardkit.reliability;

import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.core.paging.CursorPage;
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
import dev.onboardkit.reliability.HostileEndpoints.Endpoint;
import java.util.Map;

/**
 * The Verification API's lists, standalone image checks and customization for the hostile-response tests, named
 * {@code "didit verification ..."} like the rest of {@link VerificationEndpoints}. Files are bytes, so every call can
 * be repeated.
 */
final class UploadFamilyEndpoints {
  static final String LIST = "l-1";
  static final byte[] IMAGE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 'f', 'a', 'c', 'e'};

  private UploadFamilyEndpoints() {}

  static FileUpload image() {
    return FileUpload.of(IMAGE, "face.jpg", "image/jpeg");
  }

  static void addTo(Map<String, Endpoint> all) {
    String p = VerificationEndpoints.PREFIX;
    DiditCreateListRequest list = DiditCreateListRequest.builder().name("Office IPs").listType(DiditListType.ALLOWLIST)
        .entryType(DiditListEntryType.IP_ADDRESS).build();
    DiditCreateListEntryRequest entry = DiditCreateListEntryRequest.builder().value("10.0.0.0/8").build();
    DiditFaceEntryUpload face = DiditFaceEntryUpload.builder().image(image()).comment("fraud").build();
    all.put(p + "list lists", (k, d, v, a) -> a ? v.async().lists().list(DiditListsParams.builder().limit(1).build())
        : drained(v.lists().list(DiditListsParams.builder().limit(1).build())));
    all.put(p + "create list", (k, d, v, a) -> a ? v.async().lists().create(list) : v.lists().create(list));
    all.put(p + "retrieve list", (k, d, v, a) -> a ? v.async().lists().retrieve(LIST) : v.lists().retrieve(LIST));
    all.put(p + "update list", (k, d, v, a) -> a
        ? v.async().lists().update(LIST, DiditListUpdate.builder().name("Renamed").build())
        : v.lists().update(LIST, DiditListUpdate.builder().name("Renamed").build()));
    all.put(p + "delete list", (k, d, v, a) -> a ? v.async().lists().delete(LIST) : v.lists().delete(LIST));
    all.put(p + "list entries", (k, d, v, a) -> a
        ? v.async().lists().entries().list(LIST, DiditListEntriesParams.builder().limit(1).build())
        : drained(v.lists().entries().list(LIST, DiditListEntriesParams.builder().limit(1).build())));
    all.put(p + "create list entry", (k, d, v, a) -> a ? v.async().lists().entries().create(LIST, entry)
        : v.lists().entries().create(LIST, entry));
    all.put(p + "upload face entry", (k, d, v, a) -> a ? v.async().lists().entries().uploadFace(LIST, face)
        : v.lists().entries().uploadFace(LIST, face));
    all.put(p + "delete list entry", (k, d, v, a) -> a ? v.async().lists().entries().delete(LIST, "e-1")
        : v.lists().entries().delete(LIST, "e-1"));
    DiditIdVerificationRequest id = DiditIdVerificationRequest.builder().frontImage(image()).build();
    all.put(p + "id verification", (k, d, v, a) -> a ? v.async().checks().idVerification(id)
        : v.checks().idVerification(id));
    DiditPoaRequest poa = DiditPoaRequest.builder().document(image()).build();
    all.put(p + "poa verification", (k, d, v, a) -> a ? v.async().checks().poaVerification(poa)
        : v.checks().poaVerification(poa));
    DiditPassiveLivenessRequest liveness = DiditPassiveLivenessRequest.builder().userImage(image()).build();
    all.put(p + "passive liveness", (k, d, v, a) -> a ? v.async().checks().passiveLiveness(liveness)
        : v.checks().passiveLiveness(liveness));
    DiditFaceMatchRequest match = DiditFaceMatchRequest.builder().userImage(image()).refImage(image()).build();
    all.put(p + "face match", (k, d, v, a) -> a ? v.async().checks().faceMatch(match) : v.checks().faceMatch(match));
    DiditFaceSearchRequest search = DiditFaceSearchRequest.builder().userImage(image()).build();
    all.put(p + "face search", (k, d, v, a) -> a ? v.async().checks().faceSearch(search)
        : v.checks().faceSearch(search));
    DiditAgeEstimationRequest age = DiditAgeEstimationRequest.builder().userImage(image()).build();
    all.put(p + "age estimation", (k, d, v, a) -> a ? v.async().checks().ageEstimation(age)
        : v.checks().ageEstimation(age));
    all.put(p + "customization", (k, d, v, a) -> a ? v.async().customization().retrieve()
        : v.customization().retrieve());
    DiditCustomizationUpdate update = DiditCustomizationUpdate.builder().colorPrimary("#123456").build();
    all.put(p + "update customization", (k, d, v, a) -> a ? v.async().customization().update(update)
        : v.customization().update(update));
    DiditBrandingImages logos = DiditBrandingImages.builder().imageSquare(FileUpload.of(new byte[] {(byte) 0x89, 'P',
        'N', 'G'}, "logo.png", "image/png")).build();
    all.put(p + "update customization images", (k, d, v, a) -> a ? v.async().customization().updateImages(logos)
        : v.customization().updateImages(logos));
  }

  private static Object drained(CursorPage<?> page) {
    HostileEndpoints.drainAutoPager(page);
    return page;
  }
}
