package dev.onboardkit.didit.organizations;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.core.internal.Arguments;
import java.util.List;

/**
 * The organizations of the signed-in user. Needs the Bearer access token. Obtain it with
 * {@code client.organizations()}. Thread-safe.
 */
public final class DiditOrganizationService {
  private final ClientRuntime runtime;
  private final WithRawResponse raw = new WithRawResponse();

  /**
   * Creates the service. Applications get it from {@code DiditAuthClient.organizations()} instead.
   *
   * @param runtime the client runtime
   */
  public DiditOrganizationService(ClientRuntime runtime) {
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
   * @return the organizations
   */
  public List<DiditOrganization> list() {
    return list(RequestOptions.none());
  }

  /**
   * Lists the organizations, with per-call options.
   *
   * @param options per-call overrides
   * @return the organizations
   */
  public List<DiditOrganization> list(RequestOptions options) {
    return runtime.execute(OrganizationOperations.list(), options);
  }

  /** The methods of {@link DiditOrganizationService}, returning the decoded value with the HTTP metadata. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /**
     * Lists the organizations the signed-in user belongs to.
     *
     * @return the response
     */
    public ApiResponse<List<DiditOrganization>> list() {
      return list(RequestOptions.none());
    }

    /**
     * Lists the organizations, with per-call options.
     *
     * @param options per-call overrides
     * @return the response
     */
    public ApiResponse<List<DiditOrganization>> list(RequestOptions options) {
      return runtime.executeForResponse(OrganizationOperations.list(), options);
    }
  }
}
