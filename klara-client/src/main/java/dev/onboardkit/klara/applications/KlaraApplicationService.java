package dev.onboardkit.klara.applications;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.core.paging.CursorPage;
import dev.onboardkit.core.internal.Arguments;

/**
 * Klara applications, blocking: {@code client.applications()}. Thread-safe.
 *
 * <p>Every method validates its arguments first and throws {@link dev.onboardkit.core.error.InvalidRequestException}
 * listing every problem, without sending anything. Error responses throw the
 * {@link dev.onboardkit.core.error.ApiException} subclass matching the status, whose {@code errorCode()} is a
 * {@link dev.onboardkit.klara.KlaraErrorCode}. Each method has an overload taking {@link RequestOptions}.
 */
public final class KlaraApplicationService {
  private final ClientRuntime runtime;
  private final KlaraDocumentService documents;
  private final WithRawResponse withRawResponse;

  /**
   * Creates the service. Applications get it from {@code KlaraClient.applications()}; this constructor is not part of
   * the supported API.
   *
   * @param runtime the client's runtime
   */
  public KlaraApplicationService(ClientRuntime runtime) {
    this.runtime = Arguments.required(runtime, "runtime");
    this.documents = new KlaraDocumentService(runtime);
    this.withRawResponse = new WithRawResponse(runtime, documents.withRawResponse());
  }

