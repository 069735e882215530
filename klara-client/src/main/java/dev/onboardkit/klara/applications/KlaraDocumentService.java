package dev.onboardkit.klara.applications;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.core.internal.Arguments;

/**
 * The documents of an application, blocking: {@code client.applications().documents()}. Thread-safe.
 *
 * <p>Every method throws {@link dev.onboardkit.core.error.InvalidRequestException} before sending if an id is blank,
 * and the SDK's {@link dev.onboardkit.core.error.ApiException} subclasses for error responses; their
 * {@code errorCode()} is a {@link dev.onboardkit.klara.KlaraErrorCode}.
 */
public final class KlaraDocumentService {
  private final ClientRuntime runtime;
  private final WithRawResponse withRawResponse;

  /**
   * Creates the service. Applications get it from {@code KlaraClient}; this constructor is not part of the supported
   * API.
   *
   * @param runtime the client's runtime
   */
  public KlaraDocumentService(ClientRuntime runtime) {
    this.runtime = Arguments.required(runtime, "runtime");
    this.withRawResponse = new WithRawResponse(runtime);
  }

  /**
   * Returns a view of this service whose methods also return the HTTP status, headers and attempt count.
   *
   * @return the raw-response view
   */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Gets a download link for a document ({@code GET /applications/{id}/documents/{docId}}).
   *
   * @param applicationId the application id
   * @param documentId the document id
   * @return the download link, valid for one hour
   */
  public KlaraDocumentDownload retrieve(String applicationId, String documentId) {
    return retrieve(applicationId, documentId, RequestOptions.none());
  }

  /**
   * Gets a download link for a document, with per-call options.
   *
   * @param applicationId the application id
   * @param documentId the document id
   * @param options per-call options
   * @return the download link, valid for one hour
   */
  public KlaraDocumentDownload retrieve(String applicationId, String documentId, RequestOptions options) {
    return runtime.execute(DocumentOperations.retrieve(applicationId, documentId), options);
  }

  /** {@link KlaraDocumentService} returning {@link ApiResponse}s. */
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
     * @return the response
     */
    public ApiResponse<KlaraDocumentDownload> retrieve(String applicationId, String documentId) {
      return retrieve(applicationId, documentId, RequestOptions.none());
    }

    /**
     * Gets a download link for a document, with per-call options.
     *
     * @param applicationId the application id
     * @param documentId the document id
     * @param options per-call options
     * @return the response
     */
    public ApiResponse<KlaraDocumentDownload> retrieve(String applicationId, String documentId, RequestOptions options) {
      return runtime.executeForResponse(DocumentOperations.retrieve(applicationId, documentId), options);
    }
  }
}
