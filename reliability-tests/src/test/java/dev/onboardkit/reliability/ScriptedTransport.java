package dev.onboardkit.reliability;

import dev.onboardkit.core.http.HttpRequest;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.http.HttpTransport;
import java.util.concurrent.CompletableFuture;

/** A transport answering every call with the response the test set. */
final class ScriptedTransport implements HttpTransport {
  volatile HttpResponse next;
  int calls;

  @Override
  public HttpResponse execute(HttpRequest request) {
    calls++;
    return next;
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    calls++;
    return CompletableFuture.completedFuture(next);
  }

  @Override
  public void close() {}
}
