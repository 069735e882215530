/**
 * Configuration and value types shared by every OnboardKit client.
 *
 * <p>Start with {@link dev.onboardkit.core.ClientOptions} (per client) and
 * {@link dev.onboardkit.core.RequestOptions} (per call). The sub-packages are small and each owns one concern:
 * {@code http} (the transport), {@code retry}, {@code auth}, {@code log} (logging and redaction), {@code error}
 * (exceptions and error-envelope decoding), {@code json}, {@code paging} and {@code webhook}.
 * {@code internal} holds the plumbing the client modules build on and is not a supported API.
 *
 * <p>Unless a method says otherwise, parameters must not be null and return values are never null; absent values
 * are returned as {@link java.util.Optional}.
 */
package dev.onboardkit.core;
