package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditJson.detail;
import static dev.onboardkit.testkit.didit.DiditJson.notAllowed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import dev.onboardkit.testkit.internal.MultipartForm;
import java.util.List;
import java.util.Map;

/**
 * The standalone checks that take images ({@code /id-verification/}, {@code /poa/}, {@code /passive-liveness/},
 * {@code /face-match/}, {@code /face-search/}, {@code /age-estimation/}): each reads its multipart form for real,
 * checks its files and fields as Didit documents, and answers with a canned but realistic report whose scores follow
 * from the images' bytes ({@link DiditImages}). Faces on a face blocklist decline liveness and face search; documents
 * on a document blocklist decline ID verification. Runs under the store's lock.
 */
final class DiditCheckRoutes {
  static final List<String> PATHS = List.of("id-verification", "poa", "passive-liveness", "face-match", "face-search",
      "age-estimation");
  private static final long FIVE_MB = 5L * 1024 * 1024;
  private static final long FIFTEEN_MB = 15L * 1024 * 1024;
  private static final List<String> IMAGES = List.of("tiff", "tif", "jpg", "jpeg", "png", "webp");
  private static final List<String> IMAGES_OR_PDF = List.of("tiff", "tif", "jpg", "jpeg", "png", "webp", "pdf");

  private final DiditVerificationStore store;

  DiditCheckRoutes(DiditVerificationStore store) {
    this.store = store;
  }

  FakeResponse route(FakeRequest r, List<String> s, String m) {
    if (s.size() != 2 || !s.get(1).isEmpty()) {
      return DiditJson.notFound();
    }
    if (!m.equals("POST")) {
      return notAllowed(m, "POST");
    }
    if (store.outOfCredits) {
      return detail(403, "You do not have enough credits to perform this action. Please top up your balance.");
    }
    MultipartForm parsed = MultipartForm.parse(r.header("Content-Type"), r.bodyBytes());
    DiditForm form = new DiditForm(parsed);
    form.bool("save_api_request");
    form.bool("rotate_image");
    switch (s.get(0)) {
      case "id-verification":
        return idVerification(form);
      case "poa":
        return poa(form);
      case "passive-liveness":
        return passiveLiveness(form);
      case "face-match":
        return faceMatch(form);
      case "face-search":
        return faceSearch(form);
      default:
        return ageEstimation(form);
    }
  }

  private FakeResponse idVerification(DiditForm form) {
    MultipartForm.Part front = form.file("front_image", true, FIVE_MB, IMAGES_OR_PDF);
    MultipartForm.Part back = form.file("back_image", false, FIVE_MB, IMAGES_OR_PDF);
    form.bool("perform_document_liveness");
    Double minimumAge = form.number("minimum_age", 1, 120, true);
    form.choice("preferred_characters", List.of("latin", "non_latin"));
    if (form.hasErrors()) {
      return form.errors();
    }
    String hash = DiditImages.sha256(front.bytes);
    String number = "CAA" + (100000 + (int) DiditImages.score(hash, "document", 0, 899999));
    int age = 45;
    ArrayNode warnings = Json.array();
    if (minimumAge != null && age < minimumAge) {
      warnings.add(warning("MINIMUM_AGE_NOT_MET", "error", "Minimum age not met",
          "The document holder is younger than the minimum age."));
    }
    if (onBlocklist("document", number.toLowerCase(java.util.Locale.ROOT))) {
      warnings.add(warning("DOCUMENT_IN_BLOCKLIST", "error", "Document in blocklist",
          "The document number is on the application's document blocklist."));
    }
    ObjectNode id = Json.object();
    id.put("status", warnings.isEmpty() ? "Approved" : "Declined");
    id.put("document_type", back != null ? "Identity Card" : "Passport");
    id.put("document_number", number);
    id.put("personal_number", "99999999R");
    id.put("first_name", "Carmen");
    id.put("last_name", "Española Española");
    id.put("full_name", "Carmen Española Española");
    id.put("date_of_birth", "1980-01-01");
    id.put("age", age);
    id.put("expiration_date", "2031-06-02");
    id.put("date_of_issue", "2021-06-02");
    id.put("issuing_state", "ESP");
    id.put("issuing_state_name", "Spain");
    id.put("gender", "F");
    id.put("nationality", "ESP");
    id.put("address", "Avda de Madrid 34, Madrid");
    id.put("place_of_birth", "Madrid");
    id.put("portrait_image", media("portrait", hash));
    id.put("front_image", media("front", hash));
    id.put("back_image", back == null ? null : media("back", DiditImages.sha256(back.bytes)));
    id.set("warnings", warnings);
    return result(form, "id_verification", id);
  }

