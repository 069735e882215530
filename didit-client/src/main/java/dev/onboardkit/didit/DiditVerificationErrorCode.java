package dev.onboardkit.didit;

import dev.onboardkit.core.error.ErrorCode;

/**
 * What a Didit Verification API error means ({@link DiditClient}), derived from the status and the message text (the
 * API sends no machine-readable code). Read it with {@code e.errorCode()} on any
 * {@link dev.onboardkit.core.error.ApiException}.
 *
 * <pre>{@code
 * try {
 *   didit.sessions().create(request);
 * } catch (AuthenticationException e) {          // 401, or 403 "You do not have permission..."
 *   alert("Didit refused the API key: " + e.statusCode());
 * } catch (ApiException e) {
 *   if (e.errorCode() == DiditVerificationErrorCode.INSUFFICIENT_CREDITS) {
 *     alert("Top up the Didit balance");
 *   }
 * }
 * }</pre>
 */
public enum DiditVerificationErrorCode implements ErrorCode {
  /**
   * The API key was refused: a 401, or a 403 saying {@code "You do not have permission to perform this action."} or
   * that credentials were not provided. Didit answers a wrong or missing key with that 403 as well as with 401, and a
   * scoped key that lacks a permission with the same 403, with nothing to tell them apart; the SDK reports all of
   * them as an {@link dev.onboardkit.core.error.AuthenticationException} (its {@code statusCode()} keeps 401 or 403),
   * so code that catches authentication failures sees every refused key.
   */
  API_KEY_REJECTED,
  /** 403 with another message: the key may not do this. Raised as a {@code PermissionDeniedException}. */
  PERMISSION_DENIED,
  /** 402: the application's credit balance is too low for the operation; top up in the console. */
  INSUFFICIENT_CREDITS,
  /** 404: the session, workflow, destination or delivery does not exist (or belongs to another application). */
  NOT_FOUND,
  /** 422: a value is not one of the allowed choices; {@code e.error().stringList("allowed")} lists them. */
  INVALID_CHOICE,
  /** 400: a field failed validation; see {@code e.fieldErrors()}. */
  VALIDATION_ERROR,
  /** 409: the request conflicts with the current state. */
  CONFLICT,
  /** 429: rate limited; see {@code retryAfter()}. */
  THROTTLED,
  /** 503: a backing service is down (a session delete when the biometric store is unavailable); safe to retry. */
  SERVICE_UNAVAILABLE,
  /** Another 5xx: the server failed. */
  SERVER_ERROR,
  /** Not recognised. */
  UNKNOWN
}
