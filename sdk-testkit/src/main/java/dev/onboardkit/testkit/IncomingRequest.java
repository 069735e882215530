package dev.onboardkit.testkit;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.CredentialHeaders;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as a fake server received it: what a {@link FaultDecider} sees, and what an {@link Exchange} records.
 *
 * <p>The path is relative to the fake's base path and encoded as received (for the fake Klara server
 * {@code /applications/..%2Fx}), the query is the raw encoded query string. Header names are kept in lower case with
 * their first value; credential headers ({@code Authorization}, {@code Proxy-Authorization}, {@code x-api-key},
 * {@code api-key}, {@code x-auth-token}, {@code Cookie} and {@code Set-Cookie}, the headers the SDK's logging masks)
 * keep their name but have their value replaced by {@code [REDACTED]} (an {@code Authorization} scheme such as
 * {@code Bearer} is kept), so a recorded request never holds a secret.
 *
 * <p>Immutable and thread-safe.
 */
public final class IncomingRequest {
  private final String method;
  private final String path;
  private final @Nullable String query;
  private final Map<String, String> headers;

  /**
   * Creates a request view. The fakes create these; the constructor is public so that a {@link FaultDecider} can be
   * unit-tested.
   *
   * @param method the HTTP method, such as {@code GET}
   * @param path the encoded path relative to the fake's base path, such as {@code /applications}
   * @param query the raw query string without {@code ?}, or null when there was none
   * @param headers the request headers (first value per name, in any case); credential values are masked here
   */
  public IncomingRequest(String method, String path, @Nullable String query, Map<String, String> headers) {
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.query = query;
    Map<String, String> copy = new LinkedHashMap<>();
    Objects.requireNonNull(headers, "headers").forEach((name, value) -> {
      String lower = Objects.requireNonNull(name, "header name").toLowerCase(Locale.ROOT);
      if (!copy.containsKey(lower)) {
        copy.put(lower, CredentialHeaders.mask(lower, Objects.requireNonNull(value, "header value")));
      }
    });
    this.headers = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method, such as {@code POST}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the encoded path relative to the fake's base path, without the query.
   *
   * @return the path, such as {@code /applications/abc/pre-auth}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the raw (still percent-encoded) query string.
   *
   * @return the query without {@code ?}, if the request had one
   */
  public Optional<String> query() {
    return Optional.ofNullable(query);
  }

  /**
   * Returns a request header's first value; credential headers come back masked.
   *
   * @param name the header name, in any case
   * @return the value, if the header was sent
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT)));
  }

  /**
   * Returns every header, lower-case name to first value, credential values masked.
   *
   * @return the headers, in the order received
   */
  public Map<String, String> headers() {
    return headers;
  }

  /** Returns {@code "METHOD /path"}. */
  @Override
  public String toString() {
    return method + " " + path;
  }
}
