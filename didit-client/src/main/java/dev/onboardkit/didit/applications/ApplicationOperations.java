package dev.onboardkit.didit.applications;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.didit.internal.DiditDecoders;
import java.util.List;

/** Paths, idempotency and decoders of the application endpoints. All need the Bearer access token. */
final class ApplicationOperations {
  static final ResponseDecoder<DiditApplication> APPLICATION = ResponseDecoder.json(DiditApplication.class);
  static final ResponseDecoder<List<DiditApplication>> APPLICATIONS = DiditDecoders.list(DiditApplication.class, "results");

  private static final String ORGANIZATIONS_ME = "/organizations/me";
  private static final String APPLICATIONS_PATH = "/applications";
  private static final String APPLICATIONS_SLASH = APPLICATIONS_PATH + "/";

  private ApplicationOperations() {}

  /** Sent again only when the first attempt provably never reached the server: any response is reported at once. */
  static ApiOperation<DiditApplication> create(@Nullable String orgId, @Nullable DiditCreateApplicationRequest request) {
    ApiOperation.Builder<DiditApplication> b = base(HttpMethod.POST, APPLICATION, orgId)
        .idempotency(Idempotency.RETRY_UNSENT_ONLY)
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }

  static ApiOperation<List<DiditApplication>> list(@Nullable String orgId) {
    return base(HttpMethod.GET, APPLICATIONS, orgId).build();
  }

  static ApiOperation<DiditApplication> retrieve(@Nullable String orgId, @Nullable String appId) {
    return base(HttpMethod.GET, APPLICATION, orgId, appId).build();
  }

  static ApiOperation<DiditApplication> update(
      @Nullable String orgId, @Nullable String appId, @Nullable DiditApplicationUpdate update) {
    ApiOperation.Builder<DiditApplication> b = base(HttpMethod.PATCH, APPLICATION, orgId, appId)
        // Setting the same fields to the same values twice leaves the application as one PATCH does, so a PATCH that
        // may or may not have been processed can safely be sent again.
        .idempotency(Idempotency.IDEMPOTENT)
        .body(update);
    b.problems().requireNonNull("update", update);
    return b.build();
  }

  private static <T> ApiOperation.Builder<T> base(
      HttpMethod method, ResponseDecoder<T> decoder, @Nullable String orgId) {
    return ApiOperation.builder(method, decoder)
        .constantPath(ORGANIZATIONS_ME)
        .pathParam("orgId", orgId)
        .constantPath(APPLICATIONS_SLASH);
  }

  private static <T> ApiOperation.Builder<T> base(
      HttpMethod method, ResponseDecoder<T> decoder, @Nullable String orgId, @Nullable String appId) {
    return ApiOperation.builder(method, decoder)
        .constantPath(ORGANIZATIONS_ME)
        .pathParam("orgId", orgId)
        .constantPath(APPLICATIONS_PATH)
        .pathParam("appId", appId)
        .constantPath("/");
  }
}