  /**
   * Returns the documents of applications.
   *
   * @return the document service
   */
  public KlaraDocumentService documents() {
    return documents;
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
   * Creates an application and invites its primary contact ({@code POST /applications}).
   *
   * <p>Never sent twice once the request may have reached the server: the API has no idempotency key. It is retried
   * only when the connection was refused or failed before the request went out. Any response is reported at once,
   * without waiting or resending: a 429 as a {@link dev.onboardkit.core.error.RateLimitException} with
   * {@code retryAfter()}, a 503 (even with {@code Retry-After}) or a 500 with {@code X-Should-Retry: true} as the
   * matching {@link dev.onboardkit.core.error.ApiException}. A dropped connection fails with {@code outcomeUnknown()}
   * true; then list or look up the application before creating it again. A
   * {@link KlaraCreateApplicationResponse#warning()} means the invitation email failed but the application exists.
   *
   * @param request the application to create
   * @return the new application's id, link and participants
   */
  public KlaraCreateApplicationResponse create(KlaraCreateApplicationRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates an application, with per-call options. See {@link #create(KlaraCreateApplicationRequest)}.
   *
   * @param request the application to create
   * @param options per-call options
   * @return the new application's id, link and participants
   */
  public KlaraCreateApplicationResponse create(KlaraCreateApplicationRequest request, RequestOptions options) {
    return runtime.execute(ApplicationOperations.create(request), options);
  }

  /**
   * Issues a fresh pre-authentication code and link for an existing application
   * ({@code POST /applications/{id}/pre-auth}), for a contact who comes back to finish it. Retried like a read: a
   * repeated call only mints another code.
   *
   * @param applicationId the application id
   * @return the new code and link
   */
  public KlaraRefreshPreAuthResponse refreshPreAuth(String applicationId) {
    return refreshPreAuth(applicationId, RequestOptions.none());
  }

  /**
   * Issues a fresh pre-authentication code and link, with per-call options.
   *
   * @param applicationId the application id
   * @param options per-call options
   * @return the new code and link
   */
  public KlaraRefreshPreAuthResponse refreshPreAuth(String applicationId, RequestOptions options) {
    return runtime.execute(ApplicationOperations.refreshPreAuth(applicationId), options);
  }

  /**
   * Gets an application with its status and data ({@code GET /applications/{id}}).
   *
   * @param applicationId the application id
   * @return the application
   */
  public KlaraApplication retrieve(String applicationId) {
    return retrieve(applicationId, RequestOptions.none());
  }

  /**
   * Gets an application, with per-call options.
   *
   * @param applicationId the application id
   * @param options per-call options
   * @return the application
   */
  public KlaraApplication retrieve(String applicationId, RequestOptions options) {
    return runtime.execute(ApplicationOperations.retrieve(applicationId), options);
  }

  /**
   * Lists the first page of all applications ({@code GET /applications}).
   *
   * @return the first page; iterate {@link CursorPage#autoPager()} or {@link CursorPage#stream()} for all pages
   */
  public CursorPage<KlaraApplicationSummary> list() {
    return list(KlaraListApplicationsParams.none(), RequestOptions.none());
  }

  /**
   * Lists applications ({@code GET /applications}).
   *
   * @param params the status filter, page size and starting cursor
   * @return the first page; {@link CursorPage#autoPager()} and {@link CursorPage#stream()} fetch the following pages
   *     lazily, with the same filters, until {@code has_more} is false or no cursor is returned
   */
  public CursorPage<KlaraApplicationSummary> list(KlaraListApplicationsParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists applications, with per-call options that also apply to the pages fetched later.
   *
   * @param params the status filter, page size and starting cursor
   * @param options per-call options
   * @return the first page
   */
  public CursorPage<KlaraApplicationSummary> list(KlaraListApplicationsParams params, RequestOptions options) {
    return ApplicationOperations.toPage(runtime, runtime.execute(ApplicationOperations.list(params), options),
        params, options);
  }

  /**
   * Records the provider's decision on a submitted application ({@code POST /applications/{id}/decision}). The
   * body's {@code application_id} is taken from {@code applicationId}. Recording the same decision type twice is
   * harmless: the result says {@link KlaraRecordDecisionResponse#alreadyRecorded()}. Retried like a read.
   *
   * @param applicationId the application id
   * @param decision the decision
   * @return whether it was recorded now or had been already
   */
  public KlaraRecordDecisionResponse recordDecision(String applicationId, KlaraRecordDecisionRequest decision) {
    return recordDecision(applicationId, decision, RequestOptions.none());
  }

  /**
   * Records a decision, with per-call options. See {@link #recordDecision(String, KlaraRecordDecisionRequest)}.
   *
   * @param applicationId the application id
   * @param decision the decision
   * @param options per-call options
   * @return whether it was recorded now or had been already
   */
  public KlaraRecordDecisionResponse recordDecision(
      String applicationId, KlaraRecordDecisionRequest decision, RequestOptions options) {
    return runtime.execute(ApplicationOperations.recordDecision(applicationId, decision), options);
  }

  /** {@link KlaraApplicationService} returning {@link ApiResponse}s: the value with status, headers and attempts. */
  public static final class WithRawResponse {
    private final ClientRuntime runtime;
    private final KlaraDocumentService.WithRawResponse documents;

    WithRawResponse(ClientRuntime runtime, KlaraDocumentService.WithRawResponse documents) {
      this.runtime = runtime;
      this.documents = documents;
    }

    /**
     * Returns the documents of applications, with raw responses.
     *
     * @return the document service view
     */
    public KlaraDocumentService.WithRawResponse documents() {
      return documents;
    }

    /**
     * Creates an application. See {@link KlaraApplicationService#create(KlaraCreateApplicationRequest)}.
     *
     * @param request the application to create
     * @return the response
     */
    public ApiResponse<KlaraCreateApplicationResponse> create(KlaraCreateApplicationRequest request) {
      return create(request, RequestOptions.none());
    }

    /**
     * Creates an application, with per-call options.
     *
     * @param request the application to create
     * @param options per-call options
     * @return the response
     */
    public ApiResponse<KlaraCreateApplicationResponse> create(KlaraCreateApplicationRequest request, RequestOptions options) {
      return runtime.executeForResponse(ApplicationOperations.create(request), options);
    }

    /**
     * Issues a fresh pre-authentication code and link.
     *
     * @param applicationId the application id
     * @return the response
     */
    public ApiResponse<KlaraRefreshPreAuthResponse> refreshPreAuth(String applicationId) {
      return refreshPreAuth(applicationId, RequestOptions.none());
    }

    /**
     * Issues a fresh pre-authentication code and link, with per-call options.
     *
     * @param applicationId the application id
     * @param options per-call options
     * @return the response
     */
    public ApiResponse<KlaraRefreshPreAuthResponse> refreshPreAuth(String applicationId, RequestOptions options) {
      return runtime.executeForResponse(ApplicationOperations.refreshPreAuth(applicationId), options);
    }

    /**
     * Gets an application.
     *
     * @param applicationId the application id
     * @return the response
     */
    public ApiResponse<KlaraApplication> retrieve(String applicationId) {
      return retrieve(applicationId, RequestOptions.none());
    }

    /**
     * Gets an application, with per-call options.
     *
     * @param applicationId the application id
     * @param options per-call options
     * @return the response
     */
    public ApiResponse<KlaraApplication> retrieve(String applicationId, RequestOptions options) {
      return runtime.executeForResponse(ApplicationOperations.retrieve(applicationId), options);
    }

    /**
     * Lists the first page of all applications.
     *
     * @return the response of the first page
     */
    public ApiResponse<CursorPage<KlaraApplicationSummary>> list() {
      return list(KlaraListApplicationsParams.none(), RequestOptions.none());
    }

    /**
     * Lists applications.
     *
     * @param params the status filter, page size and starting cursor
     * @return the response of the first page; its page fetches the following pages lazily
     */
    public ApiResponse<CursorPage<KlaraApplicationSummary>> list(KlaraListApplicationsParams params) {
      return list(params, RequestOptions.none());
    }

    /**
     * Lists applications, with per-call options.
     *
     * @param params the status filter, page size and starting cursor
     * @param options per-call options
     * @return the response of the first page
     */
    public ApiResponse<CursorPage<KlaraApplicationSummary>> list(KlaraListApplicationsParams params, RequestOptions options) {
      ApiResponse<ApplicationList> r = runtime.executeForResponse(ApplicationOperations.list(params), options);
      return new ApiResponse<>(r.statusCode(), r.headers(),
          ApplicationOperations.toPage(runtime, r.value(), params, options), r.attempts());
    }

    /**
     * Records a decision.
     *
     * @param applicationId the application id
     * @param decision the decision
     * @return the response: 201 for a new decision, 200 for a duplicate
     */
    public ApiResponse<KlaraRecordDecisionResponse> recordDecision(String applicationId, KlaraRecordDecisionRequest decision) {
      return recordDecision(applicationId, decision, RequestOptions.none());
    }

    /**
     * Records a decision, with per-call options.
     *
     * @param applicationId the application id
     * @param decision the decision
     * @param options per-call options
     * @return the response: 201 for a new decision, 200 for a duplicate
     */
    public ApiResponse<KlaraRecordDecisionResponse> recordDecision(
        String applicationId, KlaraRecordDecisionRequest decision, RequestOptions options) {
      return runtime.executeForResponse(ApplicationOperations.recordDecision(applicationId, decision), options);
    }
  }
}
