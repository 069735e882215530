package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;

/**
 * The HMAC-SHA256 values {@code DiditWebhooks} compares with a delivery's signature headers, keyed with the
 * destination's secret. One implementation per source of the canonical JSON: {@link PendingWebhookMacs} until the
 * canonicalizer of {@code dev.onboardkit.didit.internal.webhook} is wired in. Its methods are those of that package's
 * {@code DiditSignatures} ({@code v2}, {@code raw}, {@code simple}), so an adapter over it is one line each. Internal.
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
   * Computes the {@code X-Signature-Simple} MAC over {@code "{timestamp}:{session_id}:{status}:{webhook_type}"}, each
   * part taken from the body (null parts are empty).
   *
   * @param timestamp the body's {@code timestamp} in decimal, or null
   * @param sessionId the body's {@code session_id}, or null
   * @param status the body's {@code status}, or null
   * @param webhookType the body's {@code webhook_type}, or null
   * @return the 32-byte MAC
   */
  byte[] simple(@Nullable String timestamp, @Nullable String sessionId, @Nullable String status,
      @Nullable String webhookType);
}
