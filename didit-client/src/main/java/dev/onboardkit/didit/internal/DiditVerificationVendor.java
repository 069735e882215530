package dev.onboardkit.didit.internal;

import dev.onboardkit.core.internal.VendorProfile;
import dev.onboardkit.core.internal.log.SecretPattern;
import dev.onboardkit.didit.DiditVerificationErrorClassifier;
import dev.onboardkit.didit.DiditVerificationErrorCode;

/**
 * What sdk-core needs to know about Didit's Verification API. Its error bodies are the same Django REST framework
 * shapes as the Auth API's, so it shares {@link DiditErrorShape}; its classifier is its own, and a 403 that refuses
 * the API key is an authentication failure.
 *
 * <p>Secrets: Didit's API keys are random URL-safe strings with no prefix to recognise in free text, so they are
 * masked by name (the {@code x-api-key} header, {@code api_key} members) and by value (the key a request sent is
 * scrubbed from error messages). A session's verification URL ends in its session token, which lets its holder act
 * in the flow: the token is masked wherever the URL appears in free text ({@link #SESSION_URL}); so is a top-up's
 * Stripe checkout link ({@link #CHECKOUT_URL}).
 */
public final class DiditVerificationVendor {
  /** The session token at the end of a hosted verification URL, {@code https://verify.didit.me/session/{token}}. */
  static final SecretPattern SESSION_URL =
      SecretPattern.of("verify.didit.me/session/", "(verify\\.didit\\.me/session/)[A-Za-z0-9_\\-]+");

  /**
   * The payment page a top-up returns, {@code https://checkout.stripe.com/c/pay/{session}#{key}}: single-use, and it
   * works on its own, so everything after {@code /c/pay/} is masked.
   */
  static final SecretPattern CHECKOUT_URL =
      SecretPattern.of("checkout.stripe.com/", "(checkout\\.stripe\\.com/c/pay/)[^\\s\"'<>]+");

  /** The verification API's classifier, error envelope and authentication rule, for {@code ClientRuntime.create}. */
  public static final VendorProfile PROFILE =
      VendorProfile.of(DiditVerificationErrorClassifier.INSTANCE, DiditErrorShape.INSTANCE, SESSION_URL,
          CHECKOUT_URL)
          .withAuthenticationFailures((status, body) ->
              DiditVerificationErrorClassifier.INSTANCE.classify(status, body)
                  == DiditVerificationErrorCode.API_KEY_REJECTED);

  private DiditVerificationVendor() {}
}
