package dev.onboardkit.core.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardkit.core.error.ErrorClassifier;
import dev.onboardkit.core.internal.VendorProfile;
import dev.onboardkit.core.internal.error.ErrorBodyParts;
import dev.onboardkit.core.internal.error.ErrorShape;

/**
 * The vendor of core's tests: no error codes, and a minimal error envelope {@code {"detail": "...", "wait": 30}}
 * (summary and wait in seconds), so that core's tests can exercise messages and body waits without a real vendor.
 */
public final class TestVendor {
  /** Reads {@code detail} as the summary and {@code wait} as the requested wait. */
  public static final ErrorShape SHAPE = TestVendor::read;

  /** The profile {@link TestRuntime} uses. */
  public static final VendorProfile PROFILE = VendorProfile.of(ErrorClassifier.NONE, SHAPE);

  private TestVendor() {}

  private static void read(JsonNode object, ErrorBodyParts parts) {
    parts.summary(ErrorBodyParts.text(object.get("detail"))).retryAfter(ErrorBodyParts.seconds(object.get("wait")));
  }
}
