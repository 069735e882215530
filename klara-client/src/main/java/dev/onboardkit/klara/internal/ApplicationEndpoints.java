package dev.onboardkit.klara.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.PagedOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.core.internal.SubService;
import dev.onboardkit.core.internal.json.SdkJson;
import dev.onboardkit.klara.applications.KlaraApplication;
import dev.onboardkit.klara.applications.KlaraApplicationSummary;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.klara.applications.KlaraCreateApplicationResponse;
import dev.onboardkit.klara.applications.KlaraListApplicationsParams;
import dev.onboardkit.klara.applications.KlaraRecordDecisionRequest;
import dev.onboardkit.klara.applications.KlaraRecordDecisionResponse;
import dev.onboardkit.klara.applications.KlaraRefreshPreAuthResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Klara applications: {@code client.applications()}. Thread-safe.
 *
 * <p>Every method validates its arguments first and throws {@link dev.onboardkit.core.error.InvalidRequestException}
 * listing every problem, without sending anything. Error responses throw the
 * {@link dev.onboardkit.core.error.ApiException} subclass matching the status, whose {@code errorCode()} is a
 * {@link dev.onboardkit.klara.KlaraErrorCode}.
 */
@ServiceSpec(api = "dev.onboardkit.klara.applications", name = "KlaraApplicationService",
    operations = "klara.applications")
public final class ApplicationEndpoints {
  static final String APPLICATIONS = "applications";
  private static final String APPLICATIONS_PATH = "/" + APPLICATIONS;

  private static final ResponseDecoder<KlaraCreateApplicationResponse> CREATED =
      ResponseDecoder.json(KlaraCreateApplicationResponse.class);
  private static final ResponseDecoder<KlaraRefreshPreAuthResponse> PRE_AUTH =
      ResponseDecoder.json(KlaraRefreshPreAuthResponse.class);
  private static final ResponseDecoder<KlaraApplication> APPLICATION = ResponseDecoder.json(KlaraApplication.class);
  private static final ResponseDecoder<ApplicationList> LIST = ResponseDecoder.json(ApplicationList.class);
  private static final ObjectReader DECISION_READER = SdkJson.mapper().readerFor(KlaraRecordDecisionResponse.class);
  /** A 200 answer means the decision was a duplicate, even if the body does not say so. */
  private static final ResponseDecoder<KlaraRecordDecisionResponse> DECISION = response -> {
    if (response.statusCode() == 200) {
      JsonNode tree = SdkJson.mapper().readTree(response.body());
      if (tree instanceof ObjectNode && !tree.path("already_recorded").asBoolean(false)) {
        ((ObjectNode) tree).put("already_recorded", true);
        return DECISION_READER.readValue(tree);
      }
    }
    return DECISION_READER.readValue(response.body());
  };
  private static final PagedOperation.Shape<ApplicationList, KlaraApplicationSummary> PAGE =
      new PagedOperation.Shape<>() {
        @Override
        public List<KlaraApplicationSummary> items(ApplicationList page) {
          return page.applications();
        }

        @Override
        public boolean hasMore(ApplicationList page) {
          return page.hasMore();
        }

        @Override
        public @Nullable String nextCursor(ApplicationList page) {
          return page.nextCursor().orElse(null);
        }
      };

  private final DocumentEndpoints documents = new DocumentEndpoints();

  /** Creates the definitions. */
  public ApplicationEndpoints() {}

  /**
   * Returns the documents of applications.
   *
   * @return the document endpoints
   */
  @SubService
  DocumentEndpoints documents() {
    return documents;
  }

