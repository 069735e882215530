/**
 * Exceptions and error decoding. Every exception the SDK throws is an unchecked
 * {@link dev.onboardkit.core.error.OnboardKitException}:
 *
 * <ul>
 *   <li>{@link dev.onboardkit.core.error.ApiException} and one subclass per status family, when the server answered
 *       with an error status; each carries the status, headers, request id, the bounded raw body, the decoded
 *       {@link dev.onboardkit.core.error.ErrorBody}, a vendor {@link dev.onboardkit.core.error.ErrorCode} and the
 *       attempt count;
 *   <li>{@link dev.onboardkit.core.error.ApiConnectionException} (and its subclass
 *       {@link dev.onboardkit.core.error.ApiTimeoutException}) when no response arrived, saying whether the request
 *       may have reached the server;
 *   <li>{@link dev.onboardkit.core.error.InvalidRequestException} when client-side validation failed, before anything
 *       was sent, listing every problem;
 *   <li>{@link dev.onboardkit.core.error.ResponseDecodingException} when a successful response did not have the
 *       documented shape.
 * </ul>
 *
 * <p>{@link dev.onboardkit.core.error.OnboardKitException#outcomeUnknown()} answers the question that matters after a
 * failed create: might the server have done it anyway?
 */
package dev.onboardkit.core.error;
