package dev.onboardkit.testkit.didit;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.WebhookDelivery;
import java.time.Instant;

/** One webhook delivery the fake made: the signed request, where it went and what the endpoint answered. */
final class StoredDelivery {
  final String uuid;
  final @Nullable String sessionId;
  final @Nullable String destinationUuid;
  /** The URL it was posted to, or null when it went to listeners only. */
  final @Nullable String url;
  final Instant createdAt;
  final WebhookDelivery request;
  /** The endpoint's status, or 0 when nothing was posted (listeners only) or the post failed. */
  volatile int responseStatus;

  StoredDelivery(String uuid, @Nullable String sessionId, @Nullable String destinationUuid, @Nullable String url,
      Instant createdAt, WebhookDelivery request) {
    this.uuid = uuid;
    this.sessionId = sessionId;
    this.destinationUuid = destinationUuid;
    this.url = url;
    this.createdAt = createdAt;
    this.request = request;
  }
}
