/**
 * Retries: {@link dev.onboardkit.core.retry.RetryPolicy} decides, {@link dev.onboardkit.core.retry.RetryingTransport}
 * applies the decision around every call (sync and async alike), and {@link dev.onboardkit.core.retry.Sleeper} waits.
 */
package dev.onboardkit.core.retry;
