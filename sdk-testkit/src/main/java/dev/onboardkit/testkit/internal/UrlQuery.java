package dev.onboardkit.testkit.internal;

import dev.onboardkit.core.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds a query string, percent-encoding names and values ({@code %20} for a space). Not API. */
public final class UrlQuery {
  private final StringBuilder query = new StringBuilder();

  /** Creates an empty query. */
  public UrlQuery() {}

  /**
   * Adds a parameter; null values are skipped.
   *
   * @param name the name
   * @param value the value, or null
   * @return this
   */
  public UrlQuery add(String name, @Nullable String value) {
    if (value != null) {
      query.append(query.length() == 0 ? "" : "&").append(encode(name)).append('=').append(encode(value));
    }
    return this;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Returns the query without {@code ?}. */
  @Override
  public String toString() {
    return query.toString();
  }
}
