package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.Secret;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.PagedOperation;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.core.internal.SubService;
import dev.onboardkit.didit.decisions.DiditDecision;
import dev.onboardkit.didit.decisions.DiditReview;
import dev.onboardkit.didit.sessions.DiditAddReviewRequest;
import dev.onboardkit.didit.sessions.DiditBatchDeletion;
import dev.onboardkit.didit.sessions.DiditCreateSessionRequest;
import dev.onboardkit.didit.sessions.DiditDeleteSessionRequest;
import dev.onboardkit.didit.sessions.DiditImportedSession;
import dev.onboardkit.didit.sessions.DiditListSessionsParams;
import dev.onboardkit.didit.sessions.DiditPoaDataUpdate;
import dev.onboardkit.didit.sessions.DiditSession;
import dev.onboardkit.didit.sessions.DiditSessionDataUpdate;
import dev.onboardkit.didit.sessions.DiditSessionDeletion;
import dev.onboardkit.didit.sessions.DiditSessionPdf;
import dev.onboardkit.didit.sessions.DiditSessionShare;
import dev.onboardkit.didit.sessions.DiditSessionSummary;
import dev.onboardkit.didit.sessions.DiditStatusUpdate;
import dev.onboardkit.didit.sessions.DiditUpdateSessionStatusRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verification sessions: create one per person or business to verify, read its decision, list, review, export and
 * delete them. Obtain it with {@code client.sessions()}. Thread-safe.
 *
 * <p>Every method validates its arguments first and throws {@link dev.onboardkit.core.error.InvalidRequestException}
 * listing every problem, without sending anything. Error responses throw the
 * {@link dev.onboardkit.core.error.ApiException} subclass matching the status, whose {@code errorCode()} is a
 * {@link dev.onboardkit.didit.DiditVerificationErrorCode}; a refused API key is an
 * {@link dev.onboardkit.core.error.AuthenticationException}.
 */
@ServiceSpec(api = "dev.onboardkit.didit.sessions", name = "DiditSessionService",
    operations = "didit.sessions")
public final class SessionEndpoints {
  private static final ResponseDecoder<DiditSession> SESSION = ResponseDecoder.json(DiditSession.class);
  private static final ResponseDecoder<DiditDecision> DECISION = ResponseDecoder.json(DiditDecision.class);
  private static final ResponseDecoder<DiditPage<DiditSessionSummary>> PAGE =
      DiditPage.decoder(DiditSessionSummary.class);
  private static final ResponseDecoder<DiditStatusUpdate> STATUS = ResponseDecoder.json(DiditStatusUpdate.class);
  private static final ResponseDecoder<DiditSessionDeletion> DELETION = VerificationDecoders.jsonOrEmpty(
      DiditSessionDeletion.class, DiditSessionDeletion.empty());
  private static final ResponseDecoder<DiditBatchDeletion> BATCH = ResponseDecoder.json(DiditBatchDeletion.class);
  private static final ResponseDecoder<List<DiditReview>> REVIEWS = DiditDecoders.list(DiditReview.class, "results");
  private static final ResponseDecoder<DiditReview> REVIEW = ResponseDecoder.json(DiditReview.class);
  private static final ResponseDecoder<DiditSessionShare> SHARE = ResponseDecoder.json(DiditSessionShare.class);
  private static final ResponseDecoder<DiditImportedSession> IMPORTED =
      ResponseDecoder.json(DiditImportedSession.class);

  static final String SESSION_PATH = "/session";
  private static final String SESSIONS_PATH = "/sessions";

  private final SessionWebhookEndpoints webhooks = new SessionWebhookEndpoints();
  private final SessionImportEndpoints imports = new SessionImportEndpoints();

  /** Creates the definitions. */
  public SessionEndpoints() {}

  /**
   * Returns the webhook deliveries of sessions: list, retrieve and resend.
   *
   * @return the delivery endpoints
   */
  @SubService
  SessionWebhookEndpoints webhooks() {
    return webhooks;
  }

  /**
   * Returns the bulk imports of sessions: create a job from a hosted file, the template, a job's status and its
   * per-row errors.
   *
   * @return the import endpoints
   */
  @SubService
  SessionImportEndpoints imports() {
    return imports;
  }

