package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.PagedOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.core.internal.http.Base64JsonUpload;
import dev.onboardkit.didit.lists.DiditCreateListEntryRequest;
import dev.onboardkit.didit.lists.DiditFaceEntryUpload;
import dev.onboardkit.didit.lists.DiditListEntriesParams;
import dev.onboardkit.didit.lists.DiditListEntry;
import java.util.Map;

/**
 * The entries of blocklists, allowlists and custom lists. Obtain it with {@code client.lists().entries()}.
 * Thread-safe.
 */
@ServiceSpec(api = "dev.onboardkit.didit.lists", name = "DiditListEntryService", operations = "didit.lists.entries")
public final class ListEntryEndpoints {
  private static final ResponseDecoder<DiditListEntry> ENTRY = ResponseDecoder.json(DiditListEntry.class);
  private static final ResponseDecoder<DiditPage<DiditListEntry>> PAGE = DiditPage.decoder(DiditListEntry.class);

  /** Creates the definitions. */
  public ListEntryEndpoints() {}

  /**
   * Lists a list's entries ({@code GET /lists/{uuid}/entries/}). The page fetches the following pages by following
   * the server's {@code next} link.
   *
   * @param listId the list's id
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditListEntry>, DiditListEntry> list(@Nullable String listId) {
    return list(listId, DiditListEntriesParams.none());
  }

  /**
   * Lists a list's entries ({@code GET /lists/{uuid}/entries/}) with a search and paging. The page fetches the
   * following pages by following the server's {@code next} link, while it stays under this client's base URL.
   *
   * @param listId the list's id
   * @param params the search, page size and offset
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditListEntry>, DiditListEntry> list(
      @Nullable String listId, @Nullable DiditListEntriesParams params) {
    ApiOperation.Builder<DiditPage<DiditListEntry>> b = entries(HttpMethod.GET, PAGE, listId).constantPath("/");
    if (b.problems().requireNonNull("params", params)) {
      params.fields().forEach(b::query);
    }
    return DiditPage.paged(b.build(), PAGE);
  }

  /**
   * Adds a value to a list ({@code POST /lists/{uuid}/entries/}), given directly or taken from a session; adding to a
   * blocklist declines matching sessions and blocks matching transactions from then on. Sent again only when it
   * provably never reached the server, or after a 429 (the SDK's create rule).
   *
   * @param listId the list's id
   * @param request the value, or the session to take it from
   * @return the new entry
   */
  @Endpoint
  ApiOperation<DiditListEntry> create(@Nullable String listId, @Nullable DiditCreateListEntryRequest request) {
    ApiOperation.Builder<DiditListEntry> b = entries(HttpMethod.POST, ENTRY, listId)
        .constantPath("/")
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED)
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }

  /**
   * Adds a face to a face list from an image ({@code POST /lists/{uuid}/entries/face-upload/}), without a session.
   * The image is sent as base64 in a JSON body, encoded while it is sent. Sent again only when it provably never
   * reached the server, or after a 429 (the SDK's create rule); an image given as an {@code InputStream} is sent at
   * most once.
   *
   * @param listId the id of a list whose entry type is {@code face}
   * @param upload the image, and an optional label and comment
   * @return the new entry; its value is the stored face's id
   */
  @Endpoint
  ApiOperation<DiditListEntry> uploadFace(@Nullable String listId, @Nullable DiditFaceEntryUpload upload) {
    ApiOperation.Builder<DiditListEntry> b = ApiOperation.builder(HttpMethod.POST, ENTRY)
        .constantPath(ListEndpoints.LISTS)
        .pathParam("listId", listId)
        .constantPath("/entries/face-upload/")
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED);
    if (b.problems().requireNonNull("upload", upload)) {
      b.upload(Base64JsonUpload.of("image", "image", upload.image(), UploadSpecs.FACE_ENTRY.maxBytes("image"),
          upload.fields()));
    }
    return b.build();
  }

  /**
   * Removes an entry from a list ({@code DELETE /lists/{uuid}/entries/{entry_uuid}/}); a blocked user or business it
   * blocked is unblocked.
   *
   * @param listId the list's id
   * @param entryId the entry's {@link DiditListEntry#uuid()}
   * @return the server's answer as plain Java values; empty after a 204
   */
  @Endpoint
  ApiOperation<Map<String, Object>> delete(@Nullable String listId, @Nullable String entryId) {
    return entries(HttpMethod.DELETE, VerificationDecoders.OBJECT_OR_EMPTY, listId)
        .pathParam("entryId", entryId)
        .constantPath("/")
        .build();
  }

  private static <T> ApiOperation.Builder<T> entries(
      HttpMethod method, ResponseDecoder<T> decoder, @Nullable String listId) {
    return ApiOperation.builder(method, decoder)
        .constantPath(ListEndpoints.LISTS)
        .pathParam("listId", listId)
        .constantPath("/entries");
  }
}
