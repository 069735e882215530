package dev.onboardkit.klara.internal;

import dev.onboardkit.core.internal.VendorProfile;
import dev.onboardkit.core.internal.log.SecretPattern;
import dev.onboardkit.klara.KlaraApiKey;
import dev.onboardkit.klara.KlaraErrorClassifier;

/** What sdk-core needs to know about Klara's API. */
public final class KlaraVendor {
  /**
   * The secret half of an API key in free text, {@code klara_{client_id}.{secret}}: the client id stays visible, so a
   * masked key can still be told apart from another.
   */
  static final SecretPattern API_KEY =
      SecretPattern.of(KlaraApiKey.PREFIX, "(" + KlaraApiKey.PREFIX + "[A-Za-z0-9]+\\.)[A-Za-z0-9_\\-]+");

  /** Klara's error classifier, error envelope and API key format, for {@code ClientRuntime.create}. */
  public static final VendorProfile PROFILE =
      VendorProfile.of(KlaraErrorClassifier.INSTANCE, KlaraErrorShape.INSTANCE, API_KEY);

  private KlaraVendor() {}
}
