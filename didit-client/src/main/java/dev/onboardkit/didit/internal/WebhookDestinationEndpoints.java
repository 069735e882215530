package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.PagedOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.didit.webhooks.DiditCreateWebhookDestinationRequest;
import dev.onboardkit.didit.webhooks.DiditWebhookDelivery;
import dev.onboardkit.didit.webhooks.DiditWebhookDestination;
import dev.onboardkit.didit.webhooks.DiditWebhookDestinationUpdate;
import java.util.Map;

/**
 * Webhook destinations: each a URL, the events it receives, and the secret deliveries are signed with. Obtain it
 * with {@code client.webhooks().destinations()}. Thread-safe.
 */
@ServiceSpec(api = "dev.onboardkit.didit.webhooks", name = "DiditWebhookDestinationService",
    operations = "didit.webhooks.destinations")
public final class WebhookDestinationEndpoints {
  private static final ResponseDecoder<DiditWebhookDestination> DESTINATION =
      ResponseDecoder.json(DiditWebhookDestination.class);
  private static final ResponseDecoder<DiditPage<DiditWebhookDestination>> PAGE =
      DiditPage.decoder(DiditWebhookDestination.class);
  private static final ResponseDecoder<DiditPage<DiditWebhookDelivery>> DELIVERIES =
      DiditPage.decoder(DiditWebhookDelivery.class);
  private static final ResponseDecoder<DiditWebhookDelivery> DELIVERY =
      ResponseDecoder.json(DiditWebhookDelivery.class);
  private static final String DESTINATIONS = "/webhook/destinations";

  /** Creates the definitions. */
  public WebhookDestinationEndpoints() {}

  /**
   * Lists the destinations ({@code GET /webhook/destinations/}), oldest first, without their secrets (documented as
   * unpaginated; a paginated answer is followed page by page).
   *
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditWebhookDestination>, DiditWebhookDestination> list() {
    return DiditPage.paged(
        ApiOperation.builder(HttpMethod.GET, PAGE).constantPath(DESTINATIONS + "/").build(), PAGE);
  }

  /**
   * Creates a destination ({@code POST /webhook/destinations/}); the answer carries its signing secret. Never sent
   * twice once the request may have reached the server (the SDK's create rule: sent again only when nothing went
   * out, or after a 429); a URL can have only one destination, so after a dropped connection a second create answers
   * 400: list the destinations instead.
   *
   * @param request the label, URL, version and events
   * @return the new destination, with {@link DiditWebhookDestination#secretSharedKey()}
   */
  @Endpoint
  ApiOperation<DiditWebhookDestination> create(@Nullable DiditCreateWebhookDestinationRequest request) {
    ApiOperation.Builder<DiditWebhookDestination> b = ApiOperation.builder(HttpMethod.POST, DESTINATION)
        .constantPath(DESTINATIONS + "/")
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED)
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }

  /**
   * Gets a destination with its signing secret and delivery summary ({@code GET /webhook/destinations/{uuid}/}).
   *
   * @param destinationId the destination's {@link DiditWebhookDestination#uuid()}
   * @return the destination
   */
  @Endpoint
  ApiOperation<DiditWebhookDestination> retrieve(@Nullable String destinationId) {
    return destination(HttpMethod.GET, DESTINATION, destinationId).constantPath("/").build();
  }

  /**
   * Updates a destination ({@code PATCH /webhook/destinations/{uuid}/}); only the members set are sent, and
   * {@code subscribed_events} is replaced whole. Retried like a read.
   *
   * @param destinationId the destination's id
   * @param update the changes
   * @return the updated destination
   */
  @Endpoint
  ApiOperation<DiditWebhookDestination> update(
      @Nullable String destinationId, @Nullable DiditWebhookDestinationUpdate update) {
    ApiOperation.Builder<DiditWebhookDestination> b = destination(HttpMethod.PATCH, DESTINATION, destinationId)
        .constantPath("/")
        .idempotency(Idempotency.IDEMPOTENT)
        .body(update);
    b.problems().requireNonNull("update", update);
    return b.build();
  }

  /**
   * Deletes a destination ({@code DELETE /webhook/destinations/{uuid}/}); it stops receiving events.
   *
   * @param destinationId the destination's id
   * @return the server's answer as plain Java values; empty after a 204
   */
  @Endpoint
  ApiOperation<Map<String, Object>> delete(@Nullable String destinationId) {
    return destination(HttpMethod.DELETE, VerificationDecoders.OBJECT_OR_EMPTY, destinationId).constantPath("/")
        .build();
  }

  /**
   * Lists a destination's deliveries ({@code GET /webhook/destinations/{uuid}/deliveries/}), followed page by page.
   *
   * @param destinationId the destination's id
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditWebhookDelivery>, DiditWebhookDelivery> deliveries(@Nullable String destinationId) {
    return DiditPage.paged(destination(HttpMethod.GET, DELIVERIES, destinationId)
        .constantPath("/deliveries/")
        .build(), DELIVERIES);
  }

  /**
   * Gets one delivery of a destination ({@code GET /webhook/destinations/{uuid}/deliveries/{delivery_uuid}/}), with
   * the request headers and body that were sent.
   *
   * @param destinationId the destination's id
   * @param deliveryId the delivery's id
   * @return the delivery
   */
  @Endpoint
  ApiOperation<DiditWebhookDelivery> delivery(@Nullable String destinationId, @Nullable String deliveryId) {
    return destination(HttpMethod.GET, DELIVERY, destinationId)
        .constantPath("/deliveries")
        .pathParam("deliveryId", deliveryId)
        .constantPath("/")
        .build();
  }

  private static <T> ApiOperation.Builder<T> destination(
      HttpMethod method, ResponseDecoder<T> decoder, @Nullable String destinationId) {
    return ApiOperation.builder(method, decoder)
        .constantPath(DESTINATIONS)
        .pathParam("destinationId", destinationId);
  }
}
