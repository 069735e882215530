package dev.onboardkit.klara.applications;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.internal.ClientRuntime;
import java.util.concurrent.CompletableFuture;
import dev.onboardkit.core.internal.Arguments;

/**
 * The documents of an application, non-blocking: {@code client.async().applications().documents()}. The futures fail
 * with the exceptions the blocking {@link KlaraDocumentService} throws, including validation failures. Thread-safe.
 */
public final class KlaraDocumentServiceAsync {
  private final ClientRuntime runtime;
  private final WithRawResponse withRawResponse;

  /**
   * Creates the service. Applications get it from {@code KlaraClient}; this constructor is not part of the supported
   * API.
   *
   * @param runtime the client's runtime
   */
  public KlaraDocumentServiceAsync(ClientRuntime runtime) {
    this.runtime = Arguments.required(runtime, "runtime");
    this.withRawResponse = new WithRawResponse(runtime);
  }

  /**
   * Returns a view of this service whose futures also carry the HTTP status, headers and attempt count.
   *
   * @return the raw-response view
   */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Gets a download link for a document.
   *
   * @param applicationId the application id
   * @param documentId the document id
   * @return a future of the download link
   */
  public CompletableFuture<KlaraDocumentDownload> retrieve(String applicationId, String documentId) {
    return retrieve(applicationId, documentId, RequestOptions.none());
  }

  /**
   * Gets a download link for a document, with per-call options.
   *
   * @param applicationId the application id
   * @param documentId the document id
   * @param options per-call options
   * @return a future of the download link
   */
  public CompletableFuture<KlaraDocumentDownload> retrieve(
      String applicationId, String documentId, RequestOptions options) {
    return runtime.executeAsync(() -> DocumentOperations.retrieve(applicationId, documentId), options);
  }

  /** {@link KlaraDocumentServiceAsync} returning {@link ApiResponse}s. */
  public static final class WithRawResponse {
    private final ClientRuntime runtime;

    WithRawResponse(ClientRuntime runtime) {
      this.runtime = runtime;
    }

    /**
     * Gets a download link for a document.
     *
     * @param applicationId the application id
     * @param documentId the document id
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<KlaraDocumentDownload>> retrieve(String applicationId, String documentId) {
      return retrieve(applicationId, documentId, RequestOptions.none());
    }

    /**
     * Gets a download link for a document, with per-call options.
     *
     * @param applicationId the application id
     * @param documentId the document id
     * @param options per-call options
     * @return a future of the response
     */
    public CompletableFuture<ApiResponse<KlaraDocumentDownload>> retrieve(
        String applicationId, String documentId, RequestOptions options) {
      return runtime.executeForResponseAsync(() -> DocumentOperations.retrieve(applicationId, documentId), options);
    }
  }
}
