package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.internal.webhook.HmacSignatures;
import java.nio.charset.StandardCharsets;

/**
 * {@link WebhookMacs} without the canonical JSON: {@code X-Signature} and {@code X-Signature-Simple} are computed, and
 * {@code X-Signature-V2} is not available yet. PLACEHOLDER: replaced by an adapter over
 * {@code dev.onboardkit.didit.internal.webhook.DiditSignatures} (branch i15w) when that branch merges; until then
 * {@code DiditWebhooks} verifies deliveries by their {@code X-Signature}. Internal.
 */
public final class PendingWebhookMacs implements WebhookMacs {
  private final byte[] key;

  /**
   * Creates the MACs for a destination's secret.
   *
   * @param secret the destination's {@code secret_shared_key}
   */
  public PendingWebhookMacs(Secret secret) {
    this.key = secret.reveal().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean supportsV2() {
    return false;
  }

  @Override
  public byte @Nullable [] v2(byte[] rawBody) {
    throw new UnsupportedOperationException(
        "X-Signature-V2 needs the canonical JSON of dev.onboardkit.didit.internal.webhook; enabled when i15w merges");
  }

  @Override
  public byte[] raw(byte[] rawBody) {
    return HmacSignatures.hmacSha256(key, rawBody);
  }

  @Override
  public byte[] simple(@Nullable String timestamp, @Nullable String sessionId, @Nullable String status,
      @Nullable String webhookType) {
    String message = orEmpty(timestamp) + ':' + orEmpty(sessionId) + ':' + orEmpty(status) + ':' + orEmpty(webhookType);
    return HmacSignatures.hmacSha256(key, message.getBytes(StandardCharsets.UTF_8));
  }

  private static String orEmpty(@Nullable String part) {
    return part == null ? "" : part;
  }

  @Override
  public String toString() {
    return "PendingWebhookMacs{key=****}";
  }
}
