package dev.onboardkit.klara.applications;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.core.paging.CursorPage;
import java.util.concurrent.CompletableFuture;
import dev.onboardkit.core.internal.Arguments;

/**
 * Klara applications, non-blocking: {@code client.async().applications()}. Thread-safe.
 *
 * <p>Same operations and rules as {@link KlaraApplicationService}; the futures fail with the exceptions the blocking
 * methods throw, including {@link dev.onboardkit.core.error.InvalidRequestException} for invalid arguments (never
 * thrown directly).
 */
public final class KlaraApplicationServiceAsync {
  private final ClientRuntime runtime;
  private final KlaraDocumentServiceAsync documents;
  private final WithRawResponse withRawResponse;

  /**
   * Creates the service. Applications get it from {@code KlaraClient.async().applications()}; this constructor is
   * not part of the supported API.
   *
   * @param runtime the client's runtime
   */
  public KlaraApplicationServiceAsync(ClientRuntime runtime) {
    this.runtime = Arguments.required(runtime, "runtime");
    this.documents = new KlaraDocumentServiceAsync(runtime);
    this.withRawResponse = new WithRawResponse(runtime, documents.withRawResponse());
  }

  /**
   * Returns the documents of applications.
   *
   * @return the document service
   */
  public KlaraDocumentServiceAsync documents() {
    return documents;
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
   * Creates an application. See {@link KlaraApplicationService#create(KlaraCreateApplicationRequest)}: never sent twice once
   * it may have reached the server, and any response (429, 503, 500) fails the future at once.
   *
   * @param request the application to create
   * @return a future of the new application's id, link and participants
   */
  public CompletableFuture<KlaraCreateApplicationResponse> create(KlaraCreateApplicationRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates an application, with per-call options.
   *
   * @param request the application to create
   * @param options per-call options
   * @return a future of the new application's id, link and participants
   */
  public CompletableFuture<KlaraCreateApplicationResponse> create(KlaraCreateApplicationRequest request, RequestOptions options) {
    return runtime.executeAsync(() -> ApplicationOperations.create(request), options);
  }

  /**
   * Issues a fresh pre-authentication code and link. See {@link KlaraApplicationService#refreshPreAuth(String)}.
   *
   * @param applicationId the application id
   * @return a future of the new code and link
   */
  public CompletableFuture<KlaraRefreshPreAuthResponse> refreshPreAuth(String applicationId) {
    return refreshPreAuth(applicationId, RequestOptions.none());
  }

  /**
   * Issues a fresh pre-authentication code and link, with per-call options.
   *
   * @param applicationId the application id
   * @param options per-call options
   * @return a future of the new code and link
   */
  public CompletableFuture<KlaraRefreshPreAuthResponse> refreshPreAuth(String applicationId, RequestOptions options) {
    return runtime.executeAsync(() -> ApplicationOperations.refreshPreAuth(applicationId), options);
  }

  /**
   * Gets an application with its status and data.
   *
   * @param applicationId the application id
   * @return a future of the application
   */
  public CompletableFuture<KlaraApplication> retrieve(String applicationId) {
    return retrieve(applicationId, RequestOptions.none());
  }

  /**
   * Gets an application, with per-call options.
   *
   * @param applicationId the application id
   * @param options per-call options
   * @return a future of the application
   */
  public CompletableFuture<KlaraApplication> retrieve(String applicationId, RequestOptions options) {
    return runtime.executeAsync(() -> ApplicationOperations.retrieve(applicationId), options);
  }

  /**
   * Lists the first page of all applications.
   *
   * @return a future of the first page (see {@link #list(KlaraListApplicationsParams, RequestOptions)} about later pages)
   */
  public CompletableFuture<CursorPage<KlaraApplicationSummary>> list() {
    return list(KlaraListApplicationsParams.none(), RequestOptions.none());
  }

  /**
   * Lists applications.
   *
   * @param params the status filter, page size and starting cursor
   * @return a future of the first page (see {@link #list(KlaraListApplicationsParams, RequestOptions)} about later pages)
   */
  public CompletableFuture<CursorPage<KlaraApplicationSummary>> list(KlaraListApplicationsParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists applications, with per-call options. Only the first page is fetched asynchronously: the page's
   * {@code nextPage()}, {@code autoPager()} and {@code stream()} fetch later pages <em>blocking</em>, so use them off
   * event-loop threads, or fetch each page with {@code list(params.withCursor(page.nextCursor()...))}.
   *
   * @param params the status filter, page size and starting cursor
   * @param options per-call options
   * @return a future of the first page
   */
  public CompletableFuture<CursorPage<KlaraApplicationSummary>> list(
      KlaraListApplicationsParams params, RequestOptions options) {
    return runtime.executeAsync(() -> ApplicationOperations.list(params), options)
        .thenApply(list -> ApplicationOperations.toPage(runtime, list, params, options));
  }

  /**
   * Records a decision. See {@link KlaraApplicationService#recordDecision(String, KlaraRecordDecisionRequest)}.
   *
   * @param applicationId the application id
   * @param decision the decision
   * @return a future saying whether it was recorded now or had been already
   */
  public CompletableFuture<KlaraRecordDecisionResponse> recordDecision(
      String applicationId, KlaraRecordDecisionRequest decision) {
    return recordDecision(applicationId, decision, RequestOptions.none());
  }

  /**
   * Records a decision, with per-call options.
   *
   * @param applicationId the application id
   * @param decision the decision
   * @param options per-call options
   * @return a future saying whether it was recorded now or had been already
   */
  public CompletableFuture<KlaraRecordDecisionResponse> recordDecision(
      String applicationId, KlaraRecordDecisionRequest decision, RequestOptions options) {
    return runtime.executeAsync(() -> ApplicationOperations.recordDecision(applicationId, decision), options);
  }

  /** {@link KlaraApplicationServiceAsync} returning {@link ApiResponse}s: the value with status, headers and attempts. */
  public static final class WithRawResponse {
    private final ClientRuntime runtime;
    private final KlaraDocumentServiceAsync.WithRawResponse documents;

    WithRawResponse(ClientRuntime runtime, KlaraDocumentServiceAsync.WithRawResponse documents) {
      this.runtime = runtime;
      this.documents = documents;
    }

    /**
     * Returns the documents of applications, with raw responses.
     *
     * @return the document service view
     */
    public KlaraDocumentServiceAsync.WithRawResponse documents() {
      return documents;
    }

    /**
     * Creates an application.
     *
     * @param request the application to create
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<KlaraCreateApplicationResponse>> create(KlaraCreateApplicationRequest request) {
      return create(request, RequestOptions.none());
    }

    /**
     * Creates an application, with per-call options.
     *
     * @param request the application to create
     * @param options per-call options
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<KlaraCreateApplicationResponse>> create(
        KlaraCreateApplicationRequest request, RequestOptions options) {
      return runtime.executeForResponseAsync(() -> ApplicationOperations.create(request), options);
    }

    /**
     * Issues a fresh pre-authentication code and link.
     *
     * @param applicationId the application id
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<KlaraRefreshPreAuthResponse>> refreshPreAuth(String applicationId) {
      return refreshPreAuth(applicationId, RequestOptions.none());
    }

    /**
     * Issues a fresh pre-authentication code and link, with per-call options.
     *
     * @param applicationId the application id
     * @param options per-call options
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<KlaraRefreshPreAuthResponse>> refreshPreAuth(
        String applicationId, RequestOptions options) {
      return runtime.executeForResponseAsync(() -> ApplicationOperations.refreshPreAuth(applicationId), options);
    }

    /**
     * Gets an application.
     *
     * @param applicationId the application id
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<KlaraApplication>> retrieve(String applicationId) {
      return retrieve(applicationId, RequestOptions.none());
    }

    /**
     * Gets an application, with per-call options.
     *
     * @param applicationId the application id
     * @param options per-call options
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<KlaraApplication>> retrieve(String applicationId, RequestOptions options) {
      return runtime.executeForResponseAsync(() -> ApplicationOperations.retrieve(applicationId), options);
    }

    /**
     * Lists the first page of all applications.
     *
     * @return a future of the response of the first page
     */
    public CompletableFuture<ApiResponse<CursorPage<KlaraApplicationSummary>>> list() {
      return list(KlaraListApplicationsParams.none(), RequestOptions.none());
    }

    /**
     * Lists applications.
     *
     * @param params the status filter, page size and starting cursor
     * @return a future of the response of the first page; later pages are fetched blocking
     */
    public CompletableFuture<ApiResponse<CursorPage<KlaraApplicationSummary>>> list(KlaraListApplicationsParams params) {
      return list(params, RequestOptions.none());
    }

    /**
     * Lists applications, with per-call options.
     *
     * @param params the status filter, page size and starting cursor
     * @param options per-call options
     * @return a future of the response of the first page; later pages are fetched blocking
     */
    public CompletableFuture<ApiResponse<CursorPage<KlaraApplicationSummary>>> list(
        KlaraListApplicationsParams params, RequestOptions options) {
      return runtime.executeForResponseAsync(() -> ApplicationOperations.list(params), options)
          .thenApply(r -> new ApiResponse<>(r.statusCode(), r.headers(),
              ApplicationOperations.toPage(runtime, r.value(), params, options), r.attempts()));
    }

    /**
     * Records a decision.
     *
     * @param applicationId the application id
     * @param decision the decision
     * @return a future of the response: 201 for a new decision, 200 for a duplicate
     */
    public CompletableFuture<ApiResponse<KlaraRecordDecisionResponse>> recordDecision(
        String applicationId, KlaraRecordDecisionRequest decision) {
      return recordDecision(applicationId, decision, RequestOptions.none());
    }

    /**
     * Records a decision, with per-call options.
     *
     * @param applicationId the application id
     * @param decision the decision
     * @param options per-call options
     * @return a future of the response: 201 for a new decision, 200 for a duplicate
     */
    public CompletableFuture<ApiResponse<KlaraRecordDecisionResponse>> recordDecision(
        String applicationId, KlaraRecordDecisionRequest decision, RequestOptions options) {
      return runtime.executeForResponseAsync(() -> ApplicationOperations.recordDecision(applicationId, decision), options);
    }
  }
}
