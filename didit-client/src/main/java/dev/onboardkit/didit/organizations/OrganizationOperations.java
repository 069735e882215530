package dev.onboardkit.didit.organizations;

import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.didit.internal.DiditDecoders;
import java.util.List;

/** Paths and decoders of the organization endpoints. All need the Bearer access token. */
final class OrganizationOperations {
  /** A bare array, as the server sends; {@code {"results": [...]}} and {@code {"organizations": [...]}} too. */
  static final ResponseDecoder<List<DiditOrganization>> ORGANIZATIONS =
      DiditDecoders.list(DiditOrganization.class, "results", "organizations");

  private OrganizationOperations() {}

  static ApiOperation<List<DiditOrganization>> list() {
    return ApiOperation.builder(HttpMethod.GET, ORGANIZATIONS).constantPath("/organizations/me/").build();
  }
}