  /**
   * Creates an application and invites its primary contact ({@code POST /applications}).
   *
   * <p>Never sent twice once the server may have acted on it: the API has no idempotency key. It is retried when the
   * connection was refused or failed before the request went out, and after a 429 (the server refused it), honouring
   * the server's wait up to {@code maxRetryAfter}; a longer wait fails at once as a
   * {@link dev.onboardkit.core.error.RateLimitException} with {@code retryAfter()}. Any other response is reported at
   * once, without resending: a 503 (even with {@code Retry-After}) or a 500 with {@code X-Should-Retry: true} as the
   * matching {@link dev.onboardkit.core.error.ApiException}. A dropped connection fails with {@code outcomeUnknown()}
   * true; then list or look up the application before creating it again. A
   * {@link KlaraCreateApplicationResponse#warning()} means the invitation email failed but the application exists.
   *
   * @param request the application to create
   * @return the new application's id, link and participants
   */
  @Endpoint
  ApiOperation<KlaraCreateApplicationResponse> create(@Nullable KlaraCreateApplicationRequest request) {
    ApiOperation.Builder<KlaraCreateApplicationResponse> op = ApiOperation.builder(HttpMethod.POST, CREATED)
        .constantPath(APPLICATIONS_PATH)
        .body(request)
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED);
    op.problems().requireNonNull("request", request);
    return op.build();
  }

  /**
   * Issues a fresh pre-authentication code and link for an existing application
   * ({@code POST /applications/{id}/pre-auth}), for a contact who comes back to finish it. Retried like a read: a
   * repeated call only mints another code.
   *
   * @param applicationId the application id
   * @return the new code and link
   */
  @Endpoint
  ApiOperation<KlaraRefreshPreAuthResponse> refreshPreAuth(@Nullable String applicationId) {
    return ApiOperation.builder(HttpMethod.POST, PRE_AUTH)
        .path(APPLICATIONS)
        .pathParam("applicationId", applicationId)
        .path("pre-auth")
        .idempotency(Idempotency.IDEMPOTENT)
        .build();
  }

  /**
   * Gets an application with its status and data ({@code GET /applications/{id}}).
   *
   * @param applicationId the application id
   * @return the application
   */
  @Endpoint
  ApiOperation<KlaraApplication> retrieve(@Nullable String applicationId) {
    return ApiOperation.builder(HttpMethod.GET, APPLICATION)
        .path(APPLICATIONS)
        .pathParam("applicationId", applicationId)
        .build();
  }

  /**
   * Lists the first page of all applications ({@code GET /applications}); the page fetches the following pages
   * lazily until {@code has_more} is false or no cursor is returned.
   *
   * @return the first page
   */
  @Endpoint
  PagedOperation<ApplicationList, KlaraApplicationSummary> list() {
    return list(KlaraListApplicationsParams.none());
  }

  /**
   * Lists applications ({@code GET /applications}). The page fetches the following pages lazily, with the same
   * filters, until {@code has_more} is false or no cursor is returned.
   *
   * @param params the status filter, page size and starting cursor
   * @return the first page
   */
  @Endpoint
  PagedOperation<ApplicationList, KlaraApplicationSummary> list(@Nullable KlaraListApplicationsParams params) {
    return PagedOperation.of(list(params, params == null ? null : params.cursor()), PAGE,
        cursor -> list(params, cursor));
  }

  /**
   * {@code GET /applications} with the filters of {@code params} and {@code cursor}, which for later pages is the
   * server's {@code next_cursor} passed through as received: only caller-supplied cursors are validated.
   */
  private static ApiOperation<ApplicationList> list(@Nullable KlaraListApplicationsParams params, @Nullable String cursor) {
    ApiOperation.Builder<ApplicationList> op = ApiOperation.builder(HttpMethod.GET, LIST).constantPath(APPLICATIONS_PATH);
    if (op.problems().requireNonNull("params", params)) {
      op.query("status", params.statusWireValue())
          .query("limit", params.limit())
          .query("cursor", cursor);
    }
    return op.build();
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
  @Endpoint
  ApiOperation<KlaraRecordDecisionResponse> recordDecision(
      @Nullable String applicationId, @Nullable KlaraRecordDecisionRequest decision) {
    ApiOperation.Builder<KlaraRecordDecisionResponse> op = ApiOperation.builder(HttpMethod.POST, DECISION)
        .path(APPLICATIONS)
        .pathParam("applicationId", applicationId)
        .path("decision")
        .idempotency(Idempotency.IDEMPOTENT);
    if (op.problems().requireNonNull("decision", decision) && op.problems().isEmpty()) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", decision.type().wireValue());
      body.put("timestamp", decision.timestamp());
      body.put("application_id", applicationId.strip());
      if (!decision.data().isEmpty()) {
        body.put("data", decision.data());
      }
      op.body(body);
    }
    return op.build();
  }
}
