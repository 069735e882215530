package dev.onboardkit.core.http;

import dev.onboardkit.core.internal.http.OkHttpTransport;
import dev.onboardkit.core.internal.http.TransportFailure;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one {@link HttpRequest} and returns its {@link HttpResponse}: the single seam between the SDK and the network.
 *
 * <p>The default implementation is {@link OkHttpTransport}. Decorators (retrying, authenticating, logging) implement
 * this same interface around it. Implementations must be thread-safe.
 *
 * <p>Failures to get a response are reported as {@link IOException}; implementations should throw
 * {@link TransportFailure} so that the retry policy knows whether the request reached the server. Any other
 * {@code IOException} is treated as "may have reached the server".
 */
public interface HttpTransport extends AutoCloseable {
  /**
   * Sends the request and waits for the response.
   *
   * @param request the request
   * @return the response, whatever its status
   * @throws IOException if no response was received
   */
  HttpResponse execute(HttpRequest request) throws IOException;

  /**
   * Sends the request without blocking the calling thread. Cancelling the returned future should abort the request
   * (the SDK cancels it when its caller cancels the call).
   *
   * @param request the request
   * @return a future completed with the response, or exceptionally with an {@link IOException}
   */
  CompletableFuture<HttpResponse> executeAsync(HttpRequest request);

  /** Releases resources this transport owns. Resources that were handed in by the caller are left alone. */
  @Override
  void close();
}
