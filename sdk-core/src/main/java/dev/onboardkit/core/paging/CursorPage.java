package dev.onboardkit.core.paging;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.OnboardKitException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a cursor-paginated list, able to fetch the pages after it.
 *
 * <p>{@link #autoPager()} and {@link #stream()} walk every item of this page and the following ones, fetching each
 * next page only when the previous one is used up. They stop when the server says {@code has_more=false} or sends no
 * cursor, and fail rather than loop if the server repeats a cursor.
 *
 * @param <T> the item type
 */
public final class CursorPage<T> {
  private final List<T> items;
  private final boolean hasMore;
  private final String nextCursor;
  private final Function<String, CursorPage<T>> fetcher;

  /**
   * Creates a page.
   *
   * @param items the items on this page
   * @param hasMore whether the server says more items follow
   * @param nextCursor the cursor for the next page, or null
   * @param fetcher fetches the page for a cursor (using the same filters), or null if pages cannot be fetched
   */
  public CursorPage(
      List<T> items, boolean hasMore, @Nullable String nextCursor, @Nullable Function<String, CursorPage<T>> fetcher) {
    this.items = List.copyOf(items);
    this.hasMore = hasMore;
    this.nextCursor = nextCursor == null || nextCursor.isEmpty() ? null : nextCursor;
    this.fetcher = fetcher;
  }

  /**
   * Returns this page's items.
   *
   * @return the items
   */
  public List<T> items() {
    return items;
  }

  /**
   * Returns whether the server says more items follow ({@code has_more}).
   *
   * @return true if more items follow
   */
  public boolean hasMore() {
    return hasMore;
  }

  /**
   * Returns the cursor for the next page ({@code next_cursor}).
   *
   * @return the cursor, absent on the last page
   */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  /**
   * Returns whether {@link #nextPage()} will fetch a page: more items follow and there is a cursor.
   *
   * @return true if a next page exists
   */
  public boolean hasNextPage() {
    return hasMore && nextCursor != null && fetcher != null;
  }

  /**
   * Fetches the next page.
   *
   * @return the next page, or empty on the last page
   */
  public Optional<CursorPage<T>> nextPage() {
    return hasNextPage() ? Optional.of(fetcher.apply(nextCursor)) : Optional.empty();
  }

  /**
   * Returns every item of this page and the following pages, fetched lazily as iteration proceeds.
   *
   * @return an iterable over all items
   */
  public Iterable<T> autoPager() {
    return AutoPagingIterator::new;
  }

  /**
   * Returns every item of this page and the following pages as a lazy sequential stream.
   *
   * @return a stream over all items
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(new AutoPagingIterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public String toString() {
    return "CursorPage{items=" + items.size() + ", hasMore=" + hasMore + ", nextCursor=" + nextCursor + "}";
  }

  private final class AutoPagingIterator implements Iterator<T> {
    private CursorPage<T> page = CursorPage.this;
    private int index;
    private final Set<String> seenCursors = new HashSet<>();

    @Override
    public boolean hasNext() {
      while (index >= page.items.size()) {
        if (!page.hasNextPage()) {
          return false;
        }
        if (!seenCursors.add(page.nextCursor)) {
          throw new OnboardKitException(
              "The server returned a pagination cursor it had already returned; stopping to avoid an endless loop",
              null);
        }
        page = page.fetcher.apply(page.nextCursor);
        index = 0;
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.items.get(index++);
    }
  }
}
