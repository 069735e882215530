package dev.onboardkit.didit.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The id lists of the Verification API's batch deletes ({@code /users/delete/}, {@code /businesses/delete/}). */
final class BatchIds {
  private BatchIds() {}

  /**
   * Checks a list of ids: not null, at least one, none null or blank.
   *
   * @return a copy of the list, or null when a problem was reported
   */
  static @Nullable List<String> require(Problems problems, String field, @Nullable List<String> ids, String what) {
    if (!problems.requireNonNull(field, ids)) {
      return null;
    }
    boolean ok = true;
    if (ids.isEmpty()) {
      problems.add(field, "must hold at least one id; call deleteAll() to delete every " + what);
      ok = false;
    }
    for (int i = 0; i < ids.size(); i++) {
      ok &= problems.requireText(field + "[" + i + "]", ids.get(i), Integer.MAX_VALUE);
    }
    return ok ? List.copyOf(ids) : null;
  }

  /** A body naming some ids: {@code {listName: ids, "delete_all": false}}. */
  static Map<String, Object> body(String listName, List<String> ids) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(listName, ids);
    body.put("delete_all", false);
    return body;
  }
}
