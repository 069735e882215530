package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.Endpoint;
import dev.onboardkit.core.internal.PagedOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.ServiceSpec;
import dev.onboardkit.core.internal.SubService;
import dev.onboardkit.didit.lists.DiditCreateListRequest;
import dev.onboardkit.didit.lists.DiditList;
import dev.onboardkit.didit.lists.DiditListUpdate;
import dev.onboardkit.didit.lists.DiditListsParams;
import java.util.Map;

/**
 * Blocklists, allowlists and custom lists. Obtain it with {@code client.lists()}; their entries with
 * {@code client.lists().entries()}. Thread-safe.
 */
@ServiceSpec(api = "dev.onboardkit.didit.lists", name = "DiditListService", operations = "didit.lists")
public final class ListEndpoints {
  static final String LISTS = "/lists";
  private static final ResponseDecoder<DiditList> LIST = ResponseDecoder.json(DiditList.class);
  private static final ResponseDecoder<DiditPage<DiditList>> PAGE = DiditPage.decoder(DiditList.class);

  private final ListEntryEndpoints entries = new ListEntryEndpoints();

  /** Creates the definitions. */
  public ListEndpoints() {}

  /**
   * Returns the endpoints of the lists' entries.
   *
   * @return the entry endpoints
   */
  @SubService
  ListEntryEndpoints entries() {
    return entries;
  }

  /**
   * Lists the application's lists ({@code GET /lists/}), system blocklists included. The page fetches the following
   * pages by following the server's {@code next} link.
   *
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditList>, DiditList> list() {
    return list(DiditListsParams.none());
  }

  /**
   * Lists the application's lists ({@code GET /lists/}) with filters, order and paging. The page fetches the
   * following pages by following the server's {@code next} link, while it stays under this client's base URL.
   *
   * @param params the filters, order, page size and offset
   * @return the first page
   */
  @Endpoint
  PagedOperation<DiditPage<DiditList>, DiditList> list(@Nullable DiditListsParams params) {
    ApiOperation.Builder<DiditPage<DiditList>> b = ApiOperation.builder(HttpMethod.GET, PAGE)
        .constantPath(LISTS + "/");
    if (b.problems().requireNonNull("params", params)) {
      params.fields().forEach(b::query);
    }
    return DiditPage.paged(b.build(), PAGE);
  }

  /**
   * Creates an allowlist or custom list ({@code POST /lists/}). Sent again only when it provably never reached the
   * server, or after a 429 (the SDK's create rule): after a dropped connection ({@code outcomeUnknown()}), list the
   * lists before creating again (names are unique, so a repeat is refused).
   *
   * @param request the name, kind and entry type
   * @return the new list
   */
  @Endpoint
  ApiOperation<DiditList> create(@Nullable DiditCreateListRequest request) {
    ApiOperation.Builder<DiditList> b = ApiOperation.builder(HttpMethod.POST, LIST)
        .constantPath(LISTS + "/")
        .idempotency(Idempotency.RETRY_UNSENT_OR_THROTTLED)
        .body(request);
    b.problems().requireNonNull("request", request);
    return b.build();
  }

  /**
   * Gets a list ({@code GET /lists/{uuid}/}).
   *
   * @param listId the list's {@link DiditList#uuid()}
   * @return the list
   */
  @Endpoint
  ApiOperation<DiditList> retrieve(@Nullable String listId) {
    return list(HttpMethod.GET, LIST, listId).build();
  }

  /**
   * Renames a list or changes its description ({@code PATCH /lists/{uuid}/}); system blocklists cannot be changed.
   * Retried like a read: setting the same values twice leaves the same list.
   *
   * @param listId the list's {@link DiditList#uuid()}
   * @param update the changes
   * @return the updated list
   */
  @Endpoint
  ApiOperation<DiditList> update(@Nullable String listId, @Nullable DiditListUpdate update) {
    ApiOperation.Builder<DiditList> b = list(HttpMethod.PATCH, LIST, listId)
        .idempotency(Idempotency.IDEMPOTENT)
        .body(update);
    b.problems().requireNonNull("update", update);
    return b.build();
  }

  /**
   * Deletes an allowlist or custom list with all its entries ({@code DELETE /lists/{uuid}/}); system blocklists
   * cannot be deleted.
   *
   * @param listId the list's {@link DiditList#uuid()}
   * @return the server's answer as plain Java values; empty after a 204
   */
  @Endpoint
  ApiOperation<Map<String, Object>> delete(@Nullable String listId) {
    return list(HttpMethod.DELETE, VerificationDecoders.OBJECT_OR_EMPTY, listId).build();
  }

  static <T> ApiOperation.Builder<T> list(HttpMethod method, ResponseDecoder<T> decoder, @Nullable String listId) {
    return ApiOperation.builder(method, decoder)
        .constantPath(LISTS)
        .pathParam("listId", listId)
        .constantPath("/");
  }
}
