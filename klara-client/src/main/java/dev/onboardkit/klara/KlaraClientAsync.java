package dev.onboardkit.klara;

import dev.onboardkit.klara.applications.KlaraApplicationServiceAsync;
import dev.onboardkit.klara.rfi.KlaraRfiRequestServiceAsync;

/**
 * The non-blocking view of a {@link KlaraClient}: {@code client.async()}. It shares the client's connection pool,
 * options and lifecycle (closing the client closes it). Methods return {@link java.util.concurrent.CompletableFuture}s
 * that fail with the exceptions the blocking methods throw. Thread-safe.
 */
public final class KlaraClientAsync {
  private final KlaraApplicationServiceAsync applications;
  private final KlaraRfiRequestServiceAsync rfiRequests;

  KlaraClientAsync(KlaraApplicationServiceAsync applications, KlaraRfiRequestServiceAsync rfiRequests) {
    this.applications = applications;
    this.rfiRequests = rfiRequests;
  }

  /**
   * Returns the application endpoints.
   *
   * @return the async application service
   */
  public KlaraApplicationServiceAsync applications() {
    return applications;
  }

  /**
   * Returns the RFI request endpoints.
   *
   * @return the async RFI request service
   */
  public KlaraRfiRequestServiceAsync rfiRequests() {
    return rfiRequests;
  }
}