  private FakeResponse poa(DiditForm form) {
    MultipartForm.Part document = form.file("document", true, FIFTEEN_MB, IMAGES_OR_PDF);
    if (form.hasErrors()) {
      return form.errors();
    }
    String nameOnDocument = "Sophia Grace Martinez";
    ArrayNode warnings = Json.array();
    String first = form.text("expected_first_name");
    String last = form.text("expected_last_name");
    if ((first != null && !contains(nameOnDocument, first)) || (last != null && !contains(nameOnDocument, last))) {
      warnings.add(warning("NAME_MISMATCH_WITH_PROVIDED", "error", "Name mismatch",
          "The name on the document does not match the expected name."));
    }
    String address = form.text("expected_address");
    if (address != null && !contains(address, "Tavella")) {
      warnings.add(warning("ADDRESS_MISMATCH_WITH_PROVIDED", "error", "Address mismatch",
          "The address on the document does not match the expected address."));
    }
    ObjectNode poa = Json.object();
    poa.put("status", warnings.isEmpty() ? "Approved" : "Declined");
    poa.put("issuing_state", "ARG");
    poa.put("document_type", "UTILITY_BILL");
    poa.put("document_subtype", "WATER_BILL");
    poa.put("document_language", "es");
    poa.put("issuer", "Aguas del Norte");
    poa.put("issue_date", "2026-04-10");
    poa.putNull("expiration_date");
    poa.put("poa_address", "AVDA. MONSEÑOR TAVELLA N° 1291, CAPITAL - SALTA");
    poa.put("poa_formatted_address", "Av. Monseñor Tavella 1291, A4400 Salta, Argentina");
    ObjectNode parsed = Json.object();
    parsed.put("street_1", "Avenida Monseñor Tavella 1291");
    parsed.put("city", "Salta");
    parsed.put("region", "Salta");
    parsed.put("country", "AR");
    parsed.put("postal_code", "A4400");
    parsed.set("document_location", Json.object().put("latitude", -24.8208682).put("longitude", -65.4130954));
    poa.set("poa_parsed_address", parsed);
    poa.put("name_on_document", nameOnDocument);
    poa.put("document_file", media("poa", DiditImages.sha256(document.bytes)));
    poa.set("warnings", warnings);
    return result(form, "poa", poa);
  }

  private FakeResponse passiveLiveness(DiditForm form) {
    MultipartForm.Part image = form.file("user_image", true, FIVE_MB, IMAGES);
    Double threshold = form.number("face_liveness_score_decline_threshold", 0, 100, false);
    if (form.hasErrors()) {
      return form.errors();
    }
    String hash = DiditImages.sha256(image.bytes);
    ObjectNode liveness = liveness(hash, threshold == null ? 30 : threshold, form.text("vendor_data"));
    ArrayNode warnings = (ArrayNode) liveness.get("warnings");
    liveness.put("status", declines(warnings) ? "Declined" : "Approved");
    liveness.put("face_quality", DiditImages.score(hash, "quality", 60, 95));
    liveness.put("face_luminance", DiditImages.score(hash, "luminance", 40, 70));
    String requestId = store.lists.newId();
    if (form.saves()) {
      store.lists.enroll(hash, requestId, form.text("vendor_data"));
    }
    return result(form, "liveness", liveness, requestId);
  }

