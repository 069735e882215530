package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.PagedOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.didit.workflows.DiditCreateWorkflowRequest;
import dev.onboardkit.didit.workflows.DiditWorkflow;
import dev.onboardkit.didit.workflows.DiditWorkflowUpdate;
import java.util.Map;

/**
 * Verification workflows: the steps a session runs. Obtain it with {@code client.workflows()}. Thread-safe.
 */
@ServiceSpec(api = "dev.onboardkit.didit.workflows", name = "DiditWorkflowService", operations = "didit.workflows")
public final class WorkflowEndpoints {
  private static final ResponseDecoder<DiditWorkflow> WORKFLOW = ResponseDecoder.json(DiditWorkflow.class);
  private static final ResponseDecoder<DiditPage<DiditWorkflow>> PAGE = DiditPage.decoder(DiditWorkflow.class);
  private static final String WORKFLOWS = "/workflows";

  /** Creates the definitions. */
  public WorkflowEndpoints() {}

  /**
   * Lists the application's workflows ({@code GET /workflows/}), newest first. Didit's sources disagree on whether
   * this list is paginated: a bare array is one page, and a limit/offset envelope is followed page by page.
   *
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditWorkflow>, DiditWorkflow> list() {
    return DiditPage.paged(ApiOperation.builder(HttpMethod.GET, PAGE).constantPath(WORKFLOWS + "/").build(), PAGE);
  }

  /**
   * Creates a workflow ({@code POST /workflows/}) from an ordered list of features; sessions then take its
   * {@link DiditWorkflow#id()}. Never sent twice once the request may have reached the server (the SDK's create
   * rule: sent again only when nothing went out, or after a 429): after a dropped connection
   * ({@code outcomeUnknown()}), list the workflows before creating again.
   *
   * @param request the label and features
   * @return the new workflow
   */
  @Endpoint
  ApiOperation<DiditWorkflow> create(@Nullable DiditCreateWorkflowRequest request) {
    ApiOperation.Builder<DiditWorkflow> b = ApiOperation.builder(HttpMethod.POST, WORKFLOW)
        .constantPath(WORKFLOWS + "/")
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED)
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }

  /**
   * Gets a workflow's configuration ({@code GET /workflows/{id}/}).
   *
   * @param workflowId the workflow's id
   * @return the workflow
   */
  @Endpoint
  ApiOperation<DiditWorkflow> retrieve(@Nullable String workflowId) {
    return workflow(HttpMethod.GET, WORKFLOW, workflowId).build();
  }

  /**
   * Updates a workflow ({@code PATCH /workflows/{id}/}); only the members set are sent. Retried like a read: setting
   * the same values twice leaves the same workflow.
   *
   * @param workflowId the workflow's id
   * @param update the changes
   * @return the updated workflow
   */
  @Endpoint
  ApiOperation<DiditWorkflow> update(@Nullable String workflowId, @Nullable DiditWorkflowUpdate update) {
    ApiOperation.Builder<DiditWorkflow> b = workflow(HttpMethod.PATCH, WORKFLOW, workflowId)
        .idempotency(Idempotency.IDEMPOTENT)
        .body(update);
    b.problems().requireNonNull("update", update);
    return b.build();
  }

  /**
   * Deletes a workflow ({@code DELETE /workflows/{id}/}); sessions that used it are not affected.
   *
   * @param workflowId the workflow's id
   * @return the server's answer as plain Java values; empty after a 204
   */
  @Endpoint
  ApiOperation<Map<String, Object>> delete(@Nullable String workflowId) {
    return workflow(HttpMethod.DELETE, VerificationDecoders.OBJECT_OR_EMPTY, workflowId).build();
  }

  private static <T> ApiOperation.Builder<T> workflow(
      HttpMethod method, ResponseDecoder<T> decoder, @Nullable String workflowId) {
    return ApiOperation.builder(method, decoder)
        .constantPath(WORKFLOWS)
        .pathParam("workflowId", workflowId)
        .constantPath("/");
  }
}
