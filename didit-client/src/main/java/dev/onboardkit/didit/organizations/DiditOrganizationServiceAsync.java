package dev.onboardkit.didit.organizations;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.core.internal.Arguments;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking view of {@link DiditOrganizationService}: each call returns a {@link CompletableFuture} that fails with
 * the exception the blocking call would throw. Obtain it with {@code client.async().organizations()}. Thread-safe.
 */
public final class DiditOrganizationServiceAsync {
  private final ClientRuntime runtime;
  private final WithRawResponse raw = new WithRawResponse();

  /**
   * Creates the service. Applications get it from {@code DiditAuthClient.async().organizations()} instead.
   *
   * @param runtime the client runtime
   */
  public DiditOrganizationServiceAsync(ClientRuntime runtime) {
    this.runtime = Arguments.required(runtime, "runtime");
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
   * Lists the organizations the signed-in user belongs to ({@code GET /organizations/me/}).
   *
   * @return a future of the organizations
   */
  public CompletableFuture<List<DiditOrganization>> list() {
    return list(RequestOptions.none());
  }

  /**
   * Lists the organizations, with per-call options.
   *
   * @param options per-call overrides
   * @return a future of the organizations
   */
  public CompletableFuture<List<DiditOrganization>> list(RequestOptions options) {
    return runtime.executeAsync(() -> OrganizationOperations.list(), options);
  }

  /** The methods of {@link DiditOrganizationServiceAsync}, returning the decoded value with the HTTP metadata. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /**
     * Lists the organizations the signed-in user belongs to.
     *
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<List<DiditOrganization>>> list() {
      return list(RequestOptions.none());
    }

    /**
     * Lists the organizations, with per-call options.
     *
     * @param options per-call overrides
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<List<DiditOrganization>>> list(RequestOptions options) {
      return runtime.executeForResponseAsync(() -> OrganizationOperations.list(), options);
    }
  }
}