  /**
   * Creates a verification session ({@code POST /session/}); send the user to {@link DiditSession#url()}.
   *
   * <p><b>Didit's own idempotency:</b> when an unfinished session ({@code Not Started}, {@code In Progress},
   * {@code Resubmitted} or {@code Awaiting User}) with the same {@code vendor_data} exists on the latest workflow
   * version, Didit returns that session again (still 201) rather than a new one. Set
   * {@link DiditCreateSessionRequest.Builder#vendorData(String)} to your user's id and creating again is harmless.
   *
   * <p><b>The SDK's create rule:</b> never sent twice once the request may have reached the server. It is sent again
   * only when the connection failed before anything went out, or after a 429 (the server refused it), honouring the
   * server's wait up to {@code maxRetryAfter} (a longer wait fails at once as a
   * {@link dev.onboardkit.core.error.RateLimitException} with {@code retryAfter()}); any other response (a 503) is
   * reported at once. A
   * dropped connection fails with {@code outcomeUnknown()} true: with {@code vendorData} set, create again to get the
   * same session back; without it, list the sessions first.
   *
   * @param request the workflow and the person to verify
   * @return the new (or the unfinished, reused) session
   */
  @Endpoint
  ApiOperation<DiditSession> create(@Nullable DiditCreateSessionRequest request) {
    ApiOperation.Builder<DiditSession> b = ApiOperation.builder(HttpMethod.POST, SESSION)
        .constantPath(SESSION_PATH + "/")
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED)
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }

  /**
   * Gets a session's decision ({@code GET /session/{session_id}/decision/}): its status, details, reviews and every
   * check the workflow has run so far. It can be called at any point; the recommended pattern is to wait for the
   * {@code status.updated} webhook, then fetch it once. Media URLs in it are short-lived presigned links (about 60
   * minutes): fetch the decision again for fresh ones.
   *
   * @param sessionId the session's identifier
   * @return the decision
   */
  @Endpoint
  ApiOperation<DiditDecision> decision(@Nullable String sessionId) {
    return decision(sessionId, false);
  }

  /**
   * Gets a session's decision, with its events when {@code includeEvents} is true
   * ({@code GET /session/{session_id}/decision/?include=events}).
   *
   * @param sessionId the session's identifier
   * @param includeEvents whether to ask for {@link DiditDecision#events()}
   * @return the decision
   */
  @Endpoint
  ApiOperation<DiditDecision> decision(@Nullable String sessionId, boolean includeEvents) {
    return session(HttpMethod.GET, DECISION, sessionId, "decision")
        .query("include", includeEvents ? "events" : null)
        .build();
  }

  /**
   * Lists every session ({@code GET /sessions/}), newest first, in pages of the server's default size; the page
   * fetches the following ones lazily.
   *
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditSessionSummary>, DiditSessionSummary> list() {
    return list(DiditListSessionsParams.none());
  }

  /**
   * Lists sessions ({@code GET /sessions/}) with filters. The page fetches the following pages lazily by following
   * the server's absolute {@code next} link, only while it stays on this client's host and under its base path (the
   * API key is never sent elsewhere), and stops when {@code next} is null; the total {@code count} is not used, since
   * Didit caps it for some lists.
   *
   * @param params the filters, page size and offset
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditSessionSummary>, DiditSessionSummary> list(@Nullable DiditListSessionsParams params) {
    ApiOperation.Builder<DiditPage<DiditSessionSummary>> b = ApiOperation.builder(HttpMethod.GET, PAGE)
        .constantPath(SESSIONS_PATH + "/");
    if (b.problems().requireNonNull("params", params)) {
      params.fields().forEach(b::query);
    }
    return DiditPage.paged(b.build(), PAGE);
  }

  /**
   * Approves, declines or sends steps back to the user ({@code PATCH /session/{session_id}/update-status/}). Not
   * retried once it may have reached the server: with {@code send_email} a repeat would email the user twice.
   *
   * @param sessionId the session's identifier
   * @param request the new status, and for a resubmission the steps to redo
   * @return the server's confirmation
   */
  @Endpoint
  ApiOperation<DiditStatusUpdate> updateStatus(
      @Nullable String sessionId, @Nullable DiditUpdateSessionStatusRequest request) {
    ApiOperation.Builder<DiditStatusUpdate> b = session(HttpMethod.PATCH, STATUS, sessionId, "update-status")
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }

  /**
   * Deletes a session and its data ({@code DELETE /session/{session_id}/delete/}), under the application's retention
   * settings. Retried like a read: deleting twice leaves the same state (the second answers 404), and a 503 (the
   * biometric store is down) is safe to retry. Didit answers 204 or 200 with details; both are accepted.
   *
   * @param sessionId the session's identifier
   * @return the deletion's details; every member empty after a 204
   */
  @Endpoint
  ApiOperation<DiditSessionDeletion> delete(@Nullable String sessionId) {
    return session(HttpMethod.DELETE, DELETION, sessionId, "delete").build();
  }

  /**
   * Deletes a session, saying what happens to its face biometrics ({@code DELETE /session/{session_id}/delete/} with
   * a body). Didit answers 204 or 200 with details; both are accepted.
   *
   * @param sessionId the session's identifier
   * @param request the retention instructions
   * @return the deletion's details; every member empty after a 204
   */
  @Endpoint
  ApiOperation<DiditSessionDeletion> delete(@Nullable String sessionId, @Nullable DiditDeleteSessionRequest request) {
    ApiOperation.Builder<DiditSessionDeletion> b = session(HttpMethod.DELETE, DELETION, sessionId, "delete")
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }

  /**
   * Deletes the sessions with these numbers ({@code POST /sessions/delete/} with {@code session_numbers} and
   * {@code "delete_all": false}). Unknown numbers are skipped without an error. Retried like a read: deleting the
   * same sessions twice leaves the same state. To delete every session, call {@link #deleteAll()}; an empty list is
   * refused rather than sent.
   *
   * @param sessionNumbers the sessions' numbers ({@link DiditSession#sessionNumber()}), at least one
   * @return the per-session results
   */
  @Endpoint
  ApiOperation<DiditBatchDeletion> deleteMany(@Nullable List<Long> sessionNumbers) {
    ApiOperation.Builder<DiditBatchDeletion> b = ApiOperation.builder(HttpMethod.POST, BATCH)
        .constantPath(SESSIONS_PATH + "/delete/")
        .idempotency(Idempotency.IDEMPOTENT);
    Problems problems = b.problems();
    if (problems.requireNonNull("sessionNumbers", sessionNumbers)) {
      if (sessionNumbers.isEmpty()) {
        problems.add("sessionNumbers", "must hold at least one number; call deleteAll() to delete every session");
      }
      for (int i = 0; i < sessionNumbers.size(); i++) {
        if (sessionNumbers.get(i) == null) {
          problems.add("sessionNumbers[" + i + "]", "must not be null");
        }
      }
      if (problems.isEmpty()) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session_numbers", List.copyOf(sessionNumbers));
        body.put("delete_all", false);
        b.body(body);
      }
    }
    return b.build();
  }

  /**
   * Deletes <b>every</b> session of the application ({@code POST /sessions/delete/} with {@code "delete_all": true}).
   * Irreversible; nothing else in the SDK sends {@code delete_all}. Never sent twice once it may have reached the
   * server: a repeat could also delete sessions created in between.
   *
   * @return the per-session results
   */
  @Endpoint
  ApiOperation<DiditBatchDeletion> deleteAll() {
    return ApiOperation.builder(HttpMethod.POST, BATCH)
        .constantPath(SESSIONS_PATH + "/delete/")
        .idempotency(Idempotency.RETRY_UNSENT_ONLY)
        .body(Map.of("delete_all", true))
        .build();
  }

  /**
   * Exports a session's PDF report ({@code GET /session/{session_id}/generate-pdf}): session details, feature results
   * and document images. Didit's sources disagree on the trailing slash: the call is sent without it, and sent once
   * more with it if the server answers 404 or a redirect. The body is read up to the SDK's response cap (16 MiB).
   * Rate limited to about 50 a minute.
   *
   * @param sessionId the session's identifier
   * @return the report's bytes and content type
   */
  @Endpoint
  ApiOperation<DiditSessionPdf> generatePdf(@Nullable String sessionId) {
    ApiOperation<DiditSessionPdf> withSlash = pdf(sessionId, true).build();
    return pdf(sessionId, false).fallback(withSlash).build();
  }

  private static ApiOperation.Builder<DiditSessionPdf> pdf(@Nullable String sessionId, boolean slash) {
    ApiOperation.Builder<DiditSessionPdf> b = ApiOperation.builder(HttpMethod.GET, VerificationDecoders.PDF)
        .constantPath(SESSION_PATH)
        .pathParam("sessionId", sessionId)
        .constantPath(slash ? "/generate-pdf/" : "/generate-pdf")
        .accept("application/pdf, application/json");
    return b;
  }

  /**
   * Corrects the data read from the identity document ({@code PATCH /session/{session_id}/update-data/}); only the
   * members set are sent. Retried like a read: setting the same values twice leaves the same data.
   *
   * @param sessionId the session's identifier
   * @param update the corrected values
   * @return the server's answer as plain Java values; empty when it sent no body
   */
  @Endpoint
  ApiOperation<Map<String, Object>> updateData(@Nullable String sessionId, @Nullable DiditSessionDataUpdate update) {
    ApiOperation.Builder<Map<String, Object>> b =
        session(HttpMethod.PATCH, VerificationDecoders.OBJECT_OR_EMPTY, sessionId, "update-data")
            .idempotency(Idempotency.IDEMPOTENT)
            .body(update);
    b.problems().requireNonNull("update", update);
    return b.build();
  }

  /**
   * Corrects the data read from the proof-of-address document
   * ({@code PATCH /session/{session_id}/update-poa-data/}); only the members set are sent. Retried like a read.
   *
   * @param sessionId the session's identifier
   * @param update the corrected values
   * @return the server's answer as plain Java values; empty when it sent no body
   */
  @Endpoint
  ApiOperation<Map<String, Object>> updatePoaData(@Nullable String sessionId, @Nullable DiditPoaDataUpdate update) {
    ApiOperation.Builder<Map<String, Object>> b =
        session(HttpMethod.PATCH, VerificationDecoders.OBJECT_OR_EMPTY, sessionId, "update-poa-data")
            .idempotency(Idempotency.IDEMPOTENT)
            .body(update);
    b.problems().requireNonNull("update", update);
    return b.build();
  }

  /**
   * Lists a session's reviews and activity ({@code GET /sessions/{session_id}/reviews/}).
   *
   * @param sessionId the session's identifier
   * @return the reviews, oldest first as sent
   */
  @Endpoint
  ApiOperation<List<DiditReview>> reviews(@Nullable String sessionId) {
    return reviewsPath(HttpMethod.GET, REVIEWS, sessionId).build();
  }

  /**
   * Adds a review note to a session's audit trail, optionally recording a status with it
   * ({@code POST /sessions/{session_id}/reviews/}). Never sent twice once it may have reached the server (the SDK's
   * create rule: sent again only when nothing went out, or after a 429): a repeat would add the note twice.
   *
   * @param sessionId the session's identifier
   * @param request the note and optional status
   * @return the review as stored
   */
  @Endpoint
  ApiOperation<DiditReview> addReview(@Nullable String sessionId, @Nullable DiditAddReviewRequest request) {
    ApiOperation.Builder<DiditReview> b = reviewsPath(HttpMethod.POST, REVIEW, sessionId)
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED)
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }

  /**
   * Shares a verified session with a trusted partner application for Reusable KYC
   * ({@code POST /session/{session_id}/share/}); the partner imports it with {@link #importShared(String)} and the
   * returned {@link DiditSessionShare#shareToken()}. The body is {@code session_id} and {@code partner_client_id}, as
   * Didit's own MCP server sends it. Never sent twice once the request may have reached the server (the SDK's create
   * rule: sent again only when nothing went out, or after a 429): a repeat would issue a second token.
   *
   * @param sessionId the session's identifier
   * @param partnerClientId the partner application's {@code client_id}
   * @return the share, with the token to hand to the partner
   */
  @Endpoint
  ApiOperation<DiditSessionShare> share(@Nullable String sessionId, @Nullable String partnerClientId) {
    ApiOperation.Builder<DiditSessionShare> b = session(HttpMethod.POST, SHARE, sessionId, "share")
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED);
    if (b.problems().requireText("partnerClientId", partnerClientId, Integer.MAX_VALUE) && sessionId != null) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("session_id", sessionId.strip());
      body.put("partner_client_id", partnerClientId);
      b.body(body);
    }
    return b.build();
  }

  /**
   * Imports a session a partner shared with this application ({@code POST /session/import-shared/} with
   * {@code share_token}), Reusable KYC: the person is not verified again. Never sent twice once the request may have
   * reached the server (the SDK's create rule: sent again only when nothing went out, or after a 429). The token is
   * masked in logs and in {@code toString()}.
   *
   * @param shareToken the token the partner received from {@link #share(String, String)}
   * @return the imported session
   */
  @Endpoint
  ApiOperation<DiditImportedSession> importShared(@Nullable String shareToken) {
    ApiOperation.Builder<DiditImportedSession> b = ApiOperation.builder(HttpMethod.POST, IMPORTED)
        .constantPath(SESSION_PATH + "/import-shared/")
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED);
    if (b.problems().requireText("shareToken", shareToken, Integer.MAX_VALUE)) {
      b.body(Map.of("share_token", Secret.of(shareToken)));
    }
    return b.build();
  }

  private static <T> ApiOperation.Builder<T> session(
      HttpMethod method, ResponseDecoder<T> decoder, @Nullable String sessionId, String action) {
    return ApiOperation.builder(method, decoder)
        .constantPath(SESSION_PATH)
        .pathParam("sessionId", sessionId)
        .path(action, "");
  }

  private static <T> ApiOperation.Builder<T> reviewsPath(
      HttpMethod method, ResponseDecoder<T> decoder, @Nullable String sessionId) {
    return ApiOperation.builder(method, decoder)
        .constantPath(SESSIONS_PATH)
        .pathParam("sessionId", sessionId)
        .constantPath("/reviews/");
  }
}
