package dev.onboardkit.didit;

import dev.onboardkit.core.error.ErrorCode;

/**
 * What a Didit Auth API error means, derived from the status and the message text (the API sends no machine-readable
 * code). Read it with {@code e.errorCode()} on any {@link dev.onboardkit.core.error.ApiException}; the exception class
 * still follows the HTTP status.
 *
 * <pre>{@code
 * try {
 *   client.account().verifyEmail(email, code);
 * } catch (BadRequestException e) {
 *   if (e.errorCode() == DiditErrorCode.INVALID_VERIFICATION_CODE) {
 *     client.account().resendCode(email);
 *   }
 * }
 * }</pre>
 */
public enum DiditErrorCode implements ErrorCode {
  /** 401: the access token is missing, malformed or expired ({@code "Invalid access token"}). */
  INVALID_ACCESS_TOKEN,
  /** 401 or 403 with {@code "Authentication credentials were not provided."}: no Bearer token was sent. */
  ACCESS_TOKEN_MISSING,
  /** Login refused: wrong email or password. */
  INVALID_CREDENTIALS,
  /** Login refused because the email address has not been verified yet. */
  EMAIL_NOT_VERIFIED,
  /** 403: the user is a member of the organization but not an owner or admin. */
  PERMISSION_DENIED,
  /** 404: the organization or application does not exist, or the user is not a member. */
  NOT_FOUND,
  /** 400 from {@code /2fa/verify/}: the authenticator code or backup code is wrong ({@code ["Invalid OTP token."]}). */
  INVALID_OTP,
  /** 400 from verify-email: the code is wrong or expired ({@code ["Invalid or expired verification code."]}). */
  INVALID_VERIFICATION_CODE,
  /** 400 or 409: an account with this email already exists. */
  EMAIL_ALREADY_REGISTERED,
  /** 400: the password does not meet the policy. */
  PASSWORD_POLICY,
  /** 429: rate limited or locked out; see {@code retryAfter()}. */
  THROTTLED,
  /** 402: the organization's balance is insufficient. */
  INSUFFICIENT_BALANCE,
  /** 409: the request conflicts with the current state. */
  CONFLICT,
  /** 422: a value is not one of the allowed choices; {@code e.error().stringList("allowed")} lists them. */
  INVALID_CHOICE,
  /** 400: a field failed validation; see {@code e.fieldErrors()}. */
  VALIDATION_ERROR,
  /** 5xx: the server failed. */
  SERVER_ERROR,
  /** Not recognised. */
  UNKNOWN
}
