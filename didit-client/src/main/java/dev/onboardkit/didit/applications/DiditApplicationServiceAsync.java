package dev.onboardkit.didit.applications;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.core.internal.Arguments;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking view of {@link DiditApplicationService}: the same calls, each returning a {@link CompletableFuture} that
 * fails with the exception the blocking call would throw. The applications of one organization: create, list, retrieve
 * (including the live API key) and update. Every call needs the Bearer access token of an owner or admin of the
 * organization: a member without that role gets a {@link dev.onboardkit.core.error.PermissionDeniedException} (403), a
 * non-member a {@link dev.onboardkit.core.error.NotFoundException} (404).
 *
 * <p>Obtain it with {@code client.async().applications(orgId)}. Thread-safe.
 */
public final class DiditApplicationServiceAsync {
  private final ClientRuntime runtime;
  private final String orgId;
  private final WithRawResponse raw;

  /**
   * Creates the service. Applications get it from {@code DiditAuthClient.async().applications(orgId)} instead.
   *
   * @param runtime the client runtime
   * @param orgId the organization's identifier; checked when a call is made
   */
  public DiditApplicationServiceAsync(ClientRuntime runtime, String orgId) {
    this.runtime = Arguments.required(runtime, "runtime");
    this.orgId = orgId;
    this.raw = new WithRawResponse();
  }

  /**
   * Returns a view of this service whose methods also return the HTTP status, headers and attempt count.
   *
   * @return the raw-response view
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Creates an application ({@code POST /organizations/me/{org_id}/applications/}). Persist the returned API key; it
   * can be recovered later with {@link #retrieve(String)}.
   *
   * <p>Not retried once the request may have reached the server: it is sent again only when the connection failed
   * before anything went out, and any response (a 429 as a {@link dev.onboardkit.core.error.RateLimitException} with
   * {@code retryAfter()}, a 503, a 500 with {@code X-Should-Retry: true}) is reported at once, without waiting.
   *
   * @param request the fields to set; {@link DiditCreateApplicationRequest#empty()} sends {@code {}}
   * @return a future of the new application, including its API key
   */
  public CompletableFuture<DiditApplication> create(DiditCreateApplicationRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates an application, with per-call options.
   *
   * @param request the fields to set
   * @param options per-call overrides
   * @return a future of the new application, including its API key
   */
  public CompletableFuture<DiditApplication> create(DiditCreateApplicationRequest request, RequestOptions options) {
    return runtime.executeAsync(() -> ApplicationOperations.create(orgId, request), options);
  }

  /**
   * Lists the organization's applications ({@code GET /organizations/me/{org_id}/applications/}).
   *
   * @return a future of the applications
   */
  public CompletableFuture<List<DiditApplication>> list() {
    return list(RequestOptions.none());
  }

  /**
   * Lists the organization's applications, with per-call options.
   *
   * @param options per-call overrides
   * @return a future of the applications
   */
  public CompletableFuture<List<DiditApplication>> list(RequestOptions options) {
    return runtime.executeAsync(() -> ApplicationOperations.list(orgId), options);
  }

  /**
   * Retrieves one application ({@code GET /organizations/me/{org_id}/applications/{app_id}/}), including its live
   * API key: the documented way to recover a lost key.
   *
   * @param appId the application's identifier
   * @return a future of the application
   */
  public CompletableFuture<DiditApplication> retrieve(String appId) {
    return retrieve(appId, RequestOptions.none());
  }

  /**
   * Retrieves one application, with per-call options.
   *
   * @param appId the application's identifier
   * @param options per-call overrides
   * @return a future of the application
   */
  public CompletableFuture<DiditApplication> retrieve(String appId, RequestOptions options) {
    return runtime.executeAsync(() -> ApplicationOperations.retrieve(orgId, appId), options);
  }

  /**
   * Updates an application ({@code PATCH /organizations/me/{org_id}/applications/{app_id}/}), sending only the fields
   * set in {@code update}. The client id and API key never change through this call.
   *
   * @param appId the application's identifier
   * @param update the fields to change or clear
   * @return a future of the updated application
   */
  public CompletableFuture<DiditApplication> update(String appId, DiditApplicationUpdate update) {
    return update(appId, update, RequestOptions.none());
  }

  /**
   * Updates an application, with per-call options.
   *
   * @param appId the application's identifier
   * @param update the fields to change or clear
   * @param options per-call overrides
   * @return a future of the updated application
   */
  public CompletableFuture<DiditApplication> update(String appId, DiditApplicationUpdate update, RequestOptions options) {
    return runtime.executeAsync(() -> ApplicationOperations.update(orgId, appId, update), options);
  }

  /** The methods of {@link DiditApplicationServiceAsync}, returning the decoded value with the HTTP metadata. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /**
     * Creates an application.
     *
     * @param request the fields to set
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditApplication>> create(DiditCreateApplicationRequest request) {
      return create(request, RequestOptions.none());
    }

    /**
     * Creates an application, with per-call options.
     *
     * @param request the fields to set
     * @param options per-call overrides
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditApplication>> create(
        DiditCreateApplicationRequest request, RequestOptions options) {
      return runtime.executeForResponseAsync(() -> ApplicationOperations.create(orgId, request), options);
    }

    /**
     * Lists the organization's applications.
     *
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<List<DiditApplication>>> list() {
      return list(RequestOptions.none());
    }

    /**
     * Lists the organization's applications, with per-call options.
     *
     * @param options per-call overrides
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<List<DiditApplication>>> list(RequestOptions options) {
      return runtime.executeForResponseAsync(() -> ApplicationOperations.list(orgId), options);
    }

    /**
     * Retrieves one application.
     *
     * @param appId the application's identifier
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditApplication>> retrieve(String appId) {
      return retrieve(appId, RequestOptions.none());
    }

    /**
     * Retrieves one application, with per-call options.
     *
     * @param appId the application's identifier
     * @param options per-call overrides
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditApplication>> retrieve(String appId, RequestOptions options) {
      return runtime.executeForResponseAsync(() -> ApplicationOperations.retrieve(orgId, appId), options);
    }

    /**
     * Updates an application.
     *
     * @param appId the application's identifier
     * @param update the fields to change or clear
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditApplication>> update(String appId, DiditApplicationUpdate update) {
      return update(appId, update, RequestOptions.none());
    }

    /**
     * Updates an application, with per-call options.
     *
     * @param appId the application's identifier
     * @param update the fields to change or clear
     * @param options per-call overrides
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<DiditApplication>> update(
        String appId, DiditApplicationUpdate update, RequestOptions options) {
      return runtime.executeForResponseAsync(() -> ApplicationOperations.update(orgId, appId, update), options);
    }
  }
}
