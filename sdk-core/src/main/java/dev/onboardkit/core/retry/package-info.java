/**
 * Retries: {@link dev.onboardkit.core.internal.retry.RetryPolicy} decides, {@link dev.onboardkit.core.internal.retry.RetryingTransport}
 * applies the decision around every call (sync and async alike), and {@link dev.onboardkit.core.retry.Sleeper} waits.
 */
package dev.onboardkit.core.retry;