  private FakeResponse ageEstimation(DiditForm form) {
    MultipartForm.Part image = form.file("user_image", true, FIVE_MB, IMAGES);
    Double livenessThreshold = form.number("face_liveness_score_decline_threshold", 0, 100, false);
    Double ageThreshold = form.number("age_estimation_decline_threshold", 0, 200, false);
    if (form.hasErrors()) {
      return form.errors();
    }
    String hash = DiditImages.sha256(image.bytes);
    ObjectNode liveness = liveness(hash, livenessThreshold == null ? 30 : livenessThreshold, null);
    double age = DiditImages.score(hash, "age", 16, 60);
    liveness.put("age_estimation", age);
    ArrayNode warnings = (ArrayNode) liveness.get("warnings");
    if (age < (ageThreshold == null ? 18 : ageThreshold)) {
      warnings.add(warning("AGE_BELOW_MINIMUM", "error", "Age below minimum",
          "The estimated age is below the configured minimum age."));
    }
    liveness.put("status", warnings.isEmpty() ? "Approved" : "Declined");
    return result(form, "liveness", liveness);
  }

  private FakeResponse faceMatch(DiditForm form) {
    MultipartForm.Part user = form.file("user_image", true, FIVE_MB, IMAGES);
    MultipartForm.Part ref = form.file("ref_image", true, FIVE_MB, IMAGES);
    Double threshold = form.number("face_match_score_decline_threshold", 0, 100, false);
    if (form.hasErrors()) {
      return form.errors();
    }
    String userHash = DiditImages.sha256(user.bytes);
    String refHash = DiditImages.sha256(ref.bytes);
    double score = userHash.equals(refHash) ? 98.62
        : DiditImages.score(userHash.compareTo(refHash) < 0 ? userHash + refHash : refHash + userHash, "match", 5, 95);
    ArrayNode warnings = Json.array();
    if (score <= (threshold == null ? 30 : threshold)) {
      warnings.add(warning("LOW_FACE_MATCH_SIMILARITY", "error", "Low face match similarity",
          "The facial features of the two images do not closely match."));
    }
    ObjectNode match = Json.object();
    match.put("status", warnings.isEmpty() ? "Approved" : "Declined");
    match.put("score", score);
    match.set("user_image", faces(userHash));
    match.set("ref_image", faces(refHash));
    match.set("warnings", warnings);
    return result(form, "face_match", match);
  }

  private FakeResponse faceSearch(DiditForm form) {
    MultipartForm.Part image = form.file("user_image", true, FIVE_MB, IMAGES);
    if (form.hasErrors()) {
      return form.errors();
    }
    String hash = DiditImages.sha256(image.bytes);
    ArrayNode matches = Json.array();
    boolean blocklisted = false;
    for (Map.Entry<StoredList, StoredListEntry> found : store.lists.faceEntries(hash)) {
      boolean blocklist = found.getKey().listType.equals("blocklist");
      blocklisted |= blocklist;
      ObjectNode m = Json.object();
      m.put("session_id", found.getValue().referenceSessionId);
      m.put("session_number", found.getValue().referenceSessionNumber);
      m.put("similarity_percentage", 99.12);
      m.putNull("vendor_data");
      m.put("verification_date", Json.isoSeconds(found.getValue().createdAt));
      m.set("user_details", Json.object());
      m.put("match_image_url", found.getValue().metadata.path("reference_image_url").asText(null));
      m.put("status", "Approved");
      m.put("is_blocklisted", blocklist);
      m.put("list_uuid", found.getKey().uuid);
      matches.add(m);
    }
    String vendorData = form.text("vendor_data");
    boolean duplicated = false;
    for (DiditLists.EnrolledFace face : store.lists.enrolled()) {
      if (face.hash.equals(hash) && (vendorData == null || !vendorData.equals(face.vendorData))) {
        duplicated = true;
        ObjectNode m = Json.object();
        m.put("session_id", face.sessionId);
        m.put("similarity_percentage", 99.12);
        m.put("vendor_data", face.vendorData);
        m.put("status", "Approved");
        m.put("is_blocklisted", false);
        m.put("match_image_url", media("face", hash));
        matches.add(m);
      }
    }
    ArrayNode warnings = Json.array();
    if (blocklisted) {
      warnings.add(warning("FACE_IN_BLOCKLIST", "error", "Face in blocklist",
          "The face matches a face on the application's face blocklist."));
    }
    if (duplicated) {
      warnings.add(warning("DUPLICATED_FACE", "information", "Duplicated face",
          "The face appeared in another approved session."));
    }
    ObjectNode search = Json.object();
    search.put("status", blocklisted ? "Declined" : "Approved");
    search.put("total_matches", matches.size());
    search.set("matches", matches);
    search.set("user_image", faces(hash));
    search.set("warnings", warnings);
    return result(form, "face_search", search);
  }

