package dev.onboardkit.reliability;

import dev.onboardkit.core.http.HttpRequest;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.http.HttpTransport;
import dev.onboardkit.core.internal.http.OkHttpTransport;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/** A transport that records the responses of a real one (to capture documented bodies from the fakes). */
final class RecordingTransport implements HttpTransport {
  final OkHttpTransport real = OkHttpTransport.create();
  volatile HttpResponse last;

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    last = real.execute(request);
    return last;
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    return real.executeAsync(request).thenApply(r -> last = r);
  }

  @Override
  public void close() {
    real.close();
  }
}
