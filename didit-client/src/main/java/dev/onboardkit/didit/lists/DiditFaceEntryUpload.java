package dev.onboardkit.didit.lists;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.UploadSpec;
import dev.onboardkit.didit.internal.UploadSpecs;
import dev.onboardkit.didit.internal.WireFields;
import java.util.Map;

/**
 * The body of {@code POST /lists/{uuid}/entries/face-upload/}: a face image to add to a face list without a session.
 * Didit detects the face, stores its biometric template, and declines future sessions that match it (on a
 * blocklist). Only lists whose entry type is {@code face} take it. To blocklist the face of an existing session, create
 * an entry with its {@code referenceSessionId} instead.
 *
 * <pre>{@code
 * DiditFaceEntryUpload upload = DiditFaceEntryUpload.builder()
 *     .image(FileUpload.of(Path.of("fraudster.jpg")))          // required: JPEG, PNG or WebP
 *     .comment("Known fraudster")
 *     .build();
 * }</pre>
 *
 * <p>Didit takes the image as base64 text in a JSON body ({@code {"image": "...", "comment": "..."}}); the SDK
 * encodes the file while sending it, a few kilobytes at a time, so it is never held whole in memory. Didit names no
 * size limit for it; the SDK applies its image limit,
 * {@link dev.onboardkit.core.SdkDefaults.Limits#MAX_UPLOAD_BYTES}. The file is checked when the request is built (see
 * {@link FileUpload}).
 */
public final class DiditFaceEntryUpload {
  private static final UploadSpec SPEC = UploadSpecs.FACE_ENTRY;

  private final FileUpload image;
  private final Map<String, Object> fields;

  private DiditFaceEntryUpload(FileUpload image, Map<String, Object> fields) {
    this.image = image;
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
   * Returns the face image, sent as the base64 {@code image} member.
   *
   * @return the image
   */
  public FileUpload image() {
    return image;
  }

  /**
   * Returns the other JSON members that will be sent, keyed by wire name in the order they were set.
   *
   * @return the members; unmodifiable
   */
  public Map<String, Object> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditFaceEntryUpload && image.equals(((DiditFaceEntryUpload) o).image)
        && fields.equals(((DiditFaceEntryUpload) o).fields);
  }

  @Override
  public int hashCode() {
    return 31 * image.hashCode() + fields.hashCode();
  }

  /** Returns the image (by name, media type and size; never its content) and the members set. */
  @Override
  public String toString() {
    return UploadSpec.describe("DiditFaceEntryUpload", Map.of("image", image), fields);
  }

  /**
   * Builds {@link DiditFaceEntryUpload}. Setters accept null, which leaves a member unset (not sent);
   * {@link #build()} reports every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();
    private FileUpload image;

    Builder() {}

    /**
     * Sets the face image (required): JPEG, PNG or WebP, one clearly visible face.
     *
     * @param image the file; null to leave it unset
     * @return this builder
     */
    public Builder image(@Nullable FileUpload image) {
      this.image = image;
      return this;
    }

    /**
     * Sets the human-readable label shown in the console.
     *
     * @param displayLabel the value; null to leave it unset
     * @return this builder
     */
    public Builder displayLabel(@Nullable String displayLabel) {
      f.set("display_label", "displayLabel", displayLabel);
      return this;
    }

    /**
     * Sets the reason for adding the face.
     *
     * @param comment the value; null to leave it unset
     * @return this builder
     */
    public Builder comment(@Nullable String comment) {
      f.set("comment", "comment", comment);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditFaceEntryUpload build() {
      Problems problems = new Problems();
      SPEC.check(problems, image == null ? Map.of() : Map.of("image", image));
      f.check(problems);
      problems.throwIfAny();
      return new DiditFaceEntryUpload(image, f.snapshot());
    }
  }
}
