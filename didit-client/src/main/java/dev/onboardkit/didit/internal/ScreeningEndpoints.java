package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.didit.screening.DiditAmlScreeningRequest;
import dev.onboardkit.didit.screening.DiditAmlScreeningResult;
import dev.onboardkit.didit.screening.DiditDatabaseValidationRequest;
import dev.onboardkit.didit.screening.DiditDatabaseValidationResult;
import dev.onboardkit.didit.screening.DiditEmailCheckRequest;
import dev.onboardkit.didit.screening.DiditEmailCheckResult;
import dev.onboardkit.didit.screening.DiditEmailSendRequest;
import dev.onboardkit.didit.screening.DiditKybSearchRequest;
import dev.onboardkit.didit.screening.DiditKybSearchResult;
import dev.onboardkit.didit.screening.DiditKybSelectRequest;
import dev.onboardkit.didit.screening.DiditKybSelectResult;
import dev.onboardkit.didit.screening.DiditOtpSendResult;
import dev.onboardkit.didit.screening.DiditPhoneCheckRequest;
import dev.onboardkit.didit.screening.DiditPhoneCheckResult;
import dev.onboardkit.didit.screening.DiditPhoneSendRequest;

/**
 * The JSON standalone checks, run without a session: database validation, AML screening, KYB registry search and
 * select, and email and phone one-time codes. Obtain it with {@code client.screening()}. Thread-safe.
 *
 * <p>Every method validates its arguments first and throws {@link dev.onboardkit.core.error.InvalidRequestException}
 * listing every problem, without sending anything. Error responses throw the
 * {@link dev.onboardkit.core.error.ApiException} subclass matching the status (402 when the credit balance is too
 * low); a refused API key is an {@link dev.onboardkit.core.error.AuthenticationException}.
 *
 * <p><b>The SDK's create rule.</b> Every check but the free KYB search is billed, and a send delivers a message, so
 * those calls are never sent twice once they may have reached the server: sent again only when the connection failed
 * before anything went out, or after a 429 (the server refused it), honouring the server's wait up to
 * {@code maxRetryAfter}. Any other response (a 503) and a failure after sending ({@code outcomeUnknown()}) are
 * reported at once.
 */
@ServiceSpec(api = "dev.onboardkit.didit.screening", name = "DiditScreeningService", operations = "didit.screening")
public final class ScreeningEndpoints {
  private static final ResponseDecoder<DiditDatabaseValidationResult> DATABASE =
      ResponseDecoder.json(DiditDatabaseValidationResult.class);
  private static final ResponseDecoder<DiditAmlScreeningResult> AML =
      ResponseDecoder.json(DiditAmlScreeningResult.class);
  private static final ResponseDecoder<DiditKybSearchResult> KYB_SEARCH =
      ResponseDecoder.json(DiditKybSearchResult.class);
  private static final ResponseDecoder<DiditKybSelectResult> KYB_SELECT =
      ResponseDecoder.json(DiditKybSelectResult.class);
  private static final ResponseDecoder<DiditOtpSendResult> SENT = ResponseDecoder.json(DiditOtpSendResult.class);
  private static final ResponseDecoder<DiditEmailCheckResult> EMAIL_CHECK =
      ResponseDecoder.json(DiditEmailCheckResult.class);
  private static final ResponseDecoder<DiditPhoneCheckResult> PHONE_CHECK =
      ResponseDecoder.json(DiditPhoneCheckResult.class);

  /** Creates the definitions. */
  public ScreeningEndpoints() {}

  /**
   * Validates identity data against the issuing country's authoritative sources ({@code POST /database-validation/}).
   * Billed per successful query; follows the SDK's create rule (sent again only when nothing went out, or after a
   * 429).
   *
   * @param request the country and the identity data
   * @return the validation, with its match type
   */
  @Endpoint
  ApiOperation<DiditDatabaseValidationResult> validateDatabase(@Nullable DiditDatabaseValidationRequest request) {
    return paid(DATABASE, "/database-validation/", request);
  }

