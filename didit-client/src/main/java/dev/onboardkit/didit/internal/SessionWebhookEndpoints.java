package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.PagedOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.didit.webhooks.DiditWebhookDelivery;
import java.util.Map;

/**
 * The webhook deliveries of sessions: what Didit sent to your endpoint for a session, and a way to send one again.
 * Obtain it with {@code client.sessions().webhooks()}. Thread-safe.
 */
@ServiceSpec(api = "dev.onboardkit.didit.sessions", name = "DiditSessionWebhookService",
    operations = "didit.sessions.webhooks")
public final class SessionWebhookEndpoints {
  private static final ResponseDecoder<DiditPage<DiditWebhookDelivery>> PAGE =
      DiditPage.decoder(DiditWebhookDelivery.class);
  private static final ResponseDecoder<DiditWebhookDelivery> DELIVERY =
      ResponseDecoder.json(DiditWebhookDelivery.class);

  /** Creates the definitions. */
  public SessionWebhookEndpoints() {}

  /**
   * Lists the webhook deliveries of a session ({@code GET /session/{session_id}/webhooks/}); a paginated answer is
   * followed page by page.
   *
   * @param sessionId the session's identifier
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditWebhookDelivery>, DiditWebhookDelivery> list(@Nullable String sessionId) {
    return DiditPage.paged(ApiOperation.builder(HttpMethod.GET, PAGE)
        .constantPath(SessionEndpoints.SESSION_PATH)
        .pathParam("sessionId", sessionId)
        .constantPath("/webhooks/")
        .build(), PAGE);
  }

  /**
   * Gets one delivery of a session ({@code GET /session/{session_id}/webhook/{webhook_uuid}}, documented without a
   * trailing slash), with the request headers and body that were sent.
   *
   * @param sessionId the session's identifier
   * @param webhookId the delivery's {@link DiditWebhookDelivery#uuid()}
   * @return the delivery
   */
  @Endpoint
  ApiOperation<DiditWebhookDelivery> retrieve(@Nullable String sessionId, @Nullable String webhookId) {
    return delivery(HttpMethod.GET, DELIVERY, sessionId, webhookId).build();
  }

  /**
   * Sends a delivery of a session again ({@code POST /session/{session_id}/webhook/{webhook_uuid}/resend}). Not
   * repeated once it may have reached the server; your endpoint should deduplicate on {@code event_id} anyway.
   *
   * @param sessionId the session's identifier
   * @param webhookId the delivery's {@link DiditWebhookDelivery#uuid()}
   * @return the server's answer as plain Java values; empty when it sent no body
   */
  @Endpoint
  ApiOperation<Map<String, Object>> resend(@Nullable String sessionId, @Nullable String webhookId) {
    return delivery(HttpMethod.POST, VerificationDecoders.OBJECT_OR_EMPTY, sessionId, webhookId)
        .constantPath("/resend")
        .build();
  }

  private static <T> ApiOperation.Builder<T> delivery(
      HttpMethod method, ResponseDecoder<T> decoder, @Nullable String sessionId, @Nullable String webhookId) {
    return ApiOperation.builder(method, decoder)
        .constantPath(SessionEndpoints.SESSION_PATH)
        .pathParam("sessionId", sessionId)
        .constantPath("/webhook")
        .pathParam("webhookId", webhookId);
  }
}
