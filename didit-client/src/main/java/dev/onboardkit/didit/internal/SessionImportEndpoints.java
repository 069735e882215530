package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.PagedOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.didit.sessions.DiditCreateImportRequest;
import dev.onboardkit.didit.sessions.DiditImport;
import dev.onboardkit.didit.sessions.DiditImportRowError;
import dev.onboardkit.didit.sessions.DiditImportTemplate;

/**
 * Bulk imports of sessions: jobs that read a hosted CSV or NDJSON file in Didit's canonical schema, for example to
 * migrate historical verifications into Didit. Obtain it with {@code client.sessions().imports()}. Thread-safe.
 */
@ServiceSpec(api = "dev.onboardkit.didit.sessions", name = "DiditSessionImportService",
    operations = "didit.sessions.imports")
public final class SessionImportEndpoints {
  private static final ResponseDecoder<DiditImport> IMPORT = ResponseDecoder.json(DiditImport.class);
  private static final ResponseDecoder<DiditPage<DiditImportRowError>> ERRORS =
      DiditPage.decoder(DiditImportRowError.class);
  private static final String IMPORTS = SessionEndpoints.SESSION_PATH + "/imports";

  /** Creates the definitions. */
  public SessionImportEndpoints() {}

  /**
   * Starts a bulk import job ({@code POST /session/imports/}) that reads the file at
   * {@link DiditCreateImportRequest.Builder#sourceFileUrl(String)}. The job runs on Didit's side: follow it with
   * {@link #retrieve(String)} and {@link #errors(String)}. Never sent twice once the request may have reached the
   * server (the SDK's create rule: sent again only when nothing went out, or after a 429): a repeat would import the
   * file twice.
   *
   * @param request the file's URL, format, row type and workflow
   * @return the job
   */
  @Endpoint
  ApiOperation<DiditImport> create(@Nullable DiditCreateImportRequest request) {
    ApiOperation.Builder<DiditImport> b = ApiOperation.builder(HttpMethod.POST, IMPORT)
        .constantPath(IMPORTS + "/")
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED)
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }

  /**
   * Downloads the canonical import template ({@code GET /session/imports/template/}): the column headers and format
   * that import files follow.
   *
   * @return the template, as text and, when it is JSON, as members
   */
  @Endpoint
  ApiOperation<DiditImportTemplate> template() {
    return ApiOperation.builder(HttpMethod.GET, VerificationDecoders.TEMPLATE)
        .constantPath(IMPORTS + "/template/")
        .accept("text/csv, application/json, */*")
        .build();
  }

  /**
   * Gets a job's status and summary ({@code GET /session/imports/{import_id}/}).
   *
   * @param importId the job's id ({@link DiditImport#id()})
   * @return the job
   */
  @Endpoint
  ApiOperation<DiditImport> retrieve(@Nullable String importId) {
    return ApiOperation.builder(HttpMethod.GET, IMPORT)
        .constantPath(IMPORTS)
        .pathParam("importId", importId)
        .constantPath("/")
        .build();
  }

  /**
   * Lists a job's per-row errors, the rows that failed validation or processing
   * ({@code GET /session/imports/{import_id}/errors/}). A bare array is one page, and a limit/offset envelope is
   * followed page by page.
   *
   * @param importId the job's id ({@link DiditImport#id()})
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditImportRowError>, DiditImportRowError> errors(@Nullable String importId) {
    ApiOperation<DiditPage<DiditImportRowError>> first = ApiOperation.builder(HttpMethod.GET, ERRORS)
        .constantPath(IMPORTS)
        .pathParam("importId", importId)
        .constantPath("/errors/")
        .build();
    return DiditPage.paged(first, ERRORS);
  }
}
