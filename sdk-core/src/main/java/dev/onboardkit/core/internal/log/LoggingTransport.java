package dev.onboardkit.core.internal.log;

import dev.onboardkit.core.log.LoggingOptions;
import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.http.HttpRequest;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.http.HttpTransport;
import dev.onboardkit.core.internal.http.CallFuture;
import dev.onboardkit.core.internal.retry.RetryingTransport;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each attempt. DEBUG: method, URL (secret query values masked), status, latency and attempt number. TRACE:
 * headers and bodies, masked by the {@link Redactor}. A body that carries files (an
 * {@link dev.onboardkit.core.http.UploadBody}) is never read for logging: it is logged as its description, each part's
 * name, file name, media type and size, so no byte of a file reaches a log at any level. When DEBUG is off this
 * decorator does no work at all.
 */
public final class LoggingTransport implements HttpTransport {
  private final HttpTransport delegate;
  private final Logger log;
  private final Redactor redactor;
  private final LoggingOptions options;

  /**
   * Creates the decorator.
   *
   * @param delegate the transport that sends the request
   * @param options the logging options
   * @param redactor masks what is logged: the options' redactor with the vendor's secret formats
   */
  public LoggingTransport(HttpTransport delegate, LoggingOptions options, Redactor redactor) {
    this.delegate = delegate;
    this.options = options;
    this.log = LoggerFactory.getLogger(options.loggerName());
    this.redactor = redactor;
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    if (!log.isDebugEnabled()) {
      return delegate.execute(request);
    }
    long start = System.nanoTime();
    logRequest(request);
    try {
      HttpResponse response = delegate.execute(request);
      logResponse(request, response, start);
      return response;
    } catch (IOException | RuntimeException e) {
      logFailure(request, e, start);
      throw e;
    }
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    if (!log.isDebugEnabled()) {
      return delegate.executeAsync(request);
    }
    long start = System.nanoTime();
    logRequest(request);
    // A CallFuture's stages share its cancellation, so cancelling the logged stage cancels the request.
    return CallFuture.of(delegate.executeAsync(request)).whenComplete((response, error) -> {
      if (response != null) {
        logResponse(request, response, start);
      } else {
        logFailure(request, error, start);
      }
    });
  }

  private void logRequest(HttpRequest request) {
    log.debug("HTTP --> {} {} (attempt {})", request.method(), redactor.url(request.url().toString()),
        attempt(request));
    if (log.isTraceEnabled()) {
      log.trace("HTTP --> headers {}", headers(request.headers()));
      if (options.logBodies()) {
        request.body().ifPresent(body -> log.trace("HTTP --> body {}", redactor.body(body, options.maxBodyChars())));
        request.upload().ifPresent(upload -> log.trace("HTTP --> body {}", upload));
      }
    }
  }

  private void logResponse(HttpRequest request, HttpResponse response, long start) {
    log.debug("HTTP <-- {} {} {} ({} ms, attempt {}{})", response.statusCode(), request.method(),
        redactor.url(request.url().toString()), millisSince(start), attempt(request),
        response.requestId().map(id -> ", request id " + id).orElse(""));
    if (log.isTraceEnabled()) {
      log.trace("HTTP <-- headers {}", headers(response.headers()));
      if (options.logBodies() && response.body().length > 0) {
        String rendered = redactor.body(response.body(), options.maxBodyChars());
        log.trace("HTTP <-- body {}", Redactor.scrub(rendered,
            redactor.secretsOf(request.headers(), request.url().getRawQuery(), request.body().orElse(null))));
      }
    }
  }

  private void logFailure(HttpRequest request, Throwable error, long start) {
    log.debug("HTTP <-- failed {} {} ({} ms, attempt {}): {}", request.method(),
        redactor.url(request.url().toString()), millisSince(start), attempt(request),
        redactor.text(String.valueOf(error.getMessage())));
  }

  private String headers(Headers headers) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < headers.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(headers.name(i)).append('=')
          .append(redactor.headerValue(headers.name(i), headers.value(i)));
    }
    return sb.append('}').toString();
  }

  private static int attempt(HttpRequest request) {
    return request.headers().first(RetryingTransport.RETRY_COUNT_HEADER).map(n -> {
      try {
        return Integer.parseInt(n) + 1;
      } catch (NumberFormatException e) {
        return 1;
      }
    }).orElse(1);
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  @Override
  public void close() {
    delegate.close();
  }
}
