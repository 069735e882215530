package dev.onboardkit.core.internal;

import dev.onboardkit.core.Nullable;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A list endpoint: the operation for its first page, how to read a decoded page, and how to build the operation for
 * the page after a cursor. {@link ClientRuntime} turns it into a {@link dev.onboardkit.core.paging.CursorPage} or an
 * {@link dev.onboardkit.core.paging.AsyncCursorPage} whose later pages use the same per-call options.
 *
 * @param <R> the decoded response of one page
 * @param <T> the item type
 */
public final class PagedOperation<R, T> {
  private final ApiOperation<R> first;
  private final Shape<R, T> shape;
  private final Function<String, ApiOperation<R>> next;

  private PagedOperation(ApiOperation<R> first, Shape<R, T> shape, Function<String, ApiOperation<R>> next) {
    this.first = Objects.requireNonNull(first, "first");
    this.shape = Objects.requireNonNull(shape, "shape");
    this.next = Objects.requireNonNull(next, "next");
  }

  /**
   * Describes a list endpoint.
   *
   * @param first the operation of the first page asked for
   * @param shape reads a decoded page
   * @param next builds the operation of the page at a cursor the server returned (passed through as received)
   * @param <R> the decoded response of one page
   * @param <T> the item type
   * @return the paged operation
   */
  public static <R, T> PagedOperation<R, T> of(
      ApiOperation<R> first, Shape<R, T> shape, Function<String, ApiOperation<R>> next) {
    return new PagedOperation<>(first, shape, next);
  }

  /**
   * Returns the operation of the first page.
   *
   * @return the operation
   */
  public ApiOperation<R> first() {
    return first;
  }

  /**
   * Returns how a decoded page is read.
   *
   * @return the shape
   */
  public Shape<R, T> shape() {
    return shape;
  }

  /**
   * Builds the operation of the page at a cursor.
   *
   * @param cursor the server's cursor
   * @return the operation
   */
  public ApiOperation<R> next(String cursor) {
    return next.apply(cursor);
  }

  /**
   * Reads a decoded page.
   *
   * @param <R> the decoded response of one page
   * @param <T> the item type
   */
  public interface Shape<R, T> {
    /**
     * Returns the page's items.
     *
     * @param page the decoded page
     * @return the items
     */
    List<T> items(R page);

    /**
     * Returns whether the server says more items follow.
     *
     * @param page the decoded page
     * @return true if more items follow
     */
    boolean hasMore(R page);

    /**
     * Returns the cursor of the next page.
     *
     * @param page the decoded page
     * @return the cursor, or null on the last page
     */
    @Nullable String nextCursor(R page);
  }
}