  /**
   * Screens a person or company against sanctions, PEP, watchlist and adverse-media datasets ({@code POST /aml/}).
   * Billed; follows the SDK's create rule (sent again only when nothing went out, or after a 429).
   *
   * @param request the subject
   * @return the screening, with its hits and scores
   */
  @Endpoint
  ApiOperation<DiditAmlScreeningResult> screenAml(@Nullable DiditAmlScreeningRequest request) {
    return paid(AML, "/aml/", request);
  }

  /**
   * Searches official company registries ({@code POST /kyb/search/}). Free and saves nothing, so it is retried like
   * a read (a repeat only searches again); a registry can take about 90 seconds, so give the call a long enough
   * timeout, or set a {@code webhook_url} to get the candidates there.
   *
   * @param request the country and the name or registration number
   * @return the candidates
   */
  @Endpoint
  ApiOperation<DiditKybSearchResult> searchKyb(@Nullable DiditKybSearchRequest request) {
    ApiOperation.Builder<DiditKybSearchResult> b = ApiOperation.builder(HttpMethod.POST, KYB_SEARCH)
        .constantPath("/kyb/search/")
        .idempotency(Idempotency.IDEMPOTENT)
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }

  /**
   * Retrieves a search candidate's full registry profile ({@code POST /kyb/select/}), saved as a manual check.
   * Billed; follows the SDK's create rule (sent again only when nothing went out, or after a 429).
   *
   * @param request the candidate's handle
   * @return the registry profile
   */
  @Endpoint
  ApiOperation<DiditKybSelectResult> selectKyb(@Nullable DiditKybSelectRequest request) {
    return paid(KYB_SELECT, "/kyb/select/", request);
  }

  /**
   * Emails a one-time code to an address ({@code POST /email/send/}), valid 5 minutes. Sends a message, so it
   * follows the SDK's create rule (sent again only when nothing went out, or after a 429): one call never emails the
   * user twice.
   *
   * @param request the address and options
   * @return whether the code was sent
   */
  @Endpoint
  ApiOperation<DiditOtpSendResult> sendEmailCode(@Nullable DiditEmailSendRequest request) {
    return paid(SENT, "/email/send/", request);
  }

  /**
   * Checks the code the user received by email ({@code POST /email/check/}). Each call uses one of the code's 3
   * attempts, so it follows the SDK's create rule (sent again only when nothing went out, or after a 429). The code
   * never appears in logs or exception messages.
   *
   * @param request the address and the code
   * @return the outcome and the address's verification
   */
  @Endpoint
  ApiOperation<DiditEmailCheckResult> checkEmailCode(@Nullable DiditEmailCheckRequest request) {
    return paid(EMAIL_CHECK, "/email/check/", request);
  }

  /**
   * Sends a one-time code to a phone number ({@code POST /phone/send/}), valid 5 minutes. Sends a message and is
   * billed, so it follows the SDK's create rule (sent again only when nothing went out, or after a 429).
   *
   * @param request the number and options
   * @return whether the code was sent
   */
  @Endpoint
  ApiOperation<DiditOtpSendResult> sendPhoneCode(@Nullable DiditPhoneSendRequest request) {
    return paid(SENT, "/phone/send/", request);
  }

  /**
   * Checks the code the user received on the phone ({@code POST /phone/check/}). Each call uses one of the code's 3
   * attempts, so it follows the SDK's create rule (sent again only when nothing went out, or after a 429). The code
   * never appears in logs or exception messages.
   *
   * @param request the number and the code
   * @return the outcome and the number's verification
   */
  @Endpoint
  ApiOperation<DiditPhoneCheckResult> checkPhoneCode(@Nullable DiditPhoneCheckRequest request) {
    return paid(PHONE_CHECK, "/phone/check/", request);
  }

  /** A POST that costs credits, sends a message or uses an attempt: the create rule. */
  private static <T> ApiOperation<T> paid(ResponseDecoder<T> decoder, String path, @Nullable Object request) {
    ApiOperation.Builder<T> b = ApiOperation.builder(HttpMethod.POST, decoder)
        .constantPath(path)
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED)
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }
}
