package dev.onboardkit.core.internal;

import dev.onboardkit.core.ClientOptions;
import dev.onboardkit.core.http.HttpTransport;
import dev.onboardkit.core.internal.http.OkHttpTransport;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The base transport shared by a client and every client derived from it with {@code withOptions}. Reference
 * counted: the transport (and the connection pool it owns) is closed when the last client sharing it is closed.
 * Transports and OkHttp clients handed in by the caller are never closed.
 */
final class SharedTransport {
  private final HttpTransport transport;
  private final boolean owned;
  private final AtomicInteger users = new AtomicInteger(1);

  private SharedTransport(HttpTransport transport, boolean owned) {
    this.transport = transport;
    this.owned = owned;
  }

  static SharedTransport of(ClientOptions options) {
    if (options.transport().isPresent()) {
      return new SharedTransport(options.transport().get(), false);
    }
    return options.okHttpClient()
        .map(client -> new SharedTransport(OkHttpTransport.create(client), false))
        .orElseGet(() -> new SharedTransport(OkHttpTransport.create(), true));
  }

  HttpTransport transport() {
    return transport;
  }

  SharedTransport retain() {
    users.incrementAndGet();
    return this;
  }

  void release() {
    if (users.decrementAndGet() == 0 && owned) {
      transport.close();
    }
  }
}
