package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.didit.applications.DiditApplication;
import dev.onboardkit.didit.applications.DiditApplicationUpdate;
import dev.onboardkit.didit.applications.DiditCreateApplicationRequest;
import java.util.List;

/**
 * The applications of one organization: create, list, retrieve (including the live API key) and update. Every call
 * needs the Bearer access token of an owner or admin of the organization: a member without that role gets a
 * {@link dev.onboardkit.core.error.PermissionDeniedException} (403), a non-member a
 * {@link dev.onboardkit.core.error.NotFoundException} (404).
 *
 * <p>Obtain it with {@code client.applications(orgId)}. Thread-safe.
 */
@ServiceSpec(api = "dev.onboardkit.didit.applications", name = "DiditApplicationService",
    operations = "didit.applications")
public final class ApplicationEndpoints {
  private static final ResponseDecoder<DiditApplication> APPLICATION = ResponseDecoder.json(DiditApplication.class);
  private static final ResponseDecoder<List<DiditApplication>> APPLICATIONS =
      DiditDecoders.list(DiditApplication.class, "results");

  private static final String ORGANIZATIONS_ME = "/organizations/me";
  private static final String APPLICATIONS_PATH = "/applications";
  private static final String APPLICATIONS_SLASH = APPLICATIONS_PATH + "/";

  private final @Nullable String orgId;

  /**
   * Creates the definitions for one organization.
   *
   * @param orgId the organization's identifier; checked when a call is made
   */
  public ApplicationEndpoints(@Nullable String orgId) {
    this.orgId = orgId;
  }

  /**
   * Creates an application ({@code POST /organizations/me/{org_id}/applications/}). Persist the returned API key; it
   * can be recovered later with {@link #retrieve(String)}.
   *
   * <p>Never sent twice once the server may have acted on it: it is sent again when the connection failed before
   * anything went out, and after a 429 (the server refused it), honouring the server's wait up to
   * {@code maxRetryAfter}; a longer wait fails at once as a {@link dev.onboardkit.core.error.RateLimitException} with
   * {@code retryAfter()}. Any other response (a 503, a 500 with {@code X-Should-Retry: true}) is reported at once.
   *
   * <p>The request body: the API also accepts a POST with no body at all, which it documents as the same as
   * {@code {}} (its "Empty" example: "No body at all -- defaults to &lt;org name&gt; App", value {@code {}}). The SDK
   * always sends a JSON object, so there is one way to ask for the defaults: pass
   * {@link DiditCreateApplicationRequest#empty()}, which sends {@code {}}. A null {@code request} is refused before
   * sending rather than read as "no body", so a forgotten argument cannot create an application by accident.
   *
   * @param request the fields to set; {@link DiditCreateApplicationRequest#empty()} sends {@code {}} (the server's
   *     defaults)
   * @return the new application, including its API key
   */
  @Endpoint
  ApiOperation<DiditApplication> create(@Nullable DiditCreateApplicationRequest request) {
    ApiOperation.Builder<DiditApplication> b = base(HttpMethod.POST, APPLICATION)
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED)
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }

  /**
   * Lists the organization's applications ({@code GET /organizations/me/{org_id}/applications/}).
   *
   * @return the applications
   */
  @Endpoint
  ApiOperation<List<DiditApplication>> list() {
    return base(HttpMethod.GET, APPLICATIONS).build();
  }

  /**
   * Retrieves one application ({@code GET /organizations/me/{org_id}/applications/{app_id}/}), including its live
   * API key: the documented way to recover a lost key.
   *
   * @param appId the application's identifier
   * @return the application
   */
  @Endpoint
  ApiOperation<DiditApplication> retrieve(@Nullable String appId) {
    return base(HttpMethod.GET, APPLICATION, appId).build();
  }

  /**
   * Updates an application ({@code PATCH /organizations/me/{org_id}/applications/{app_id}/}), sending only the fields
   * set in {@code update}. The client id and API key never change through this call.
   *
   * @param appId the application's identifier
   * @param update the fields to change or clear
   * @return the updated application
   */
  @Endpoint
  ApiOperation<DiditApplication> update(@Nullable String appId, @Nullable DiditApplicationUpdate update) {
    ApiOperation.Builder<DiditApplication> b = base(HttpMethod.PATCH, APPLICATION, appId)
        // Setting the same fields to the same values twice leaves the application as one PATCH does, so a PATCH that
        // may or may not have been processed can safely be sent again.
        .idempotency(Idempotency.IDEMPOTENT)
        .body(update);
    b.problems().requireNonNull("update", update);
    return b.build();
  }

  private <T> ApiOperation.Builder<T> base(HttpMethod method, ResponseDecoder<T> decoder) {
    return ApiOperation.builder(method, decoder)
        .constantPath(ORGANIZATIONS_ME)
        .pathParam("orgId", orgId)
        .constantPath(APPLICATIONS_SLASH);
  }

  private <T> ApiOperation.Builder<T> base(HttpMethod method, ResponseDecoder<T> decoder, @Nullable String appId) {
    return ApiOperation.builder(method, decoder)
        .constantPath(ORGANIZATIONS_ME)
        .pathParam("orgId", orgId)
        .constantPath(APPLICATIONS_PATH)
        .pathParam("appId", appId)
        .constantPath("/");
  }
}