  /** A passive liveness report of an image, with the face blocklist and duplicate screening; status set later. */
  private ObjectNode liveness(String hash, double threshold, @Nullable String vendorData) {
    double score = DiditImages.score(hash, "liveness", 75, 99);
    ArrayNode warnings = Json.array();
    if (score <= threshold) {
      warnings.add(warning("LOW_LIVENESS_SCORE", "error", "Low liveness score",
          "The liveness score is at or below the decline threshold."));
    }
    for (Map.Entry<StoredList, StoredListEntry> found : store.lists.faceEntries(hash)) {
      if (found.getKey().listType.equals("blocklist")) {
        warnings.add(warning("FACE_IN_BLOCKLIST", "error", "Face in blocklist",
            "The face matches a face on the application's face blocklist."));
        break;
      }
    }
    if (vendorData != null) {
      for (DiditLists.EnrolledFace face : store.lists.enrolled()) {
        if (face.hash.equals(hash) && !vendorData.equals(face.vendorData)) {
          warnings.add(warning("DUPLICATED_FACE", "information", "Duplicated face",
              "The same face appeared in another approved session."));
          break;
        }
      }
    }
    ObjectNode liveness = Json.object();
    liveness.put("method", "PASSIVE");
    liveness.put("score", score);
    liveness.set("user_image", faces(hash));
    liveness.set("warnings", warnings);
    return liveness;
  }

  private boolean onBlocklist(String entryType, String value) {
    for (StoredList l : store.lists.all()) {
      if (l.listType.equals("blocklist") && l.entryType.equals(entryType)) {
        for (StoredListEntry e : l.entries.values()) {
          if (e.value.equals(value)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Only {@code error} warnings decline a liveness check; {@code information} ones (duplicates) never do. */
  private static boolean declines(ArrayNode warnings) {
    for (com.fasterxml.jackson.databind.JsonNode w : warnings) {
      if ("error".equals(w.path("log_type").asText())) {
        return true;
      }
    }
    return false;
  }

  private static ObjectNode faces(String hash) {
    ObjectNode face = Json.object();
    face.set("bbox", Json.array().add(156).add(234).add(679).add(898));
    face.put("confidence", DiditImages.score(hash, "confidence", 0.7, 0.99));
    face.put("age", DiditImages.score(hash, "age", 16, 60));
    face.put("gender", DiditImages.score(hash, "gender", 0, 1) < 0.5 ? "female" : "male");
    ObjectNode image = Json.object();
    image.set("entities", Json.array().add(face));
    image.put("best_angle", 0);
    return image;
  }

  private static ObjectNode warning(String risk, String logType, String shortDescription, String longDescription) {
    ObjectNode w = Json.object();
    w.put("risk", risk);
    w.putNull("additional_data");
    w.put("log_type", logType);
    w.put("short_description", shortDescription);
    w.put("long_description", longDescription);
    return w;
  }

  private static String media(String kind, String hash) {
    return "https://media.didit.me/" + kind + "/" + hash.substring(0, 16) + ".jpg?X-Amz-Expires=3600";
  }

  private static boolean contains(String text, String part) {
    return text.toLowerCase(java.util.Locale.ROOT).contains(part.trim().toLowerCase(java.util.Locale.ROOT));
  }

  private FakeResponse result(DiditForm form, String key, ObjectNode report) {
    return result(form, key, report, store.lists.newId());
  }

  private FakeResponse result(DiditForm form, String key, ObjectNode report, String requestId) {
    ObjectNode o = Json.object();
    o.put("request_id", requestId);
    o.set(key, report);
    o.put("vendor_data", form.text("vendor_data"));
    o.putNull("metadata");
    o.put("created_at", Json.isoMillis(store.clock.instant()));
    return FakeResponse.json(200, o);
  }
}
