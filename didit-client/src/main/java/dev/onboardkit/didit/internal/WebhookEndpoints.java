package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.core.internal.SubService;
import dev.onboardkit.didit.webhooks.DiditWebhookSettings;
import dev.onboardkit.didit.webhooks.DiditWebhookSettingsUpdate;

/**
 * Webhook configuration: the destinations events are delivered to ({@code destinations()}), and the legacy
 * one-per-application settings. Obtain it with {@code client.webhooks()}; receive deliveries with
 * {@link dev.onboardkit.didit.webhooks.DiditWebhooks}. Thread-safe.
 */
@ServiceSpec(api = "dev.onboardkit.didit.webhooks", name = "DiditWebhookService", operations = "didit.webhooks")
public final class WebhookEndpoints {
  private static final ResponseDecoder<DiditWebhookSettings> SETTINGS =
      ResponseDecoder.json(DiditWebhookSettings.class);

  private final WebhookDestinationEndpoints destinations = new WebhookDestinationEndpoints();

  /** Creates the definitions. */
  public WebhookEndpoints() {}

  /**
   * Returns the webhook destinations: create, list, retrieve, update, delete, and their deliveries.
   *
   * @return the destination endpoints
   */
  @SubService
  WebhookDestinationEndpoints destinations() {
    return destinations;
  }

  /**
   * Gets the legacy, one-per-application webhook settings ({@code GET /webhook/}), with the signing secret.
   *
   * @return the settings
   */
  @Endpoint
  ApiOperation<DiditWebhookSettings> settings() {
    return ApiOperation.builder(HttpMethod.GET, SETTINGS).constantPath("/webhook/").build();
  }

  /**
   * Updates the legacy webhook settings ({@code PATCH /webhook/}); only the members set are sent. With
   * {@code rotateSecretKey(true)} the old secret stops working at once and the answer carries the new one, so the
   * call is never sent twice once it may have reached the server (a repeat would rotate again and lose the secret
   * of the first); otherwise it is retried like a read.
   *
   * @param update the changes
   * @return the settings after the change
   */
  @Endpoint
  ApiOperation<DiditWebhookSettings> updateSettings(@Nullable DiditWebhookSettingsUpdate update) {
    boolean rotates = update != null && Boolean.TRUE.equals(update.fields().get("rotate_secret_key"));
    ApiOperation.Builder<DiditWebhookSettings> b = ApiOperation.builder(HttpMethod.PATCH, SETTINGS)
        .constantPath("/webhook/")
        .idempotency(rotates ? Idempotency.RETRY_UNSENT_ONLY : Idempotency.IDEMPOTENT)
        .body(update);
    b.problems().requireNonNull("update", update);
    return b.build();
  }
}
