package dev.onboardkit.core.internal;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.http.UploadBody;
import java.util.Objects;

/**
 * Describes one API call: method, path, query, body (JSON, or an {@link UploadBody} carrying files), idempotency,
 * whether it is authenticated, and how to decode its response. Built by the client modules' service classes and run by {@link ClientRuntime}.
 *
 * @param <T> the decoded response type
 */
public final class ApiOperation<T> {
  private final HttpMethod method;
  private final String path;
  private final String query;
  private final Object body;
  private final UploadBody upload;
  private final Idempotency idempotency;
  private final boolean authenticated;
  private final ResponseDecoder<T> decoder;
  private final String link;
  private final String accept;
  private final ApiOperation<T> fallback;

  private ApiOperation(Builder<T> b) {
    this.fallback = b.fallback;
    this.method = b.method;
    this.link = b.link;
    this.accept = b.accept;
    this.path = b.link != null ? "" : b.path != null ? b.path.toString() : b.constantPath != null ? b.constantPath : "";
    this.query = b.link != null || b.query == null ? null : b.query.toString();
    this.body = b.body;
    this.upload = b.upload;
    this.idempotency = b.idempotency != null ? b.idempotency : Idempotency.defaultFor(b.method);
    this.authenticated = b.authenticated;
    this.decoder = b.decoder;
  }

