package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.didit.customization.DiditBrandingImages;
import dev.onboardkit.didit.customization.DiditCustomization;
import dev.onboardkit.didit.customization.DiditCustomizationUpdate;
import java.util.Map;

/**
 * The white-label branding of the verification flow, for the application of the API key. Obtain it with
 * {@code client.customization()}. Thread-safe.
 */
@ServiceSpec(api = "dev.onboardkit.didit.customization", name = "DiditCustomizationService",
    operations = "didit.customization")
public final class CustomizationEndpoints {
  private static final String PATH = "/customization/";
  private static final ResponseDecoder<DiditCustomization> CUSTOMIZATION =
      ResponseDecoder.json(DiditCustomization.class);

  /** Creates the definitions. */
  public CustomizationEndpoints() {}

  /**
   * Gets the branding ({@code GET /customization/}): colors, font, radii, logo URLs and options.
   *
   * @return the branding
   */
  @Endpoint
  ApiOperation<DiditCustomization> retrieve() {
    return ApiOperation.builder(HttpMethod.GET, CUSTOMIZATION).constantPath(PATH).build();
  }

  /**
   * Changes colors, font, radii or options ({@code PATCH /customization/} with JSON); only the members set change.
   * Retried like a read: setting the same values twice leaves the same branding.
   *
   * @param update the changes
   * @return the branding after the change
   */
  @Endpoint
  ApiOperation<DiditCustomization> update(@Nullable DiditCustomizationUpdate update) {
    ApiOperation.Builder<DiditCustomization> b = ApiOperation.builder(HttpMethod.PATCH, CUSTOMIZATION)
        .constantPath(PATH)
        .idempotency(Idempotency.IDEMPOTENT)
        .body(update);
    b.problems().requireNonNull("update", update);
    return b.build();
  }

  /**
   * Uploads logos ({@code PATCH /customization/} with a multipart form of {@code image_square},
   * {@code image_rectangular} and {@code image_favicon}); the logos not given stay as they are. Retried like a read
   * (the same logo set twice is one logo), except that an image given as an {@code InputStream} is sent at most once.
   *
   * @param images the logos to set
   * @return the branding with the new logo URLs
   */
  @Endpoint
  ApiOperation<DiditCustomization> updateImages(@Nullable DiditBrandingImages images) {
    ApiOperation.Builder<DiditCustomization> b = ApiOperation.builder(HttpMethod.PATCH, CUSTOMIZATION)
        .constantPath(PATH)
        .idempotency(Idempotency.IDEMPOTENT);
    if (b.problems().requireNonNull("images", images)) {
      b.upload(UploadSpecs.BRANDING_IMAGES.multipart(images.files(), Map.of()));
    }
    return b.build();
  }
}
