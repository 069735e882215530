package dev.onboardkit.core;

import dev.onboardkit.core.auth.CredentialsProvider;
import dev.onboardkit.core.event.RequestListener;
import dev.onboardkit.core.internal.http.BaseUrls;
import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.http.HttpTransport;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.log.LoggingOptions;
import dev.onboardkit.core.retry.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.OkHttpClient;

/**
 * Client-wide configuration: base URL, credentials, timeouts, retries, headers, logging, request listeners, and the
 * clock and sleeper (injectable for tests). Immutable; the client modules' builders fill it in, and
 * {@code client.withOptions(...)} derives a client with changed options that shares the connection pool.
 */
public final class ClientOptions {
  private final URI baseUrl;
  private final CredentialsProvider credentials;
  private final Timeouts timeouts;
  private final int maxRetries;
  private final Duration maxRetryAfter;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final String userAgentSuffix;
  private final Headers defaultHeaders;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier jitter;
  private final LoggingOptions logging;
  private final List<RequestListener> listeners;
  private final OkHttpClient okHttpClient;
  private final HttpTransport transport;

  private ClientOptions(Builder b) {
    this.baseUrl = b.baseUrl;
    this.credentials = b.credentials;
    this.timeouts = b.timeouts;
    this.maxRetries = b.maxRetries;
    this.maxRetryAfter = b.maxRetryAfter;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.userAgentSuffix = b.userAgentSuffix;
    this.defaultHeaders = b.defaultHeaders.build();
    this.sleeper = b.sleeper;
    this.clock = b.clock;
    this.jitter = b.jitter;
    this.logging = b.logging;
    this.listeners = List.copyOf(b.listeners);
    this.okHttpClient = b.okHttpClient;
    this.transport = b.transport;
  }

  /**
   * Starts a builder with the SDK defaults and no base URL.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.baseUrl = baseUrl;
    b.credentials = credentials;
    b.timeouts = timeouts;
    b.maxRetries = maxRetries;
    b.maxRetryAfter = maxRetryAfter;
    b.initialBackoff = initialBackoff;
    b.maxBackoff = maxBackoff;
    b.userAgentSuffix = userAgentSuffix;
    b.defaultHeaders = defaultHeaders.toBuilder();
    b.sleeper = sleeper;
    b.clock = clock;
    b.jitter = jitter;
    b.logging = logging;
    b.listeners = new ArrayList<>(listeners);
    b.okHttpClient = okHttpClient;
    b.transport = transport;
    return b;
  }

  /**
   * Returns the base URL every path is resolved against (no trailing slash).
   *
   * @return the base URL
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the credentials provider.
   *
   * @return the provider, absent for clients whose endpoints need no credentials
   */
  public Optional<CredentialsProvider> credentials() {
    return Optional.ofNullable(credentials);
  }

  /**
   * Returns the client's timeouts, all values set.
   *
   * @return the timeouts
   */
  public Timeouts timeouts() {
    return timeouts;
  }

  /**
   * Returns the default retry budget per call.
   *
   * @return zero or more
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * Returns the longest server-requested wait the SDK sleeps through before retrying.
   *
   * @return the maximum honoured Retry-After
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
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

  /**
   * Returns the text appended to the User-Agent.
   *
   * @return the suffix, if set
   */
  public Optional<String> userAgentSuffix() {
    return Optional.ofNullable(userAgentSuffix);
  }

  /**
   * Returns headers sent with every request.
   *
   * @return the default headers
   */
  public Headers defaultHeaders() {
    return defaultHeaders;
  }

  /**
   * Returns the sleeper used between retries.
   *
   * @return the sleeper
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * Returns the clock used for deadlines, token expiry and HTTP dates.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the source of jitter for backoff, producing values in [0, 1).
   *
   * @return the jitter source
   */
  public DoubleSupplier jitter() {
    return jitter;
  }

  /**
   * Returns the logging options.
   *
   * @return the logging options
   */
  public LoggingOptions logging() {
    return logging;
  }

