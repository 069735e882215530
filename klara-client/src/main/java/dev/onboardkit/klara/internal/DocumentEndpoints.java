package dev.onboardkit.klara.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.klara.applications.KlaraDocumentDownload;

/**
 * The documents of an application: {@code client.applications().documents()}. Thread-safe.
 *
 * <p>Every method throws {@link dev.onboardkit.core.error.InvalidRequestException} before sending if an id is blank,
 * and the SDK's {@link dev.onboardkit.core.error.ApiException} subclasses for error responses; their
 * {@code errorCode()} is a {@link dev.onboardkit.klara.KlaraErrorCode}.
 */
@ServiceSpec(api = "dev.onboardkit.klara.applications", name = "KlaraDocumentService",
    operations = "klara.applications.documents")
public final class DocumentEndpoints {
  private static final ResponseDecoder<KlaraDocumentDownload> DOWNLOAD =
      ResponseDecoder.json(KlaraDocumentDownload.class);

  /** Creates the definitions. */
  public DocumentEndpoints() {}

  /**
   * Gets a download link for a document ({@code GET /applications/{id}/documents/{docId}}).
   *
   * @param applicationId the application id
   * @param documentId the document id
   * @return the download link, valid for one hour
   */
  @Endpoint
  ApiOperation<KlaraDocumentDownload> retrieve(@Nullable String applicationId, @Nullable String documentId) {
    return ApiOperation.builder(HttpMethod.GET, DOWNLOAD)
        .path(ApplicationEndpoints.APPLICATIONS)
        .pathParam("applicationId", applicationId)
        .path("documents")
        .pathParam("documentId", documentId)
        .build();
  }
}
