package dev.onboardkit.didit.webhooks;

/** Reaches the package-private event builder for tests. */
public final class DiditWebhookEventAccess {
  /** @return an event with an id only */
  public DiditWebhookEvent event() {
    return ImmutableDiditWebhookEvent.builder().eventId("e1").build();
  }
}
