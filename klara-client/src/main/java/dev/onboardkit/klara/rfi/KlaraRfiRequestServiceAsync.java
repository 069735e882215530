package dev.onboardkit.klara.rfi;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.internal.ClientRuntime;
import java.util.concurrent.CompletableFuture;
import dev.onboardkit.core.internal.Arguments;

/**
 * Klara RFI requests, non-blocking: {@code client.async().rfiRequests()}. The futures fail with the exceptions the
 * blocking {@link KlaraRfiRequestService} throws. Thread-safe.
 */
public final class KlaraRfiRequestServiceAsync {
  private final ClientRuntime runtime;
  private final WithRawResponse withRawResponse;

  /**
   * Creates the service. Applications get it from {@code KlaraClient.async().rfiRequests()}; this constructor is not
   * part of the supported API.
   *
   * @param runtime the client's runtime
   */
  public KlaraRfiRequestServiceAsync(ClientRuntime runtime) {
    this.runtime = Arguments.required(runtime, "runtime");
    this.withRawResponse = new WithRawResponse(runtime);
  }

  /**
   * Returns a view of this service whose futures also carry the HTTP status, headers and attempt count.
   *
   * @return the raw-response view
   */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Creates an RFI request. Never sent twice once it may have reached the server; any response (429, 503,
   * 500) fails the future at once.
   *
   * @param request the RFI request to create
   * @return a future of the created request
   */
  public CompletableFuture<KlaraCreateRfiRequestResponse> create(KlaraCreateRfiRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates an RFI request, with per-call options.
   *
   * @param request the RFI request to create
   * @param options per-call options
   * @return a future of the created request
   */
  public CompletableFuture<KlaraCreateRfiRequestResponse> create(KlaraCreateRfiRequest request, RequestOptions options) {
    return runtime.executeAsync(() -> RfiRequestOperations.create(request), options);
  }

  /** {@link KlaraRfiRequestServiceAsync} returning {@link ApiResponse}s. */
  public static final class WithRawResponse {
    private final ClientRuntime runtime;

    WithRawResponse(ClientRuntime runtime) {
      this.runtime = runtime;
    }

    /**
     * Creates an RFI request.
     *
     * @param request the RFI request to create
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<KlaraCreateRfiRequestResponse>> create(KlaraCreateRfiRequest request) {
      return create(request, RequestOptions.none());
    }

    /**
     * Creates an RFI request, with per-call options.
     *
     * @param request the RFI request to create
     * @param options per-call options
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<KlaraCreateRfiRequestResponse>> create(
        KlaraCreateRfiRequest request, RequestOptions options) {
      return runtime.executeForResponseAsync(() -> RfiRequestOperations.create(request), options);
    }
  }
}
