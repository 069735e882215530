/**
 * Typed client for the Didit Auth API v2 ({@code https://apx.didit.me/auth/v2}): account bootstrap (register, verify
 * email, login, two-factor), managed access tokens, organizations and applications.
 *
 * <p>Start with {@link dev.onboardkit.didit.DiditAuthClient#builder()} or
 * {@link dev.onboardkit.didit.DiditAuthClient#fromEnv()}. Errors are the SDK's exceptions, classified by
 * {@link dev.onboardkit.didit.DiditErrorCode}.
 */
package dev.onboardkit.didit;
