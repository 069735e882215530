package dev.onboardkit.didit.customization;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.FileUpload;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.UploadSpec;
import dev.onboardkit.didit.internal.UploadSpecs;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The multipart body of {@code PATCH /customization/} that sets the branding's logos: a square logo (1:1, at most
 * 1 MB), a rectangular logo (2:1, at most 1 MB) and a favicon (at most 500 KB), each PNG, JPEG or WebP. At least one
 * is required; the others are left as they are. To remove a logo, use {@link DiditCustomizationUpdate}'s
 * {@code delete*} flags.
 *
 * <pre>{@code
 * DiditBrandingImages images = DiditBrandingImages.builder()
 *     .imageSquare(FileUpload.of(Path.of("logo-square.png")))
 *     .imageFavicon(FileUpload.of(Path.of("favicon.png")))
 *     .build();
 * }</pre>
 *
 * <p>Files are checked when the request is built (see {@link FileUpload}): a path that cannot be read, an empty file
 * or one over its limit is reported with every other problem in one
 * {@link dev.onboardkit.core.error.InvalidRequestException}.
 */
public final class DiditBrandingImages {
  private static final UploadSpec SPEC = UploadSpecs.BRANDING_IMAGES;

  private final Map<String, FileUpload> files;

  private DiditBrandingImages(Map<String, FileUpload> files) {
    this.files = files;
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
   * Returns the images that will be sent, keyed by part name ({@code image_square}, {@code image_rectangular},
   * {@code image_favicon}).
   *
   * @return the images; unmodifiable
   */
  public Map<String, FileUpload> files() {
    return files;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditBrandingImages && files.equals(((DiditBrandingImages) o).files);
  }

  @Override
  public int hashCode() {
    return files.hashCode();
  }

  /** Returns the images by name, media type and size; never their content. */
  @Override
  public String toString() {
    return UploadSpec.describe("DiditBrandingImages", files, Map.of());
  }

  /**
   * Builds {@link DiditBrandingImages}. Setters accept null, which leaves an image unset (not sent);
   * {@link #build()} reports every problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final Map<String, FileUpload> files = new LinkedHashMap<>();

    Builder() {}

    /**
     * Sets the square logo: 1:1, at most 1 MB.
     *
     * @param imageSquare the file; null to leave it unset
     * @return this builder
     */
    public Builder imageSquare(@Nullable FileUpload imageSquare) {
      files.put("image_square", imageSquare);
      return this;
    }

    /**
     * Sets the rectangular logo: 2:1, at most 1 MB.
     *
     * @param imageRectangular the file; null to leave it unset
     * @return this builder
     */
    public Builder imageRectangular(@Nullable FileUpload imageRectangular) {
      files.put("image_rectangular", imageRectangular);
      return this;
    }

    /**
     * Sets the favicon: at most 500 KB.
     *
     * @param imageFavicon the file; null to leave it unset
     * @return this builder
     */
    public Builder imageFavicon(@Nullable FileUpload imageFavicon) {
      files.put("image_favicon", imageFavicon);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found, or when no image is set
     */
    public DiditBrandingImages build() {
      Problems problems = new Problems();
      Map<String, FileUpload> set = SPEC.snapshot(files);
      if (set.isEmpty()) {
        problems.add("imageSquare", "or imageRectangular or imageFavicon is required: set at least one image");
      }
      SPEC.check(problems, files);
      problems.throwIfAny();
      return new DiditBrandingImages(set);
    }
  }
}
