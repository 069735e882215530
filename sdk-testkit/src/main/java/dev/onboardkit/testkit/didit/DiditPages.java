package dev.onboardkit.testkit.didit;

import static dev.onboardkit.testkit.didit.DiditJson.detail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.testkit.internal.FakeRequest;
import dev.onboardkit.testkit.internal.FakeResponse;
import dev.onboardkit.testkit.internal.Json;
import java.util.List;

/**
 * Django REST framework's limit/offset pages, as the Verification API fake's newer lists answer them:
 * {@code {"count", "next", "previous", "results"}} with absolute links, {@code limit} 20 by default and at most 100.
 */
final class DiditPages {
  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 100;

  private DiditPages() {}

  /**
   * The page of {@code items} that the request's {@code limit} and {@code offset} select.
   *
   * @param r the request
   * @param link the list's absolute URL, without a query
   * @param items every item, in order
   * @return the page, or 400 for a limit or offset that is not a number
   */
  static FakeResponse page(FakeRequest r, String link, List<ObjectNode> items) {
    int limit = DEFAULT_LIMIT;
    int offset = 0;
    try {
      if (r.query("limit") != null) {
        limit = Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(r.query("limit"))));
      }
      if (r.query("offset") != null) {
        offset = Math.max(0, Integer.parseInt(r.query("offset")));
      }
    } catch (NumberFormatException e) {
      return detail(400, "Invalid limit or offset.");
    }
    ArrayNode results = Json.array();
    for (int i = offset; i < Math.min(items.size(), offset + limit); i++) {
      results.add(items.get(i));
    }
    ObjectNode page = Json.object();
    page.put("count", items.size());
    page.put("next", offset + limit < items.size() ? link + "?limit=" + limit + "&offset=" + (offset + limit) : null);
    page.put("previous", offset > 0 ? link + "?limit=" + limit + "&offset=" + Math.max(0, offset - limit) : null);
    page.set("results", results);
    return FakeResponse.json(200, page);
  }
}
