package dev.onboardkit.core.http;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.SdkDefaults;
import dev.onboardkit.core.Timeouts;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as the SDK sends it, together with the settings that govern sending it: its idempotency, the
 * merged timeouts, the retry budget and the backoff between attempts.
 *
 * <p>Immutable; derive variants with {@link #toBuilder()}.
 */
public final class HttpRequest {
  private final HttpMethod method;
  private final String urlText;
  private volatile URI url;
  private final Headers headers;
  private final byte[] body;
  private final String contentType;
  private final UploadBody upload;
  private final Idempotency idempotency;
  private final boolean authenticated;
  private final Timeouts timeouts;
  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  private HttpRequest(Builder b) {
    this.method = Objects.requireNonNull(b.method, "method");
    this.urlText = Objects.requireNonNull(b.urlText, "url");
    this.url = b.url;
    this.headers = b.headers;
    this.body = b.body;
    this.contentType = b.contentType;
    this.upload = b.upload;
    this.idempotency = b.idempotency != null ? b.idempotency : Idempotency.defaultFor(b.method);
    this.authenticated = b.authenticated;
    this.timeouts = b.timeouts;
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
  }

  /**
   * Starts a builder.
   *
   * @param method the HTTP method
   * @param url the absolute URL, already encoded
   * @return a new builder
   */
  public static Builder builder(HttpMethod method, URI url) {
    Builder b = new Builder();
    b.method = method;
    b.url(url);
    return b;
  }

  /**
   * Starts a builder from URL text that is already absolute and encoded; the {@link URI} is parsed only if asked for.
   *
   * @param method the HTTP method
   * @param url the absolute, encoded URL
   * @return a new builder
   */
  public static Builder builder(HttpMethod method, String url) {
    Builder b = new Builder();
    b.method = method;
    b.urlText = url;
    return b;
  }

  private HttpRequest(HttpRequest from, Headers headers, Timeouts timeouts) {
    this.method = from.method;
    this.urlText = from.urlText;
    this.url = from.url;
    this.headers = headers;
    this.body = from.body;
    this.contentType = from.contentType;
    this.upload = from.upload;
    this.idempotency = from.idempotency;
    this.authenticated = from.authenticated;
    this.timeouts = timeouts;
    this.maxRetries = from.maxRetries;
    this.initialBackoff = from.initialBackoff;
    this.maxBackoff = from.maxBackoff;
  }

  /**
   * Returns a copy with one header set (replacing existing values of that name); everything else is shared.
   *
   * @param name the header name
   * @param value the header value
   * @return the copy
   */
  public HttpRequest withHeader(String name, String value) {
    return new HttpRequest(this, headers.with(name, value), timeouts);
  }

  /**
   * Returns a copy with other headers; everything else is shared.
   *
   * @param newHeaders the headers
   * @return the copy
   */
  public HttpRequest withHeaders(Headers newHeaders) {
    return new HttpRequest(this, Objects.requireNonNull(newHeaders, "headers"), timeouts);
  }

  /** Returns the body without wrapping it (transport use). */
  byte[] bodyOrNull() {
    return body;
  }

  /** Returns the content type without wrapping it (transport use). */
  String contentTypeOrNull() {
    return contentType;
  }

  /**
   * Returns a copy with other timeouts; everything else is shared.
   *
   * @param newTimeouts the merged timeouts
   * @return the copy
   */
  public HttpRequest withTimeouts(Timeouts newTimeouts) {
    return new HttpRequest(this, headers, Objects.requireNonNull(newTimeouts, "timeouts"));
  }

  /**
   * Returns a builder holding this request's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.method = method;
    b.urlText = urlText;
    b.url = url;
    b.headers = headers;
    b.body = body;
    b.contentType = contentType;
    b.upload = upload;
    b.idempotency = idempotency;
    b.authenticated = authenticated;
    b.timeouts = timeouts;
    b.maxRetries = maxRetries;
    b.initialBackoff = initialBackoff;
    b.maxBackoff = maxBackoff;
    return b;
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
   * Returns the absolute, encoded URL.
   *
   * @return the URL
   */
  public URI url() {
    URI u = url;
    if (u == null) {
      u = URI.create(urlText);
      url = u;
    }
    return u;
  }

  /**
   * Returns the absolute, encoded URL as text, without parsing it.
   *
   * @return the URL text
   */
  public String urlText() {
    return urlText;
  }

  /**
   * Returns the request headers (credentials are added later, by the authenticating layer).
   *
   * @return the headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * Returns the body bytes. The array is shared, not copied: callers must not modify it.
   *
   * @return the body, or empty for a request without one or with an {@linkplain #upload() upload body}
   */
  public Optional<byte[]> body() {
    return Optional.ofNullable(body);
  }

  /**
   * Returns the body that carries files, written while the request is sent (a multipart form, or JSON with an
   * embedded file); a request has either this or {@link #body()}.
   *
   * @return the upload body, or empty
   */
  public Optional<UploadBody> upload() {
    return Optional.ofNullable(upload);
  }

  /**
   * Returns whether this request can be sent again after it may have reached the server: false when its upload body
   * holds a stream, which can be read only once. The retry policy, the replay after a 401 and the fallback path all
   * consult it: such a request is sent again only when the first attempt provably never left.
   *
   * @return true unless the body holds a stream
   */
  public boolean isReplayable() {
    return upload == null || upload.isReplayable();
  }

  /**
   * Returns the media type of the body.
   *
   * @return the content type, or empty without a body
   */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /**
   * Returns how safe it is to send this request again.
   *
   * @return the idempotency
   */
  public Idempotency idempotency() {
    return idempotency;
  }

  /**
   * Returns whether the client's credentials should be attached (only ever to the client's own origin).
   *
   * @return true for authenticated endpoints
   */
  public boolean authenticated() {
    return authenticated;
  }

  /**
   * Returns the fully merged timeouts for this request.
   *
   * @return the timeouts
   */
  public Timeouts timeouts() {
    return timeouts;
  }

  /**
   * Returns how many retries this request may use.
   *
   * @return zero or more
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * Returns the backoff before the first retry; it doubles for each further retry, up to {@link #maxBackoff()}.
   *
   * @return zero or more
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * Returns the longest backoff between two attempts.
   *
   * @return zero or more
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** Describes the request by method and URL; headers and body are left out. */
  @Override
  public String toString() {
    int query = urlText.indexOf('?');
    return method + " " + (query < 0 ? urlText : urlText.substring(0, query));
  }

  /** Builds {@link HttpRequest}. */
  public static final class Builder {
    private HttpMethod method;
    private String urlText;
    private URI url;
    private Headers headers = Headers.empty();
    private byte[] body;
    private String contentType;
    private UploadBody upload;
    private Idempotency idempotency;
    private boolean authenticated = true;
    private Timeouts timeouts = Timeouts.defaults();
    private int maxRetries = SdkDefaults.Retry.MAX_RETRIES;
    private Duration initialBackoff = SdkDefaults.Retry.INITIAL_BACKOFF;
    private Duration maxBackoff = SdkDefaults.Retry.MAX_BACKOFF;

    private Builder() {}

    /**
     * Sets the URL.
     *
     * @param url the absolute, encoded URL
     * @return this builder
     */
    public Builder url(URI url) {
      this.url = Objects.requireNonNull(url, "url");
      this.urlText = url.toString();
      return this;
    }

    /**
     * Replaces all headers.
     *
     * @param headers the headers
     * @return this builder
     */
    public Builder headers(Headers headers) {
      this.headers = Objects.requireNonNull(headers, "headers");
      return this;
    }

    /**
     * Sets one header, replacing existing values of that name.
     *
     * @param name the header name
     * @param value the header value
     * @return this builder
     */
    public Builder header(String name, String value) {
      this.headers = headers.with(name, value);
      return this;
    }

    /**
     * Sets the body.
     *
     * @param body the bytes (not copied), or null for no body
     * @param contentType the media type, or null for no body
     * @return this builder
     */
    public Builder body(byte @Nullable [] body, @Nullable String contentType) {
      this.body = body;
      this.contentType = contentType;
      if (body != null) {
        this.upload = null;
      }
      return this;
    }

    /**
     * Sets a body that carries files, replacing any byte body.
     *
     * @param upload the body, or null for none
     * @return this builder
     */
    public Builder upload(@Nullable UploadBody upload) {
      this.upload = upload;
      if (upload != null) {
        this.body = null;
        this.contentType = null;
      }
      return this;
    }

    /**
     * Sets the idempotency; without it the method's default applies.
     *
     * @param idempotency the idempotency
     * @return this builder
     */
    public Builder idempotency(Idempotency idempotency) {
      this.idempotency = idempotency;
      return this;
    }

    /**
     * Sets whether credentials are attached.
     *
     * @param authenticated true for authenticated endpoints (the default)
     * @return this builder
     */
    public Builder authenticated(boolean authenticated) {
      this.authenticated = authenticated;
      return this;
    }

    /**
     * Sets the merged timeouts.
     *
     * @param timeouts timeouts with connect, read, write and call set
     * @return this builder
     */
    public Builder timeouts(Timeouts timeouts) {
      this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
      return this;
    }

    /**
     * Sets the retry budget.
     *
     * @param maxRetries zero or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets the backoff before the first retry (default {@link SdkDefaults.Retry#INITIAL_BACKOFF}).
     *
     * @param initialBackoff zero or more
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Sets the longest backoff between two attempts (default {@link SdkDefaults.Retry#MAX_BACKOFF}).
     *
     * @param maxBackoff zero or more
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    private static Duration nonNegative(Duration d, String name) {
      if (Objects.requireNonNull(d, name).isNegative()) {
        throw new IllegalArgumentException(name + " must be zero or more");
      }
      return d;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public HttpRequest build() {
      return new HttpRequest(this);
    }
  }
}
