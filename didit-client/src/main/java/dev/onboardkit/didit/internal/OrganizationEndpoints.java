package dev.onboardkit.didit.internal;

import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.didit.organizations.DiditOrganization;
import java.util.List;

/**
 * The organizations of the signed-in user. Needs the Bearer access token. Obtain it with
 * {@code client.organizations()}. Thread-safe.
 */
@ServiceSpec(api = "dev.onboardkit.didit.organizations", name = "DiditOrganizationService",
    operations = "didit.organizations")
public final class OrganizationEndpoints {
  /** A bare array, as the server sends; {@code {"results": [...]}} and {@code {"organizations": [...]}} too. */
  private static final ResponseDecoder<List<DiditOrganization>> ORGANIZATIONS =
      DiditDecoders.list(DiditOrganization.class, "results", "organizations");

  /** Creates the definitions. */
  public OrganizationEndpoints() {}

  /**
   * Lists the organizations the signed-in user belongs to ({@code GET /organizations/me/}).
   *
   * @return the organizations
   */
  @Endpoint
  ApiOperation<List<DiditOrganization>> list() {
    return ApiOperation.builder(HttpMethod.GET, ORGANIZATIONS).constantPath("/organizations/me/").build();
  }
}