  /**
   * Returns the listeners that see every call's events, in the order they are called.
   *
   * @return the listeners; empty (the default) when nothing listens
   */
  public List<RequestListener> listeners() {
    return listeners;
  }

  /**
   * Returns the caller's OkHttp client, if one was given.
   *
   * @return the OkHttp client the transport derives from
   */
  public Optional<OkHttpClient> okHttpClient() {
    return Optional.ofNullable(okHttpClient);
  }

  /**
   * Returns a caller-supplied transport replacing OkHttp, if one was given.
   *
   * @return the custom transport
   */
  public Optional<HttpTransport> transport() {
    return Optional.ofNullable(transport);
  }

  @Override
  public String toString() {
    return "ClientOptions{baseUrl=" + baseUrl + ", credentials=" + (credentials == null ? "none" : "****")
        + ", timeouts=" + timeouts + ", maxRetries=" + maxRetries + ", maxRetryAfter=" + maxRetryAfter
        + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff
        + ", userAgentSuffix=" + userAgentSuffix + ", defaultHeaders=" + defaultHeaders + ", logging=" + logging
        + ", listeners=" + listeners.size() + "}";
  }

  /** Builds {@link ClientOptions}; {@link #build()} reports every invalid value at once. */
  public static final class Builder {
    private URI baseUrl;
    private CredentialsProvider credentials;
    private Timeouts timeouts = Timeouts.defaults();
    private int maxRetries = SdkDefaults.Retry.MAX_RETRIES;
    private Duration maxRetryAfter = SdkDefaults.Retry.MAX_RETRY_AFTER;
    private Duration initialBackoff = SdkDefaults.Retry.INITIAL_BACKOFF;
    private Duration maxBackoff = SdkDefaults.Retry.MAX_BACKOFF;
    private String userAgentSuffix;
    private Headers.Builder defaultHeaders = Headers.builder();
    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    private LoggingOptions logging = LoggingOptions.defaults();
    private List<RequestListener> listeners = new ArrayList<>();
    private OkHttpClient okHttpClient;
    private HttpTransport transport;

    private Builder() {}

