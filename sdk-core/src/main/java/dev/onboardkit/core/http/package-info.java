/**
 * The transport: one {@link dev.onboardkit.core.http.HttpTransport} interface, our own request, response and header
 * types, and the default OkHttp implementation.
 *
 * <p>Concerns such as retrying, authentication and logging are separate decorators over the same interface (in the
 * {@code retry}, {@code auth} and {@code log} packages), so each can be read on its own.
 */
package dev.onboardkit.core.http;
