package dev.onboardkit.core.webhook;

import dev.onboardkit.core.error.OnboardKitException;

/**
 * A webhook delivery failed verification. {@link #reason()} says which check failed; answer the delivery with 401 and
 * do not act on it.
 */
public class WebhookVerificationException extends OnboardKitException {
  private static final long serialVersionUID = 1L;

  /** Which check failed. */
  public enum Reason {
    /** The signature header is absent or empty. */
    MISSING_SIGNATURE,
    /** The signature header does not have the documented format. */
    MALFORMED_SIGNATURE,
    /** The signature does not match the body: wrong secret, or the body was altered. */
    SIGNATURE_MISMATCH,
    /**
     * The body was altered after it was signed: the full-body signature does not match, but a signature over a part of
     * the message does (so the secret is right). Sent by verifiers whose vendor signs a delivery more than one way.
     */
    BODY_ALTERED,
    /** The timestamp header is absent or empty. */
    MISSING_TIMESTAMP,
    /** The timestamp header is not a number of seconds. */
    MALFORMED_TIMESTAMP,
    /** The timestamp is further from now than the tolerance: a stale or replayed delivery. */
    TIMESTAMP_OUTSIDE_TOLERANCE,
    /** The signature is valid but the body is not the documented event JSON. */
    MALFORMED_PAYLOAD,
    /** The body is longer than the verifier accepts; it was neither verified nor parsed. */
    BODY_TOO_LARGE
  }

  /** Which check failed. */
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason which check failed
   * @param message a description without secrets
   */
  public WebhookVerificationException(Reason reason, String message) {
    super(message, null);
    this.reason = reason;
  }

  /**
   * Returns which check failed.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
