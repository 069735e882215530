package dev.onboardkit.didit.internal;

import dev.onboardkit.core.internal.VendorProfile;
import dev.onboardkit.didit.DiditErrorClassifier;

/**
 * What sdk-core needs to know about Didit's API. It adds no secret format: Didit's secrets are bearer tokens, JWTs
 * and JSON members such as {@code password} or {@code code}, which the built-in redaction rules already mask.
 */
public final class DiditVendor {
  /** Didit's error classifier and error envelope, for {@code ClientRuntime.create}. */
  public static final VendorProfile PROFILE = VendorProfile.of(DiditErrorClassifier.INSTANCE, DiditErrorShape.INSTANCE);

  private DiditVendor() {}
}
