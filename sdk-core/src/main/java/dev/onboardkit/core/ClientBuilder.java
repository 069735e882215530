package dev.onboardkit.core;

import dev.onboardkit.core.auth.CredentialsProvider;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.ValidationProblem;
import dev.onboardkit.core.event.RequestListener;
import dev.onboardkit.core.http.HttpTransport;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.log.LoggingOptions;
import dev.onboardkit.core.retry.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.DoubleSupplier;
import okhttp3.OkHttpClient;

/**
 * The options every OnboardKit client builder shares: timeouts, retries, User-Agent, default headers, the injectable
 * sleeper, clock and jitter, logging, request listeners, and the OkHttp client or transport. Each vendor's builder adds
 * its base URL and credentials. Setters accept null without throwing; {@code build()} reports every problem at once.
 *
 * @param <B> the vendor builder, returned by every setter so that calls chain
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  private final ClientOptions.Builder options = ClientOptions.builder();
  private final List<String[]> headers = new ArrayList<>();
  private boolean timeoutsMissing;

  /** Creates a builder with the SDK defaults. */
  protected ClientBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * Overrides timeouts; values not set in {@code timeouts} keep the SDK defaults.
   *
   * @param timeouts the timeouts to change; null is reported by {@code build()}
   * @return this builder
   */
  public B timeouts(@Nullable Timeouts timeouts) {
    if (timeouts == null) {
      timeoutsMissing = true;
    } else {
      options.timeouts(timeouts);
    }
    return self();
  }

  /**
   * Sets the default retry budget per call (default 2); 0 disables retries. Creates are still never repeated once
   * the server may have acted on them (only a refused connection or a 429 sends one again).
   *
   * @param maxRetries zero or more
   * @return this builder
   */
  public B maxRetries(int maxRetries) {
    options.maxRetries(maxRetries);
    return self();
  }

  /**
   * Sets the longest server-requested wait ({@code Retry-After}) the SDK sleeps through before retrying.
   *
   * @param maxRetryAfter zero or more
   * @return this builder
   */
  public B maxRetryAfter(@Nullable Duration maxRetryAfter) {
    options.maxRetryAfter(maxRetryAfter);
    return self();
  }

  /**
   * Sets the backoff before the first retry (default 0.5 s); it doubles for each further retry, up to
   * {@link #maxBackoff(Duration)}, and is scaled by a jitter factor in [0.75, 1). A server's own wait
   * ({@code Retry-After}) replaces it.
   *
   * @param initialBackoff zero or more
   * @return this builder
   */
  public B initialBackoff(@Nullable Duration initialBackoff) {
    options.initialBackoff(initialBackoff);
    return self();
  }

  /**
   * Sets the longest backoff between two attempts (default 8 s).
   *
   * @param maxBackoff zero or more
   * @return this builder
   */
  public B maxBackoff(@Nullable Duration maxBackoff) {
    options.maxBackoff(maxBackoff);
    return self();
  }

  /**
   * Appends text to the User-Agent, such as {@code acme-onboarding/2.3}.
   *
   * @param suffix printable ASCII, or null for none
   * @return this builder
   */
  public B userAgentSuffix(@Nullable String suffix) {
    options.userAgentSuffix(suffix);
    return self();
  }

  /**
   * Adds a header sent with every request.
   *
   * @param name the header name
   * @param value the header value
   * @return this builder
   */
  public B defaultHeader(@Nullable String name, @Nullable String value) {
    headers.add(new String[] {name, value});
    return self();
  }

  /**
   * Sets the sleeper used between retries (tests inject one that records waits).
   *
   * @param sleeper the sleeper
   * @return this builder
   */
  public B sleeper(@Nullable Sleeper sleeper) {
    options.sleeper(sleeper);
    return self();
  }

  /**
   * Sets the clock used for deadlines, {@code Retry-After} dates and token expiry.
   *
   * @param clock the clock
   * @return this builder
   */
  public B clock(@Nullable Clock clock) {
    options.clock(clock);
    return self();
  }

  /**
   * Sets the jitter source for retry backoff.
   *
   * @param jitter returns values in [0, 1)
   * @return this builder
   */
  public B jitter(@Nullable DoubleSupplier jitter) {
    options.jitter(jitter);
    return self();
  }

  /**
   * Sets the logging options (logger name, body logging, extra redactions).
   *
   * @param logging the logging options
   * @return this builder
   */
  public B logging(@Nullable LoggingOptions logging) {
    options.logging(logging);
    return self();
  }

  /**
   * Adds a listener that sees the events of every call (start, attempts, responses, retries, outcome), for metrics
   * and tracing. Listeners are called in the order they were added; see {@link RequestListener}.
   *
   * @param listener the listener; null is reported by {@code build()}
   * @return this builder
   */
  public B listener(@Nullable RequestListener listener) {
    options.addListener(listener);
    return self();
  }

  /**
   * Replaces the listeners added so far.
   *
   * @param listeners the listeners, in the order they are called; null (or a null element) is reported by
   *     {@code build()}
   * @return this builder
   */
  public B listeners(@Nullable Collection<? extends RequestListener> listeners) {
    options.listeners(listeners == null ? null : new ArrayList<>(listeners));
    return self();
  }

  /**
   * Uses your OkHttp client's pool, dispatcher, proxy and TLS settings. The SDK derives its own client from it and
   * never closes it.
   *
   * @param okHttpClient the OkHttp client, or null to let the SDK create one
   * @return this builder
   */
  public B okHttpClient(@Nullable OkHttpClient okHttpClient) {
    options.okHttpClient(okHttpClient);
    return self();
  }

  /**
   * Replaces OkHttp with another transport; retries, credentials and logging still apply around it.
   *
   * @param transport the transport, or null for OkHttp
   * @return this builder
   */
  public B transport(@Nullable HttpTransport transport) {
    options.transport(transport);
    return self();
  }

  /**
   * Returns the clock set so far, for vendor credentials that track token expiry.
   *
   * @return the clock; null if null was set (then {@link #buildOptions} reports it)
   */
  protected final @Nullable Clock configuredClock() {
    return options.configuredClock();
  }

  /**
   * Checks the shared options and builds them over the vendor's base URL and credentials.
   *
   * @param baseUrl the base URL
   * @param baseUrlField the name a base URL problem is reported under, such as the environment variable it came from
   * @param credentials the credentials, or null for none
   * @return the options
   * @throws InvalidRequestException listing every problem: timeouts, header names, then the base URL and the other
   *     options
   */
  protected final ClientOptions buildOptions(
      @Nullable URI baseUrl, String baseUrlField, @Nullable CredentialsProvider credentials) {
    Problems problems = new Problems();
    if (timeoutsMissing) {
      problems.add("timeouts", "must not be null");
    }
    for (String[] header : headers) {
      problems.capture(() -> options.defaultHeader(header[0], header[1]));
    }
    ClientOptions built = problems.capture(() -> {
      try {
        return options.baseUrl(baseUrl).credentials(credentials).build();
      } catch (InvalidRequestException e) {
        List<ValidationProblem> renamed = new ArrayList<>();
        for (ValidationProblem p : e.problems()) {
          renamed.add(p.field().equals("baseUrl") ? new ValidationProblem(baseUrlField, p.message()) : p);
        }
        throw new InvalidRequestException(renamed);
      }
    });
    problems.throwIfAny();
    return built;
  }
}
