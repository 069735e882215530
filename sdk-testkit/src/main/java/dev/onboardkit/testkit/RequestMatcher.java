package dev.onboardkit.testkit;

import java.util.Locale;
import java.util.Objects;

/**
 * Selects the requests a fault applies to, by HTTP method and path.
 *
 * <p>Paths are relative to the fake's base path and exclude the query string: for the fake Klara server
 * ({@code .../api/external}) {@code "/applications"} matches {@code POST /api/external/applications}; for the fake
 * Didit server ({@code .../auth/v2}) {@code "/programmatic/login/"} matches the login call. A trailing {@code *} is a
 * prefix wildcard: {@code "/applications/*"} matches {@code /applications/abc/pre-auth} but not {@code /applications};
 * {@code "*"} alone matches every path. The method {@code "*"} matches every method.
 *
 * <p>Immutable and thread-safe.
 */
public final class RequestMatcher {
  private static final RequestMatcher ANY = new RequestMatcher("*", "*");

  private final String method;
  private final String pathPattern;

  private RequestMatcher(String method, String pathPattern) {
    this.method = method;
    this.pathPattern = pathPattern;
  }

  /**
   * Matches every request.
   *
   * @return the matcher
   */
  public static RequestMatcher any() {
    return ANY;
  }

  /**
   * Matches one method and path pattern.
   *
   * @param method an HTTP method such as {@code "POST"} (case-insensitive), or {@code "*"} for any
   * @param pathPattern a path relative to the fake's base path, starting with {@code /}, optionally ending in
   *     {@code *}; or {@code "*"} for any path
   * @return the matcher
   * @throws IllegalArgumentException if the pattern is blank or contains {@code *} anywhere but at the end
   */
  public static RequestMatcher of(String method, String pathPattern) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathPattern, "pathPattern");
    if (method.isBlank() || pathPattern.isBlank()) {
      throw new IllegalArgumentException("method and pathPattern must not be blank");
    }
    int star = pathPattern.indexOf('*');
    if (star >= 0 && star != pathPattern.length() - 1) {
      throw new IllegalArgumentException("'*' is only allowed at the end of a path pattern");
    }
    if (!pathPattern.equals("*") && !pathPattern.startsWith("/")) {
      throw new IllegalArgumentException("pathPattern must start with '/' (relative to the fake's base path)");
    }
    return new RequestMatcher(method.toUpperCase(Locale.ROOT), pathPattern);
  }

  /**
   * Matches every request with the given method.
   *
   * @param method an HTTP method such as {@code "GET"}
   * @return the matcher
   */
  public static RequestMatcher method(String method) {
    return of(method, "*");
  }

  /**
   * Returns whether a request matches.
   *
   * @param requestMethod the request's method
   * @param relativePath the request's path relative to the fake's base path, without the query
   * @return true if this matcher selects the request
   */
  public boolean matches(String requestMethod, String relativePath) {
    if (!method.equals("*") && !method.equalsIgnoreCase(requestMethod)) {
      return false;
    }
    if (pathPattern.endsWith("*")) {
      return relativePath.startsWith(pathPattern.substring(0, pathPattern.length() - 1));
    }
    return pathPattern.equals(relativePath);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestMatcher
        && method.equals(((RequestMatcher) o).method)
        && pathPattern.equals(((RequestMatcher) o).pathPattern);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, pathPattern);
  }

  @Override
  public String toString() {
    return method + " " + pathPattern;
  }
}
