package dev.onboardkit.core.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onboardkit.core.error.OnboardKitException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CursorPageTest {
  private final List<String> fetched = new ArrayList<>();

  private Function<String, CursorPage<Integer>> server(Map<String, CursorPage<Integer>> pages) {
    return cursor -> {
      fetched.add(cursor);
      return pages.get(cursor);
    };
  }

  @Test
  void autoPagingFetchesLazilyAndStopsOnHasMoreFalse() {
    Map<String, CursorPage<Integer>> pages = new java.util.HashMap<>();
    Function<String, CursorPage<Integer>> fetch = server(pages);
    pages.put("c2", new CursorPage<>(List.of(3, 4), true, "c3", fetch));
    pages.put("c3", new CursorPage<>(List.of(5), false, "ignored", fetch));
    CursorPage<Integer> first = new CursorPage<>(List.of(1, 2), true, "c2", fetch);

    Iterator<Integer> it = first.autoPager().iterator();
    assertEquals(1, it.next());
    assertEquals(2, it.next());
    assertEquals(List.of(), fetched, "no fetch until the first page is used up");
    assertEquals(3, it.next());
    assertEquals(List.of("c2"), fetched);

    assertEquals(List.of(1, 2, 3, 4, 5), first.stream().collect(Collectors.toList()));
    assertEquals(List.of("c2", "c2", "c3"), fetched);
  }

  @Test
  void missingCursorEndsIterationEvenIfHasMore() {
    CursorPage<Integer> page = new CursorPage<>(List.of(1), true, null, c -> {
      throw new AssertionError("must not fetch");
    });
    assertFalse(page.hasNextPage());
    assertEquals(List.of(1), page.stream().collect(Collectors.toList()));
    assertTrue(page.nextPage().isEmpty());
  }

  @Test
  void emptyPagesInTheMiddleAreSkipped() {
    Map<String, CursorPage<Integer>> pages = new java.util.HashMap<>();
    Function<String, CursorPage<Integer>> fetch = server(pages);
    pages.put("a", new CursorPage<>(List.of(), true, "b", fetch));
    pages.put("b", new CursorPage<>(List.of(9), false, null, fetch));

    assertEquals(List.of(9), new CursorPage<>(List.of(), true, "a", fetch).stream().collect(Collectors.toList()));
  }

  @Test
  void aRepeatedCursorFailsInsteadOfLoopingForever() {
    Map<String, CursorPage<Integer>> pages = new java.util.HashMap<>();
    Function<String, CursorPage<Integer>> fetch = server(pages);
    pages.put("same", new CursorPage<>(List.of(2), true, "same", fetch));
    CursorPage<Integer> first = new CursorPage<>(List.of(1), true, "same", fetch);

    OnboardKitException e = assertThrows(OnboardKitException.class, () -> first.stream().count());
    assertTrue(e.getMessage().contains("already returned"), e.getMessage());
  }
}
