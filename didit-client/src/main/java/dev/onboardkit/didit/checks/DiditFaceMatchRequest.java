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
 * The request of face match ({@code POST /face-match/}): two face images (JPEG, PNG, WebP or TIFF, at most 5 MB
 * each) compared 1:1. The score is symmetric, so their order does not change it.
 *
 * <pre>{@code
 * DiditFaceMatchRequest request = DiditFaceMatchRequest.builder()
 *     .userImage(FileUpload.of(Path.of("selfie.jpg")))         // required
 *     .refImage(FileUpload.of(portraitBytes, "portrait.jpg", "image/jpeg"))  // required
 *     .build();
 * }</pre>
 *
 * <p>Files are checked when the request is built (see {@link FileUpload}): a missing required file, a path that
 * cannot be read, an empty file, or one over its limit is reported with every other problem in one {@link
 * dev.onboardkit.core.error.InvalidRequestException}. Text fields are sent as multipart form fields; booleans and
 * numbers as their text.
 */
public final class DiditFaceMatchRequest {
  private static final UploadSpec SPEC = UploadSpecs.FACE_MATCH;

  private final Map<String, FileUpload> files;
  private final Map<String, Object> fields;

  private DiditFaceMatchRequest(Map<String, FileUpload> files, Map<String, Object> fields) {
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
    return o instanceof DiditFaceMatchRequest && files.equals(((DiditFaceMatchRequest) o).files)
        && fields.equals(((DiditFaceMatchRequest) o).fields);
  }

  @Override
  public int hashCode() {
    return 31 * files.hashCode() + fields.hashCode();
  }

  /** Returns the files (by name, media type and size; never their content) and the fields set. */
  @Override
  public String toString() {
    return UploadSpec.describe("DiditFaceMatchRequest", files, fields);
  }

  /**
   * Builds {@link DiditFaceMatchRequest}. Setters accept null, which leaves a part or field unset (not sent);
   * {@link #build()} reports every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final Map<String, FileUpload> files = new LinkedHashMap<>();
    private final WireFields f = new WireFields();
    private boolean unnamedOption;

    Builder() {}

    /**
     * Sets the face to verify (required), such as a selfie.
     *
     * @param userImage the file; null to leave it unset
     * @return this builder
     */
    public Builder userImage(@Nullable FileUpload userImage) {
      files.put("user_image", userImage);
      return this;
    }

    /**
     * Sets the reference face (required), such as the portrait of an ID document.
     *
     * @param refImage the file; null to leave it unset
     * @return this builder
     */
    public Builder refImage(@Nullable FileUpload refImage) {
      files.put("ref_image", refImage);
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
     * Sets the similarity score (0 to 100) at or below which the match is declined (Didit's default: 30).
     *
     * @param faceMatchScoreDeclineThreshold the value; null to leave it unset
     * @return this builder
     */
    public Builder faceMatchScoreDeclineThreshold(@Nullable Double faceMatchScoreDeclineThreshold) {
      f.set("face_match_score_decline_threshold", "faceMatchScoreDeclineThreshold", faceMatchScoreDeclineThreshold);
      return this;
    }

    /**
     * Sets whether Didit tries 90-degree rotations of the images to find an upright face (its default: false).
     *
     * @param rotateImage the value; null to leave it unset
     * @return this builder
     */
    public Builder rotateImage(@Nullable Boolean rotateImage) {
      f.set("rotate_image", "rotateImage", rotateImage);
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
    public DiditFaceMatchRequest build() {
      Problems problems = new Problems();
      SPEC.check(problems, files);
      f.check(problems);
      if (unnamedOption) {
        problems.add("option", "needs a field name");
      }
      Object faceMatchScoreDeclineThreshold = f.get("face_match_score_decline_threshold");
      if (faceMatchScoreDeclineThreshold instanceof Number && (((Number) faceMatchScoreDeclineThreshold).doubleValue() < 0 || ((Number) faceMatchScoreDeclineThreshold).doubleValue() > 100)) {
        problems.add("faceMatchScoreDeclineThreshold", "must be between 0 and 100");
      }
      problems.throwIfAny();
      return new DiditFaceMatchRequest(SPEC.snapshot(files), f.snapshot());
    }
  }
}