  /**
   * Starts describing an operation.
   *
   * @param method the HTTP method
   * @param decoder decodes a successful response
   * @param <T> the decoded type
   * @return a new builder
   */
  public static <T> Builder<T> builder(HttpMethod method, ResponseDecoder<T> decoder) {
    return new Builder<>(method, decoder);
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method
   */
  public HttpMethod method() {
    return method;
  }

  /**
   * Returns the encoded path, starting with {@code /}, relative to the base URL.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the encoded query string without {@code ?}.
   *
   * @return the query, or null without one
   */
  public @Nullable String query() {
    return query;
  }

  /**
   * Returns the object serialised as the JSON body.
   *
   * @return the body, or null without one
   */
  public @Nullable Object body() {
    return body;
  }

  /**
   * Returns the body that carries files ({@code internal.http.Multipart}, {@code internal.http.Base64JsonUpload}).
   *
   * @return the upload body, or null without one
   */
  public @Nullable UploadBody upload() {
    return upload;
  }

  /**
   * Returns the operation's idempotency.
   *
   * @return the idempotency
   */
  public Idempotency idempotency() {
    return idempotency;
  }

  /**
   * Returns whether credentials are attached.
   *
   * @return true for authenticated operations
   */
  public boolean authenticated() {
    return authenticated;
  }

  /**
   * Returns the response decoder.
   *
   * @return the decoder
   */
  public ResponseDecoder<T> decoder() {
    return decoder;
  }

  /**
   * Returns the link the server returned that this operation follows instead of a path (such as an absolute next-page
   * URL); the runtime sends it only when it stays under the client's base URL (see
   * {@link dev.onboardkit.core.internal.http.BaseUrls#followLink}).
   *
   * @return the link as received, or null for an operation with a path
   */
  public @Nullable String link() {
    return link;
  }

  /**
   * Returns the operation the runtime sends, once, when this one is answered with 404 or a redirect: the same call on
   * the other path, for an endpoint whose exact path the vendor's sources disagree on (such as a trailing slash).
   *
   * @return the fallback, or null without one
   */
  public @Nullable ApiOperation<T> fallback() {
    return fallback;
  }

  /**
   * Returns the {@code Accept} header this operation sends instead of {@code application/json}.
   *
   * @return the media types, or null for the default
   */
  public @Nullable String accept() {
    return accept;
  }

  @Override
  public String toString() {
    return method + " " + (link != null ? "(link)" : path);
  }

  /**
   * Builds {@link ApiOperation}. Path parameters are validated as they are added; {@link #build()} reports every
   * problem at once.
   *
   * @param <T> the decoded type
   */
  public static final class Builder<T> {
    private final HttpMethod method;
    private final ResponseDecoder<T> decoder;
    private String constantPath;
    private StringBuilder path;
    private StringBuilder query;
    private Problems problems;
    private Object body;
    private UploadBody upload;
    private Idempotency idempotency;
    private boolean authenticated = true;
    private String link;
    private String accept;
    private ApiOperation<T> fallback;

    private Builder(HttpMethod method, ResponseDecoder<T> decoder) {
      this.method = Objects.requireNonNull(method, "method");
      this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /**
     * Appends a constant piece of path that is already percent-encoded, such as {@code "/applications"} or
     * {@code "/organizations/me/"}, after whatever the path holds so far (nothing, segments, parameters or other
     * constants); it may hold several segments and end with a slash. When the first constant is the whole path, as for
     * endpoints without path parameters, that string becomes the path as is, with no copying per call.
     *
     * @param encodedPath a path starting with {@code /}
     * @return this builder
     */
    public Builder<T> constantPath(String encodedPath) {
      if (!encodedPath.startsWith("/")) {
        throw new IllegalArgumentException("a constant path starts with /: " + encodedPath);
      }
      if (path == null && constantPath == null) {
        constantPath = encodedPath;
      } else {
        path().append(encodedPath);
      }
      return this;
    }

    /**
     * Appends one fixed path segment, such as {@code "applications"}. An empty segment yields a trailing slash.
     *
     * @param segment the literal segment
     * @return this builder
     */
    public Builder<T> path(String segment) {
      path().append('/').append(UrlEncoding.encode(segment));
      return this;
    }

    /**
     * Appends fixed path segments, such as {@code "applications"}. An empty segment yields a trailing slash.
     *
     * @param segments the literal segments
     * @return this builder
     */
    public Builder<T> path(String... segments) {
      for (String segment : segments) {
        path().append('/').append(UrlEncoding.encode(segment));
      }
      return this;
    }

    /**
     * Appends an identifier as one path segment, after checking it ({@link Problems#requireId}) and percent-encoding
     * it, so that values such as {@code ../x} or {@code a/b} cannot change the path.
     *
     * @param field the parameter name used in error messages
     * @param value the identifier
     * @return this builder
     */
    public Builder<T> pathParam(String field, @Nullable String value) {
      if (problems().requireId(field, value)) {
        path().append('/').append(UrlEncoding.encode(value.strip()));
      }
      return this;
    }

    /**
     * Adds a query parameter; null values are skipped.
     *
     * @param name the parameter name
     * @param value the value (its {@code toString()}), or null
     * @return this builder
     */
    public Builder<T> query(String name, @Nullable Object value) {
      if (value != null) {
        if (query == null) {
          query = new StringBuilder(32);
        } else {
          query.append('&');
        }
        query.append(UrlEncoding.encode(name)).append('=').append(UrlEncoding.encode(String.valueOf(value)));
      }
      return this;
    }

    /**
     * Follows a link the server returned, such as the absolute {@code next} URL of a page, instead of a path and query
     * built here (any set are ignored). The runtime checks that the link stays under the client's base URL before
     * sending anything.
     *
     * @param link the link exactly as received
     * @return this builder
     */
    public Builder<T> followLink(String link) {
      this.link = Objects.requireNonNull(link, "link");
      return this;
    }

    /**
     * Sets the operation sent, once, when this one is answered with 404 or a redirect (301, 302, 303, 307, 308): the
     * same call on the other documented path, for an endpoint whose exact path the vendor's sources disagree on. Its
     * answer, success or error, is the call's.
     *
     * @param fallback the operation on the other path
     * @return this builder
     */
    public Builder<T> fallback(ApiOperation<T> fallback) {
      this.fallback = Objects.requireNonNull(fallback, "fallback");
      return this;
    }

    /**
     * Sets the {@code Accept} header, for an endpoint that answers with something other than JSON (such as
     * {@code "application/pdf, application/json"} for a PDF whose errors are JSON).
     *
     * @param mediaTypes the header value
     * @return this builder
     */
    public Builder<T> accept(String mediaTypes) {
      this.accept = Objects.requireNonNull(mediaTypes, "mediaTypes");
      return this;
    }

    /**
     * Sets the object serialised as the JSON body.
     *
     * @param body the body, or null for none
     * @return this builder
     */
    public Builder<T> body(@Nullable Object body) {
      this.body = body;
      return this;
    }

    /**
     * Sets a body that carries files, built with {@code internal.http.Multipart.form()} or
     * {@code internal.http.Base64JsonUpload.of(...)}, instead of a JSON {@link #body(Object) body}. The files were
     * checked with the request ({@code internal.http.Uploads}); the body enforces their limits again while it is
     * written.
     *
     * @param upload the body
     * @return this builder
     */
    public Builder<T> upload(UploadBody upload) {
      this.upload = Objects.requireNonNull(upload, "upload");
      this.body = null;
      return this;
    }

    /**
     * Declares the idempotency; without it the method's default applies.
     *
     * @param idempotency the idempotency
     * @return this builder
     */
    public Builder<T> idempotency(Idempotency idempotency) {
      this.idempotency = idempotency;
      return this;
    }

    /**
     * Sets whether credentials are attached (default true).
     *
     * @param authenticated false for public endpoints
     * @return this builder
     */
    public Builder<T> authenticated(boolean authenticated) {
      this.authenticated = authenticated;
      return this;
    }

    /**
     * Gives access to this builder's problem collector, to add request-level problems to the path problems.
     *
     * @return the collector
     */
    public Problems problems() {
      if (problems == null) {
        problems = new Problems();
      }
      return problems;
    }

    private StringBuilder path() {
      if (path == null) {
        path = new StringBuilder(96);
        if (constantPath != null) {
          path.append(constantPath);
          constantPath = null;
        }
      }
      return path;
    }

    /**
     * Builds the operation.
     *
     * @return the operation
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public ApiOperation<T> build() {
      if (problems != null) {
        problems.throwIfAny();
      }
      return new ApiOperation<>(this);
    }
  }
}
