package dev.onboardkit.core;

import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.internal.Problems;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Per-call overrides: extra headers, timeouts (including the overall deadline), the retry budget and the backoff
 * between attempts.
 *
 * <p>Every endpoint method accepts a {@code RequestOptions} as its optional last argument; what it leaves unset is
 * taken from the client's {@link ClientOptions}.
 *
 * <pre>{@code
 * RequestOptions patient = RequestOptions.builder()
 *     .timeout(Duration.ofSeconds(90))   // per attempt
 *     .deadline(Duration.ofMinutes(3))   // all attempts and waits
 *     .maxRetries(4)
 *     .build();
 * }</pre>
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new RequestOptions(Headers.empty(), Timeouts.none(), null, null, null);

  private final Headers headers;
  private final Timeouts timeouts;
  private final Integer maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  private RequestOptions(
      Headers headers, Timeouts timeouts, Integer maxRetries, Duration initialBackoff, Duration maxBackoff) {
    this.headers = headers;
    this.timeouts = timeouts;
    this.maxRetries = maxRetries;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
  }

  /**
   * Returns options that override nothing.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Starts a builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns extra headers sent with this call, added after (and replacing) the client's default headers.
   *
   * @return the headers; empty when none
   */
  public Headers headers() {
    return headers;
  }

  /**
   * Returns the timeouts this call overrides; unset values come from the client.
   *
   * @return the timeout overrides
   */
  public Timeouts timeouts() {
    return timeouts;
  }

  /**
   * Returns the retry budget for this call, if overridden.
   *
   * @return the maximum number of retries
   */
  public OptionalInt maxRetries() {
    return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
  }

  /**
   * Returns the backoff before the first retry of this call, if overridden.
   *
   * @return the initial backoff
   */
  public Optional<Duration> initialBackoff() {
    return Optional.ofNullable(initialBackoff);
  }

  /**
   * Returns the longest backoff between two attempts of this call, if overridden.
   *
   * @return the maximum backoff
   */
  public Optional<Duration> maxBackoff() {
    return Optional.ofNullable(maxBackoff);
  }

  @Override
  public String toString() {
    return "RequestOptions{headers=" + headers + ", timeouts=" + timeouts + ", maxRetries=" + maxRetries
        + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private final Headers.Builder headers = Headers.builder();
    private final Timeouts.Builder timeouts = Timeouts.builder();
    private Integer maxRetries;
    private Duration initialBackoff;
    private Duration maxBackoff;

    private Builder() {}

    /**
     * Adds a header to this call, replacing any client default of the same name.
     *
     * @param name the header name
     * @param value the header value; must not contain line breaks
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.set(name, value);
      return this;
    }

    /**
     * Sets the per-attempt call timeout.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      timeouts.call(timeout);
      return this;
    }

    /**
     * Sets the overall deadline, covering all attempts and the waits between them.
     *
     * @param deadline a positive duration
     * @return this builder
     */
    public Builder deadline(Duration deadline) {
      timeouts.deadline(deadline);
      return this;
    }

    /**
     * Overrides several timeouts at once; values set here replace those set with {@link #timeout} and
     * {@link #deadline}.
     *
     * @param overrides the timeouts to apply; unset values are left alone; null changes nothing
     * @return this builder
     */
    public Builder timeouts(@Nullable Timeouts overrides) {
      if (overrides == null) {
        return this;
      }
      overrides.connect().ifPresent(timeouts::connect);
      overrides.read().ifPresent(timeouts::read);
      overrides.write().ifPresent(timeouts::write);
      overrides.call().ifPresent(timeouts::call);
      if (overrides.deadlineOff()) {
        timeouts.noDeadline();
      } else {
        overrides.deadline().ifPresent(timeouts::deadline);
      }
      return this;
    }

    /**
     * Sets how many times this call may be retried; 0 disables retries.
     *
     * @param maxRetries zero or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets the backoff before the first retry of this call; it doubles for each further retry, up to the maximum
     * backoff.
     *
     * @param initialBackoff zero or more
     * @return this builder
     */
    public Builder initialBackoff(@Nullable Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
      return this;
    }

    /**
     * Sets the longest backoff between two attempts of this call.
     *
     * @param maxBackoff zero or more
     * @return this builder
     */
    public Builder maxBackoff(@Nullable Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws dev.onboardkit.core.error.InvalidRequestException if a value is out of range
     */
    public RequestOptions build() {
      Problems problems = new Problems();
      if (maxRetries != null && maxRetries < 0) {
        problems.add("maxRetries", "must be zero or more");
      }
      if (initialBackoff != null && initialBackoff.isNegative()) {
        problems.add("initialBackoff", "must be zero or more");
      }
      if (maxBackoff != null && maxBackoff.isNegative()) {
        problems.add("maxBackoff", "must be zero or more");
      }
      Timeouts builtTimeouts = problems.capture(timeouts::build);
      problems.throwIfAny();
      return new RequestOptions(headers.build(), builtTimeouts, maxRetries, initialBackoff, maxBackoff);
    }
  }
}
