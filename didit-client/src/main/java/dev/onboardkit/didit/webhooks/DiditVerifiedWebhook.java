package dev.onboardkit.didit.webhooks;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Arguments;

/**
 * A webhook delivery whose signature checked out: the parsed event, and which signature header proved it.
 *
 * <pre>{@code
 * DiditVerifiedWebhook verified = webhooks.verifyAndParse(rawBody, headers);
 * DiditWebhookEvent event = verified.event();
 * if (!verified.authenticatesDecision()) {
 *   decision = didit.sessions().decision(event.sessionId().orElseThrow());   // do not trust the body's copy
 * }
 * }</pre>
 */
public final class DiditVerifiedWebhook {
  private final DiditWebhookEvent event;
  private final DiditWebhookSignature signature;

  /**
   * Creates the result, for example in a test double.
   *
   * @param event the event
   * @param signature the header that verified it
   * @throws dev.onboardkit.core.error.InvalidRequestException if an argument is null
   */
  public DiditVerifiedWebhook(@Nullable DiditWebhookEvent event, @Nullable DiditWebhookSignature signature) {
    this.event = Arguments.required(event, "event");
    this.signature = Arguments.required(signature, "signature");
  }

  /**
   * Returns the event.
   *
   * @return the event
   */
  public DiditWebhookEvent event() {
    return event;
  }

  /**
   * Returns the signature header that verified the delivery.
   *
   * @return the header
   */
  public DiditWebhookSignature signature() {
    return signature;
  }

  /**
   * Returns whether the event's decision, metadata and vendor data are authenticated: true unless only
   * {@code X-Signature-Simple} verified the delivery.
   *
   * @return whether the whole body is proven
   */
  public boolean authenticatesDecision() {
    return signature.coversBody();
  }

  @Override
  public String toString() {
    return "DiditVerifiedWebhook{" + signature.headerName() + ", event " + event.eventId().orElse("?") + "}";
  }
}
