/**
 * Call events for metrics and tracing: register a {@link dev.onboardkit.core.event.RequestListener} with the client
 * builder's {@code listener(...)} and it sees every call's start, attempts, responses, retries and outcome.
 *
 * <p>Events carry redacted data only: the operation id (such as {@code klara.applications.create}), the HTTP method,
 * the path without its query, the server's host, status codes, attempt numbers, waits, durations and exception
 * classes. Never headers, bodies, query strings or exception messages. A listener that throws does not affect the
 * call. With no listener registered the SDK creates no event objects at all.
 */
package dev.onboardkit.core.event;
