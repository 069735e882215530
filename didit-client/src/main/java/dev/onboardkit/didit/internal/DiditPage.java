package dev.onboardkit.didit.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.internal.ApiOperation;
import dev.onboardkit.core.internal.PagedOperation;
import dev.onboardkit.core.internal.ResponseDecoder;
import dev.onboardkit.core.internal.json.SdkJson;
import java.util.List;

/**
 * One page of a Verification API list, in either shape Didit's sources document: Django REST framework's
 * limit/offset envelope {@code {"count", "next", "previous", "results": [...]}}, whose {@code next} is an absolute URL,
 * or a bare JSON array (an unpaginated list, a single page). Paging follows {@code next} (only while it stays under the
 * client's base URL, which the runtime checks) and stops when it is null; {@code count} is never used, since Didit caps
 * it for some lists.
 *
 * @param <T> the item type
 */
public final class DiditPage<T> {
  private final List<T> items;
  private final @Nullable String next;

  private DiditPage(List<T> items, @Nullable String next) {
    this.items = items;
    this.next = next;
  }

  /**
   * Returns the page's items.
   *
   * @return the items
   */
  public List<T> items() {
    return items;
  }

  /**
   * Returns the absolute URL of the next page.
   *
   * @return the URL, or null on the last page (and for a bare array)
   */
  public @Nullable String next() {
    return next;
  }

  /**
   * Returns a decoder for pages of {@code type}.
   *
   * @param type the item type
   * @param <T> the item type
   * @return the decoder; it fails on a body that is neither shape, or whose {@code next} is not a string or null
   */
  public static <T> ResponseDecoder<DiditPage<T>> decoder(Class<T> type) {
    ObjectMapper mapper = SdkJson.mapper();
    JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, type);
    ObjectReader reader = mapper.readerFor(listType);
    return response -> {
      JsonNode root = DiditDecoders.readTree(response);
      JsonNode results = root.isArray() ? root : root.isObject() ? root.get("results") : null;
      if (results == null || !results.isArray()) {
        throw DiditDecoders.failure(response, "expected a JSON array or an object with a results array");
      }
      JsonNode nextNode = root.isObject() ? root.get("next") : null;
      String next = null;
      if (nextNode != null && !nextNode.isNull()) {
        if (!nextNode.isTextual()) {
          throw DiditDecoders.failure(response, "next must be a URL or null");
        }
        next = nextNode.asText().isEmpty() ? null : nextNode.asText();
      }
      List<T> items = reader.readValue(results);
      return new DiditPage<>(List.copyOf(items), next);
    };
  }

  /**
   * Returns a paged operation that starts with {@code first} and follows each page's {@code next} link.
   *
   * @param first the operation of the first page
   * @param decoder the page decoder, also used for the later pages
   * @param <T> the item type
   * @return the paged operation
   */
  public static <T> PagedOperation<DiditPage<T>, T> paged(
      ApiOperation<DiditPage<T>> first, ResponseDecoder<DiditPage<T>> decoder) {
    return PagedOperation.of(first, new PagedOperation.Shape<>() {
      @Override
      public List<T> items(DiditPage<T> page) {
        return page.items;
      }

      @Override
      public boolean hasMore(DiditPage<T> page) {
        return page.next != null;
      }

      @Override
      public @Nullable String nextCursor(DiditPage<T> page) {
        return page.next;
      }
    }, next -> ApiOperation.builder(HttpMethod.GET, decoder).followLink(next).build());
  }
}
