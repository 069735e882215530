package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.PagedOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.didit.questionnaires.DiditCreateQuestionnaireRequest;
import dev.onboardkit.didit.questionnaires.DiditQuestionnaire;
import dev.onboardkit.didit.questionnaires.DiditQuestionnaireUpdate;
import java.util.Map;

/**
 * Custom questionnaires: questions with options, branching and translations, which a workflow's
 * {@code QUESTIONNAIRE} feature asks during a session. Obtain it with {@code client.questionnaires()}. Thread-safe.
 *
 * <p>Every method validates its arguments first and throws {@link dev.onboardkit.core.error.InvalidRequestException}
 * listing every problem, without sending anything. An unknown id answers 404
 * ({@link dev.onboardkit.core.error.NotFoundException}).
 */
@ServiceSpec(api = "dev.onboardkit.didit.questionnaires", name = "DiditQuestionnaireService",
    operations = "didit.questionnaires")
public final class QuestionnaireEndpoints {
  private static final ResponseDecoder<DiditQuestionnaire> QUESTIONNAIRE =
      ResponseDecoder.json(DiditQuestionnaire.class);
  private static final ResponseDecoder<DiditPage<DiditQuestionnaire>> PAGE =
      DiditPage.decoder(DiditQuestionnaire.class);
  private static final String QUESTIONNAIRES = "/questionnaires";

  /** Creates the definitions. */
  public QuestionnaireEndpoints() {}

  /**
   * Lists the application's questionnaires ({@code GET /questionnaires/}). Didit does not say whether this list is
   * paginated: a bare array is one page, and a limit/offset envelope is followed page by page.
   *
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditQuestionnaire>, DiditQuestionnaire> list() {
    return DiditPage.paged(
        ApiOperation.builder(HttpMethod.GET, PAGE).constantPath(QUESTIONNAIRES + "/").build(), PAGE);
  }

  /**
   * Creates a questionnaire ({@code POST /questionnaires/}). Never sent twice once the request may have reached the
   * server (the SDK's create rule: sent again only when nothing went out, or after a 429): after a dropped connection
   * ({@code outcomeUnknown()}), list the questionnaires before creating again.
   *
   * @param request the title and questions
   * @return the new questionnaire
   */
  @Endpoint
  ApiOperation<DiditQuestionnaire> create(@Nullable DiditCreateQuestionnaireRequest request) {
    ApiOperation.Builder<DiditQuestionnaire> b = ApiOperation.builder(HttpMethod.POST, QUESTIONNAIRE)
        .constantPath(QUESTIONNAIRES + "/")
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED)
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }

  /**
   * Gets a questionnaire with its questions, options and translations ({@code GET /questionnaires/{uuid}/}).
   *
   * @param questionnaireId the questionnaire's id
   * @return the questionnaire
   */
  @Endpoint
  ApiOperation<DiditQuestionnaire> retrieve(@Nullable String questionnaireId) {
    return questionnaire(HttpMethod.GET, QUESTIONNAIRE, questionnaireId).build();
  }

  /**
   * Updates a questionnaire ({@code PATCH /questionnaires/{uuid}/}); only the members set are sent, and the questions
   * are replaced whole. Retried like a read: setting the same values twice leaves the same questionnaire.
   *
   * @param questionnaireId the questionnaire's id
   * @param update the changes
   * @return the updated questionnaire
   */
  @Endpoint
  ApiOperation<DiditQuestionnaire> update(
      @Nullable String questionnaireId, @Nullable DiditQuestionnaireUpdate update) {
    ApiOperation.Builder<DiditQuestionnaire> b = questionnaire(HttpMethod.PATCH, QUESTIONNAIRE, questionnaireId)
        .idempotency(Idempotency.IDEMPOTENT)
        .body(update);
    b.problems().requireNonNull("update", update);
    return b.build();
  }

  /**
   * Deletes a questionnaire ({@code DELETE /questionnaires/{uuid}/}).
   *
   * @param questionnaireId the questionnaire's id
   * @return the server's answer as plain Java values; empty after a 204
   */
  @Endpoint
  ApiOperation<Map<String, Object>> delete(@Nullable String questionnaireId) {
    return questionnaire(HttpMethod.DELETE, VerificationDecoders.OBJECT_OR_EMPTY, questionnaireId).build();
  }

  private static <T> ApiOperation.Builder<T> questionnaire(
      HttpMethod method, ResponseDecoder<T> decoder, @Nullable String questionnaireId) {
    return ApiOperation.builder(method, decoder)
        .constantPath(QUESTIONNAIRES)
        .pathParam("questionnaireId", questionnaireId)
        .constantPath("/");
  }
}
