package dev.onboardkit.didit.checks;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.UploadSpec;
import dev.onboardkit.didit.internal.UploadSpecs;
import dev.onboardkit.didit.internal.WireFields;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request of ID verification ({@code POST /id-verification/}): the front of an identity document, the back for
 * two-sided documents, and options. Images: JPEG, PNG, WebP, TIFF or PDF, at most 5 MB each; Didit recommends more
 * than 250 KB and under 1 MB, uncropped with all four corners visible.
 *
 * <pre>{@code
 * DiditIdVerificationRequest request = DiditIdVerificationRequest.builder()
 *     .frontImage(FileUpload.of(Path.of("id-front.jpg")))       // required
 *     .backImage(FileUpload.of(Path.of("id-back.jpg")))
 *     .vendorData("user-42")
 *     .build();
 * }</pre>
 *
 * <p>Files are checked when the request is built (see {@link FileUpload}): a missing required file, a path that
 * cannot be read, an empty file, or one over its limit is reported with every other problem in one {@link
 * dev.onboardkit.core.error.InvalidRequestException}. Text fields are sent as multipart form fields; booleans and
 * numbers as their text.
 */
public final class DiditIdVerificationRequest {
  private static final UploadSpec SPEC = UploadSpecs.ID_VERIFICATION;

  private final Map<String, FileUpload> files;
  private final Map<String, Object> fields;

  private DiditIdVerificationRequest(Map<String, FileUpload> files, Map<String, Object> fields) {
    this.files = files;
    this.fields = fields;
  }

  /**
   * Starts a builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the files that will be sent, keyed by part name in the form's order.
   *
   * @return the files; unmodifiable
   */
  public Map<String, FileUpload> files() {
    return files;
  }

  /**
   * Returns the text fields that will be sent, keyed by wire name in the order they were set.
   *
   * @return the fields; unmodifiable
   */
  public Map<String, Object> fields() {
    return fields;
  }

  /**
   * Returns whether a part or field is sent.
   *
   * @param wireName the part or field name, such as {@code "vendor_data"}
   * @return true if it is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && (files.containsKey(wireName) || fields.containsKey(wireName));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditIdVerificationRequest && files.equals(((DiditIdVerificationRequest) o).files)
        && fields.equals(((DiditIdVerificationRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return 31 * files.hashCode() + fields.hashCode();
  }

  /** Returns the files (by name, media type and size; never their content) and the fields set. */
  @Override
  public String toString() {
    return UploadSpec.describe("DiditIdVerificationRequest", files, fields);
  }

  /**
   * Builds {@link DiditIdVerificationRequest}. Setters accept null, which leaves a part or field unset (not sent);
   * {@link #build()} reports every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final Map<String, FileUpload> files = new LinkedHashMap<>();
    private final WireFields f = new WireFields();
    private boolean unnamedOption;

    Builder() {}

    /**
     * Sets the front of the document (required).
     *
     * @param frontImage the file; null to leave it unset
     * @return this builder
     */
    public Builder frontImage(@Nullable FileUpload frontImage) {
      files.put("front_image", frontImage);
      return this;
    }

    /**
     * Sets the back of the document, for two-sided documents such as ID cards.
     *
     * @param backImage the file; null to leave it unset
     * @return this builder
     */
    public Builder backImage(@Nullable FileUpload backImage) {
      files.put("back_image", backImage);
      return this;
    }

    /**
     * Sets your identifier for the user (such as a UUID or an email), linking the result to them.
     *
     * @param vendorData the value; null to leave it unset
     * @return this builder
     */
    public Builder vendorData(@Nullable String vendorData) {
      f.set("vendor_data", "vendorData", vendorData);
      return this;
    }

    /**
     * Sets whether Didit checks that the document was not a screen capture, a printed copy or had its portrait
     * replaced.
     *
     * @param performDocumentLiveness the value; null to leave it unset
     * @return this builder
     */
    public Builder performDocumentLiveness(@Nullable Boolean performDocumentLiveness) {
      f.set("perform_document_liveness", "performDocumentLiveness", performDocumentLiveness);
      return this;
    }

    /**
     * Sets the minimum age: a holder younger is declined. Didit accepts 1 to 120.
     *
     * @param minimumAge the value; null to leave it unset
     * @return this builder
     */
    public Builder minimumAge(@Nullable Integer minimumAge) {
      f.set("minimum_age", "minimumAge", minimumAge);
      return this;
    }

    /**
     * Sets the script Didit prefers when reading the document: {@code latin} or {@code non_latin}.
     *
     * @param preferredCharacters the value; null to leave it unset
     * @return this builder
     */
    public Builder preferredCharacters(@Nullable String preferredCharacters) {
      f.set("preferred_characters", "preferredCharacters", preferredCharacters);
      return this;
    }

    /**
     * Sets whether Didit keeps the call as a session in the Business Console (its default: true); with false
     * nothing is stored and the request id cannot be looked up later.
     *
     * @param saveApiRequest the value; null to leave it unset
     * @return this builder
     */
    public Builder saveApiRequest(@Nullable Boolean saveApiRequest) {
      f.set("save_api_request", "saveApiRequest", saveApiRequest);
      return this;
    }

    /**
     * Sets a form field this SDK does not name (Didit adds options over time); sent as its text.
     *
     * @param wireName the field name, such as {@code "rotate_image"}
     * @param value the value; null to remove the field
     * @return this builder
     */
    public Builder option(@Nullable String wireName, @Nullable Object value) {
      if (wireName == null || wireName.isBlank()) {
        unnamedOption = true;
      } else {
        f.set(wireName, "option(" + wireName + ")", value);
      }
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditIdVerificationRequest build() {
      Problems problems = new Problems();
      SPEC.check(problems, files);
      f.check(problems);
      if (unnamedOption) {
        problems.add("option", "needs a field name");
      }
      Object minimumAge = f.get("minimum_age");
      if (minimumAge instanceof Number && (((Number) minimumAge).doubleValue() < 1 || ((Number) minimumAge).doubleValue() > 120)) {
        problems.add("minimumAge", "must be between 1 and 120");
      }
      String script = f.text("preferred_characters");
      if (script != null && !script.equals("latin") && !script.equals("non_latin")) {
        problems.add("preferredCharacters", "must be latin or non_latin");
      }
      problems.throwIfAny();
      return new DiditIdVerificationRequest(SPEC.snapshot(files), f.snapshot());
    }
  }
}
