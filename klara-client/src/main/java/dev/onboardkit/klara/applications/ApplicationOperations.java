package dev.onboardkit.klara.applications;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.json.SdkJson;
import dev.onboardkit.core.paging.CursorPage;
import java.util.LinkedHashMap;
import java.util.Map;

/** The application endpoints: paths, idempotency and decoders. The only place that knows them. */
final class ApplicationOperations {
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
    KlaraRecordDecisionResponse decoded = DECISION_READER.readValue(response.body());
    if (response.statusCode() == 200 && !decoded.alreadyRecorded()) {
      return ImmutableKlaraRecordDecisionResponse.builder().from(decoded).alreadyRecorded(true).build();
    }
    return decoded;
  };

  private ApplicationOperations() {}

  /**
   * {@code POST /applications}: creates something and has no idempotency key, so it is sent again only when the first
   * attempt provably never reached the server. Any response (429, 503, {@code X-Should-Retry: true}) is reported.
   */
  static ApiOperation<KlaraCreateApplicationResponse> create(@Nullable KlaraCreateApplicationRequest request) {
    ApiOperation.Builder<KlaraCreateApplicationResponse> op = ApiOperation.builder(HttpMethod.POST, CREATED)
        .constantPath(APPLICATIONS_PATH)
        .body(request)
        .idempotency(Idempotency.RETRY_UNSENT_ONLY);
    op.problems().requireNonNull("request", request);
    return op.build();
  }

  /** {@code POST /applications/{id}/pre-auth}, no body: repeating it only mints another code. */
  static ApiOperation<KlaraRefreshPreAuthResponse> refreshPreAuth(@Nullable String applicationId) {
    return ApiOperation.builder(HttpMethod.POST, PRE_AUTH)
        .path(APPLICATIONS)
        .pathParam("applicationId", applicationId)
        .path("pre-auth")
        .idempotency(Idempotency.IDEMPOTENT)
        .build();
  }

  /** {@code GET /applications/{id}}. */
  static ApiOperation<KlaraApplication> retrieve(@Nullable String applicationId) {
    return ApiOperation.builder(HttpMethod.GET, APPLICATION)
        .path(APPLICATIONS)
        .pathParam("applicationId", applicationId)
        .build();
  }

  /** {@code GET /applications?status=&limit=&cursor=}: the first page asked for, with the caller's cursor. */
  static ApiOperation<ApplicationList> list(@Nullable KlaraListApplicationsParams params) {
    return list(params, params == null ? null : params.cursor());
  }

  /**
   * {@code GET /applications} with the filters of {@code params} and {@code cursor}, which for later pages is the
   * server's {@code next_cursor} passed through as received: only caller-supplied cursors are validated.
   */
  private static ApiOperation<ApplicationList> list(@Nullable KlaraListApplicationsParams params, @Nullable String cursor) {
    ApiOperation.Builder<ApplicationList> op = ApiOperation.builder(HttpMethod.GET, LIST).constantPath(APPLICATIONS_PATH);
    if (op.problems().requireNonNull("params", params)) {
      KlaraApplicationStatus status = params.status();
      op.query("status", status == null ? null : status.wireValue())
          .query("limit", params.limit())
          .query("cursor", cursor);
    }
    return op.build();
  }

  /** {@code POST /applications/{id}/decision}: the server deduplicates per decision type. */
  static ApiOperation<KlaraRecordDecisionResponse> recordDecision(
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

  /**
   * Wraps a decoded list in a page whose next pages are fetched, blocking, with the same filters and options.
   */
  static CursorPage<KlaraApplicationSummary> toPage(
      ClientRuntime runtime, ApplicationList list, KlaraListApplicationsParams params, RequestOptions options) {
    return new CursorPage<>(list.applications(), list.hasMore(), list.nextCursor().orElse(null),
        cursor -> toPage(runtime, runtime.execute(list(params, cursor), options), params, options));
  }
}
