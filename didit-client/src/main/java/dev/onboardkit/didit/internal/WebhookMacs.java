package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;

/**
 * The HMAC-SHA256 values {@code DiditWebhooks} compares with a delivery's signature headers, keyed with the
 * destination's secret. One implementation per source of the canonical JSON: {@link PendingWebhookMacs} until the
 * canonicalizer of {@code dev.onboardkit.didit.internal.webhook} is wired in. Internal.
 */
public interface WebhookMacs {
  /**
   * Returns whether {@link #v2} can be computed.
   *
   * @return true once the canonical JSON is available
   */
  boolean supportsV2();

  /**
   * Computes the {@code X-Signature-V2} MAC: over the canonical JSON of the body.
   *
   * @param rawBody the body exactly as received
   * @return the 32-byte MAC, or null when the body cannot be canonicalized (so the server cannot have signed it)
   * @throws UnsupportedOperationException if {@link #supportsV2()} is false
   */
  byte @Nullable [] v2(byte[] rawBody);

  /**
   * Computes the {@code X-Signature} MAC: over the raw body.
   *
   * @param rawBody the body exactly as received
   * @return the 32-byte MAC
   */
  byte[] raw(byte[] rawBody);

  /**
   * Computes the {@code X-Signature-Simple} MAC over {@code "{timestamp}:{session_id}:{status}:{webhook_type}"}.
   *
   * @param message that message
   * @return the 32-byte MAC
   */
  byte[] simple(String message);
}
