package dev.onboardkit.klara.applications;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.ResponseDecoder;

/** The document endpoints of an application: paths and decoders. */
final class DocumentOperations {
  private static final ResponseDecoder<KlaraDocumentDownload> DOWNLOAD = ResponseDecoder.json(KlaraDocumentDownload.class);

  private DocumentOperations() {}

  /** {@code GET /applications/{id}/documents/{docId}}. */
  static ApiOperation<KlaraDocumentDownload> retrieve(@Nullable String applicationId, @Nullable String documentId) {
    return ApiOperation.builder(HttpMethod.GET, DOWNLOAD)
        .path(ApplicationOperations.APPLICATIONS)
        .pathParam("applicationId", applicationId)
        .path("documents")
        .pathParam("documentId", documentId)
        .build();
  }
}
