package dev.onboardkit.klara.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.klara.rfi.KlaraCreateRfiRequest;
import dev.onboardkit.klara.rfi.KlaraCreateRfiRequestResponse;

/**
 * Klara RFI (request for information) requests: {@code client.rfiRequests()}. Thread-safe.
 *
 * <p>Invalid arguments throw {@link dev.onboardkit.core.error.InvalidRequestException} listing every problem, before
 * anything is sent; error responses throw {@link dev.onboardkit.core.error.ApiException} subclasses.
 */
@ServiceSpec(api = "dev.onboardkit.klara.rfi", name = "KlaraRfiRequestService", operations = "klara.rfiRequests")
public final class RfiRequestEndpoints {
  private static final ResponseDecoder<KlaraCreateRfiRequestResponse> CREATED =
      ResponseDecoder.json(KlaraCreateRfiRequestResponse.class);

  /** Creates the definitions. */
  public RfiRequestEndpoints() {}

  /**
   * Creates an RFI request ({@code POST /rfi-requests}). Never sent twice once the server may have acted on it:
   * retried when the connection failed before the request went out, and after a 429, honouring the server's wait up
   * to {@code maxRetryAfter} (a longer wait fails at once as a {@link dev.onboardkit.core.error.RateLimitException}
   * with {@code retryAfter()}); any other response (a 503, a 500 with {@code X-Should-Retry: true}) is reported at
   * once.
   *
   * @param request the RFI request to create
   * @return the created request with its link
   */
  @Endpoint
  ApiOperation<KlaraCreateRfiRequestResponse> create(@Nullable KlaraCreateRfiRequest request) {
    ApiOperation.Builder<KlaraCreateRfiRequestResponse> op = ApiOperation.builder(HttpMethod.POST, CREATED)
        .constantPath("/rfi-requests")
        .body(request)
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED);
    op.problems().requireNonNull("request", request);
    return op.build();
  }
}
