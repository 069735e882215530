package dev.onboardkit.didit.internal;

import dev.onboardkit.core.SdkDefaults;

/**
 * The Verification API's upload limits and the file parts of each endpoint that takes files, from Didit's API
 * reference. Internal.
 */
public final class UploadSpecs {
  /**
   * Face and identity-document images: 5 MB per file ("larger files are rejected with 400"), taken as 5 MiB so that
   * no file Didit accepts is refused.
   */
  public static final long IMAGE_BYTES = SdkDefaults.Limits.MAX_UPLOAD_BYTES;
  /** A proof-of-address document (image or PDF): 15 MB, taken as 15 MiB. */
  public static final long POA_DOCUMENT_BYTES = 15L * 1024 * 1024;
  /** A square or rectangular logo: 1 MB, taken as 1 MiB. */
  public static final long LOGO_BYTES = 1024L * 1024;
  /** A favicon: 500 KB, taken as 500 KiB. */
  public static final long FAVICON_BYTES = 500L * 1024;

  /** {@code POST /id-verification/}. */
  public static final UploadSpec ID_VERIFICATION = UploadSpec.form()
      .file("front_image", "frontImage", IMAGE_BYTES, true)
      .file("back_image", "backImage", IMAGE_BYTES, false);
  /** {@code POST /poa/}. */
  public static final UploadSpec POA = UploadSpec.form().file("document", "document", POA_DOCUMENT_BYTES, true);
  /** {@code POST /passive-liveness/}, {@code /face-search/} and {@code /age-estimation/}: one face image. */
  public static final UploadSpec USER_IMAGE = UploadSpec.form().file("user_image", "userImage", IMAGE_BYTES, true);
  /** {@code POST /face-match/}. */
  public static final UploadSpec FACE_MATCH = UploadSpec.form()
      .file("user_image", "userImage", IMAGE_BYTES, true)
      .file("ref_image", "refImage", IMAGE_BYTES, true);
  /** {@code PATCH /customization/} with logos. */
  public static final UploadSpec BRANDING_IMAGES = UploadSpec.form()
      .file("image_square", "imageSquare", LOGO_BYTES, false)
      .file("image_rectangular", "imageRectangular", LOGO_BYTES, false)
      .file("image_favicon", "imageFavicon", FAVICON_BYTES, false);
  /**
   * {@code POST /lists/{uuid}/entries/face-upload/}: a JSON body with the image as base64. Didit names no limit;
   * the SDK applies its image limit.
   */
  public static final UploadSpec FACE_ENTRY = UploadSpec.form().file("image", "image", IMAGE_BYTES, true);

  private UploadSpecs() {}
}