    /**
     * Sets the base URL: {@code https}, or {@code http} on a loopback host.
     *
     * @param baseUrl the base URL
     * @return this builder
     */
    public Builder baseUrl(@Nullable URI baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Sets the credentials provider.
     *
     * @param credentials the provider, or null for none
     * @return this builder
     */
    public Builder credentials(@Nullable CredentialsProvider credentials) {
      this.credentials = credentials;
      return this;
    }

    /**
     * Overrides timeouts; values not set in {@code overrides} keep their current value.
     *
     * @param overrides the timeouts to change; null changes nothing
     * @return this builder
     */
    public Builder timeouts(@Nullable Timeouts overrides) {
      if (overrides != null) {
        this.timeouts = overrides.mergedOver(this.timeouts);
      }
      return this;
    }

    /**
     * Sets the default retry budget per call; 0 disables retries.
     *
     * @param maxRetries zero or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets the longest server-requested wait the SDK sleeps through; longer waits fail at once with the wait
     * reported on the exception.
     *
     * @param maxRetryAfter zero or more
     * @return this builder
     */
    public Builder maxRetryAfter(@Nullable Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /**
     * Sets the backoff before the first retry (default 0.5 s); it doubles for each further retry, up to
     * {@link #maxBackoff(Duration)}, and is scaled by a jitter factor in [0.75, 1). A server's own wait replaces it.
     *
     * @param initialBackoff zero or more
     * @return this builder
     */
    public Builder initialBackoff(@Nullable Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
      return this;
    }

    /**
     * Sets the longest backoff between two attempts (default 8 s).
     *
     * @param maxBackoff zero or more
     * @return this builder
     */
    public Builder maxBackoff(@Nullable Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
      return this;
    }

    /**
     * Appends text to the User-Agent, such as {@code acme-onboarding/2.3}.
     *
     * @param suffix printable ASCII, or null for none
     * @return this builder
     */
    public Builder userAgentSuffix(@Nullable String suffix) {
      this.userAgentSuffix = suffix;
      return this;
    }

    /**
     * Adds a header sent with every request.
     *
     * @param name the header name
     * @param value the header value
     * @return this builder
     */
    public Builder defaultHeader(String name, String value) {
      this.defaultHeaders.set(name, value);
      return this;
    }

    /**
     * Sets the sleeper used between retries (tests inject a recording sleeper).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(@Nullable Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /**
     * Sets the clock used for deadlines, token expiry and HTTP dates.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(@Nullable Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the jitter source for backoff (tests inject a constant).
     *
     * @param jitter returns values in [0, 1)
     * @return this builder
     */
    public Builder jitter(@Nullable DoubleSupplier jitter) {
      this.jitter = jitter;
      return this;
    }

    /**
     * Sets the logging options.
     *
     * @param logging the logging options
     * @return this builder
     */
    public Builder logging(@Nullable LoggingOptions logging) {
      this.logging = logging;
      return this;
    }

    /**
     * Adds a listener that sees the events of every call, after those already added.
     *
     * @param listener the listener; null is reported by {@link #build()}
     * @return this builder
     */
    public Builder addListener(@Nullable RequestListener listener) {
      if (this.listeners != null) { // after listeners(null), build() reports that
        this.listeners.add(listener);
      }
      return this;
    }

    /**
     * Replaces the listeners, for example with an empty list to stop a derived client from reporting events.
     *
     * @param listeners the listeners, in the order they are called; null (or a null element) is reported by
     *     {@link #build()}
     * @return this builder
     */
    public Builder listeners(@Nullable List<? extends RequestListener> listeners) {
      this.listeners = listeners == null ? null : new ArrayList<>(listeners);
      return this;
    }

    /**
     * Uses the caller's OkHttp client (its pool, dispatcher, proxy and TLS settings). The SDK derives its own
     * client from it with {@code newBuilder()}, and never closes it.
     *
     * @param okHttpClient the client, or null to let the SDK create one
     * @return this builder
     */
    public Builder okHttpClient(@Nullable OkHttpClient okHttpClient) {
      this.okHttpClient = okHttpClient;
      return this;
    }

    /**
     * Replaces OkHttp with another transport. The SDK still applies retries, credentials and logging around it, and
     * never closes it.
     *
     * @param transport the transport, or null for the default
     * @return this builder
     */
    public Builder transport(@Nullable HttpTransport transport) {
      this.transport = transport;
      return this;
    }

    /** Returns the clock set so far (null if null was set), for {@link ClientBuilder}. */
    @Nullable Clock configuredClock() {
      return clock;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every invalid value
     */
    public ClientOptions build() {
      Problems problems = new Problems();
      baseUrl = problems.capture(() -> BaseUrls.validate("baseUrl", baseUrl));
      if (maxRetries < 0) {
        problems.add("maxRetries", "must be zero or more");
      }
      if (maxRetryAfter == null || maxRetryAfter.isNegative()) {
        problems.add("maxRetryAfter", "must be zero or more");
      }
      if (initialBackoff == null || initialBackoff.isNegative()) {
        problems.add("initialBackoff", "must be zero or more");
      }
      if (maxBackoff == null || maxBackoff.isNegative()) {
        problems.add("maxBackoff", "must be zero or more");
      }
      problems.requireNonNull("sleeper", sleeper);
      problems.requireNonNull("clock", clock);
      problems.requireNonNull("jitter", jitter);
      problems.requireNonNull("logging", logging);
      if (problems.requireNonNull("listeners", listeners)) {
        for (int i = 0; i < listeners.size(); i++) {
          problems.requireNonNull("listeners[" + i + "]", listeners.get(i));
        }
      }
      problems.capture(() -> dev.onboardkit.core.internal.http.UserAgent.of("check", userAgentSuffix));
      if (okHttpClient != null && transport != null) {
        problems.add("transport", "cannot be combined with okHttpClient; set one of them");
      }
      problems.throwIfAny();
      return new ClientOptions(this);
    }
  }
}
