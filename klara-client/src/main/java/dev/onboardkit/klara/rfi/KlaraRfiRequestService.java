package dev.onboardkit.klara.rfi;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.core.internal.Arguments;

/**
 * Klara RFI (request for information) requests, blocking: {@code client.rfiRequests()}. Thread-safe.
 *
 * <p>Invalid arguments throw {@link dev.onboardkit.core.error.InvalidRequestException} listing every problem, before
 * anything is sent; error responses throw {@link dev.onboardkit.core.error.ApiException} subclasses.
 */
public final class KlaraRfiRequestService {
  private final ClientRuntime runtime;
  private final WithRawResponse withRawResponse;

  /**
   * Creates the service. Applications get it from {@code KlaraClient.rfiRequests()}; this constructor is not part of
   * the supported API.
   *
   * @param runtime the client's runtime
   */
  public KlaraRfiRequestService(ClientRuntime runtime) {
    this.runtime = Arguments.required(runtime, "runtime");
    this.withRawResponse = new WithRawResponse(runtime);
  }

  /**
   * Returns a view of this service whose methods also return the HTTP status, headers and attempt count.
   *
   * @return the raw-response view
   */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Creates an RFI request ({@code POST /rfi-requests}). Never sent twice once it may have reached the server:
   * retried only when the connection failed before the request went out; any response (a 429 as a
   * {@link dev.onboardkit.core.error.RateLimitException} with {@code retryAfter()}, a 503, a 500 with
   * {@code X-Should-Retry: true}) is reported at once.
   *
   * @param request the RFI request to create
   * @return the created request with its link
   */
  public KlaraCreateRfiRequestResponse create(KlaraCreateRfiRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates an RFI request, with per-call options.
   *
   * @param request the RFI request to create
   * @param options per-call options
   * @return the created request with its link
   */
  public KlaraCreateRfiRequestResponse create(KlaraCreateRfiRequest request, RequestOptions options) {
    return runtime.execute(RfiRequestOperations.create(request), options);
  }

  /** {@link KlaraRfiRequestService} returning {@link ApiResponse}s. */
  public static final class WithRawResponse {
    private final ClientRuntime runtime;

    WithRawResponse(ClientRuntime runtime) {
      this.runtime = runtime;
    }

    /**
     * Creates an RFI request.
     *
     * @param request the RFI request to create
     * @return the response
     */
    public ApiResponse<KlaraCreateRfiRequestResponse> create(KlaraCreateRfiRequest request) {
      return create(request, RequestOptions.none());
    }

    /**
     * Creates an RFI request, with per-call options.
     *
     * @param request the RFI request to create
     * @param options per-call options
     * @return the response
     */
    public ApiResponse<KlaraCreateRfiRequestResponse> create(KlaraCreateRfiRequest request, RequestOptions options) {
      return runtime.executeForResponse(RfiRequestOperations.create(request), options);
    }
  }
}
