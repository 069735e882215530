package dev.onboardkit.didit.support;

import static dev.onboardkit.didit.support.TestClients.json;

import dev.onboardkit.core.http.FileUpload;
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
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** Lists, standalone image checks and customization in didit-client's null-argument test. */
public final class UploadFamiliesNullSupport {
  private static final String LIST = "{\"uuid\":\"l1\",\"list_type\":\"custom\",\"entry_type\":\"email\"}";
  private static final String ENTRY = "{\"uuid\":\"e1\",\"value\":\"a@b.co\"}";
  private static final String LIVENESS = "{\"request_id\":\"r\",\"liveness\":{\"status\":\"Approved\",\"score\":90}}";

  private UploadFamiliesNullSupport() {}

  /** Answers the paths of these families with a valid body, or null for other paths. */
  public static MockResponse answer(RecordedRequest r) {
    String path = r.getTarget();
    boolean get = r.getMethod().equals("GET");
    if (r.getMethod().equals("DELETE")) {
      return null;
    }
    if (path.startsWith("/v3/lists/")) {
      boolean entries = path.contains("/entries/");
      boolean collection = path.equals("/v3/lists/") || path.startsWith("/v3/lists/?") || path.endsWith("/entries/")
          || path.contains("/entries/?");
      return json(200, get && collection ? "[]" : entries ? ENTRY : LIST);
    }
    if (path.equals("/v3/customization/")) {
      return json(200, "{\"color_primary\":\"#000000\"}");
    }
    switch (path) {
      case "/v3/id-verification/":
        return json(200, "{\"request_id\":\"r\",\"id_verification\":{\"status\":\"Approved\"}}");
      case "/v3/poa/":
        return json(200, "{\"request_id\":\"r\",\"poa\":{\"status\":\"Approved\"}}");
      case "/v3/passive-liveness/":
      case "/v3/age-estimation/":
        return json(200, LIVENESS);
      case "/v3/face-match/":
        return json(200, "{\"request_id\":\"r\",\"face_match\":{\"status\":\"Approved\",\"score\":80}}");
      case "/v3/face-search/":
        return json(200, "{\"request_id\":\"r\",\"face_search\":{\"status\":\"Approved\",\"matches\":[]}}");
      default:
        return null;
    }
  }

  /** A fresh receiver for each public type of these families with instance methods that take arguments. */
  public static void receivers(Map<Class<?>, Supplier<Object>> r, DiditClient c) {
    services(r, dev.onboardkit.didit.lists.DiditListService.class, c.lists(), c.lists().withRawResponse(),
        c.async().lists(), c.async().lists().withRawResponse());
    services(r, dev.onboardkit.didit.lists.DiditListEntryService.class, c.lists().entries(),
        c.lists().entries().withRawResponse(), c.async().lists().entries(),
        c.async().lists().entries().withRawResponse());
    services(r, dev.onboardkit.didit.checks.DiditCheckService.class, c.checks(), c.checks().withRawResponse(),
        c.async().checks(), c.async().checks().withRawResponse());
    services(r, dev.onboardkit.didit.customization.DiditCustomizationService.class, c.customization(),
        c.customization().withRawResponse(), c.async().customization(), c.async().customization().withRawResponse());
    Map<Class<?>, Object> samples = samples();
    samples.forEach((type, value) -> r.put(type, () -> value));
    r.put(DiditCreateListRequest.Builder.class, () -> DiditCreateListRequest.builder().name("n")
        .listType(DiditListType.CUSTOM).entryType(DiditListEntryType.EMAIL));
    r.put(DiditListUpdate.Builder.class, DiditListUpdate::builder);
    r.put(DiditListsParams.Builder.class, DiditListsParams::builder);
    r.put(DiditListEntriesParams.Builder.class, DiditListEntriesParams::builder);
    r.put(DiditCreateListEntryRequest.Builder.class, () -> DiditCreateListEntryRequest.builder().value("a@b.co"));
    r.put(DiditFaceEntryUpload.Builder.class, () -> DiditFaceEntryUpload.builder().image(file()));
    r.put(DiditIdVerificationRequest.Builder.class, () -> DiditIdVerificationRequest.builder().frontImage(file()));
    r.put(DiditPoaRequest.Builder.class, () -> DiditPoaRequest.builder().document(file()));
    r.put(DiditPassiveLivenessRequest.Builder.class, () -> DiditPassiveLivenessRequest.builder().userImage(file()));
    r.put(DiditFaceMatchRequest.Builder.class,
        () -> DiditFaceMatchRequest.builder().userImage(file()).refImage(file()));
    r.put(DiditFaceSearchRequest.Builder.class, () -> DiditFaceSearchRequest.builder().userImage(file()));
    r.put(DiditAgeEstimationRequest.Builder.class, () -> DiditAgeEstimationRequest.builder().userImage(file()));
    r.put(DiditCustomizationUpdate.Builder.class, DiditCustomizationUpdate::builder);
    r.put(DiditBrandingImages.Builder.class, () -> DiditBrandingImages.builder().imageSquare(file()));
  }

  /** Valid arguments of these families' types. */
  public static Map<Class<?>, Object> samples() {
    Map<Class<?>, Object> s = new HashMap<>();
    s.put(Double.class, 1.0);
    s.put(FileUpload.class, file());
    s.put(DiditListType.class, DiditListType.CUSTOM);
    s.put(DiditListEntryType.class, DiditListEntryType.EMAIL);
    s.put(DiditCreateListRequest.class, DiditCreateListRequest.builder().name("n").listType(DiditListType.CUSTOM)
        .entryType(DiditListEntryType.EMAIL).build());
    s.put(DiditListUpdate.class, DiditListUpdate.builder().name("n").build());
    s.put(DiditListsParams.class, DiditListsParams.none());
    s.put(DiditListEntriesParams.class, DiditListEntriesParams.none());
    s.put(DiditCreateListEntryRequest.class, DiditCreateListEntryRequest.builder().value("a@b.co").build());
    s.put(DiditFaceEntryUpload.class, DiditFaceEntryUpload.builder().image(file()).build());
    s.put(DiditIdVerificationRequest.class, DiditIdVerificationRequest.builder().frontImage(file()).build());
    s.put(DiditPoaRequest.class, DiditPoaRequest.builder().document(file()).build());
    s.put(DiditPassiveLivenessRequest.class, DiditPassiveLivenessRequest.builder().userImage(file()).build());
    s.put(DiditFaceMatchRequest.class, DiditFaceMatchRequest.builder().userImage(file()).refImage(file()).build());
    s.put(DiditFaceSearchRequest.class, DiditFaceSearchRequest.builder().userImage(file()).build());
    s.put(DiditAgeEstimationRequest.class, DiditAgeEstimationRequest.builder().userImage(file()).build());
    s.put(DiditCustomizationUpdate.class, DiditCustomizationUpdate.builder().colorPrimary("#000000").build());
    s.put(DiditBrandingImages.class, DiditBrandingImages.builder().imageSquare(file()).build());
    return s;
  }

  private static FileUpload file() {
    return FileUpload.of(new byte[] {1, 2, 3}, "a.jpg", "image/jpeg");
  }

  private static void services(Map<Class<?>, Supplier<Object>> r, Class<?> plain, Object sync, Object raw,
      Object async, Object asyncRaw) {
    String name = plain.getName();
    try {
      r.put(plain, () -> sync);
      r.put(Class.forName(name + "$WithRawResponse"), () -> raw);
      r.put(Class.forName(name + "Async"), () -> async);
      r.put(Class.forName(name + "Async$WithRawResponse"), () -> asyncRaw);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
