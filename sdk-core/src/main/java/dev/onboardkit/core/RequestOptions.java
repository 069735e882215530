package dev.onboardkit.core;

import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.core.internal.json.JsonValues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Per-call overrides: extra headers, query parameters and body properties, timeouts (including the overall deadline),
 * the retry budget and the backoff between attempts.
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
 *
 * <p><b>Escape hatches.</b> A vendor parameter or field this SDK does not model yet can be sent without waiting for a
 * release:
 *
 * <pre>{@code
 * RequestOptions extra = RequestOptions.builder()
 *     .queryParam("status", "cancelled")            // replaces the SDK's own status parameter
 *     .bodyProperty("external_ref", "crm-4711")     // one more top-level member of the JSON body
 *     .build();
 * }</pre>
 *
 * <ul>
 *   <li>They are merged into the request after the SDK has validated its own arguments, so they are not checked
 *       against the vendor's rules: the server decides.
 *   <li>A {@linkplain Builder#queryParam query parameter} replaces every parameter of the same name the SDK would
 *       send; giving one name several times sends every value, in order.
 *   <li>A {@linkplain Builder#bodyProperty body property} becomes a top-level member of the JSON object body,
 *       replacing the SDK's member of the same name. On a POST, PUT or PATCH that sends no body, the properties
 *       become the whole body; a GET, HEAD or DELETE has no body, and the call fails before sending with an
 *       {@link dev.onboardkit.core.error.InvalidRequestException} (field {@code bodyProperties}).
 *   <li>An {@linkplain Builder#header extra header} replaces the client's default header of the same name, but never
 *       the credential: on an authenticated call the client sets its credential header last, on every attempt.
 *   <li>They are logged like everything else the SDK sends: credential headers, and query parameters and JSON members
 *       with secret-looking names ({@code password}, {@code token}, {@code auth_code}, ...), are masked.
 *       {@link #toString()} lists only their names.
 * </ul>
 */
public final class RequestOptions {
  private static final RequestOptions NONE =
      new RequestOptions(Headers.empty(), Timeouts.none(), null, null, null, Map.of(), Map.of());

  private final Headers headers;
  private final Timeouts timeouts;
  private final Integer maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Map<String, List<String>> queryParams;
  private final Map<String, Object> bodyProperties;

  private RequestOptions(Headers headers, Timeouts timeouts, Integer maxRetries, Duration initialBackoff,
      Duration maxBackoff, Map<String, List<String>> queryParams, Map<String, Object> bodyProperties) {
    this.headers = headers;
    this.timeouts = timeouts;
    this.maxRetries = maxRetries;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.queryParams = queryParams;
    this.bodyProperties = bodyProperties;
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
   * Returns the extra query parameters, by name in the order first given; each replaces the SDK's parameters of the
   * same name.
   *
   * @return the parameters and their values (unmodifiable); empty when none
   */
  public Map<String, List<String>> queryParams() {
    return queryParams;
  }

  /**
   * Returns the extra top-level members of the JSON body, in the order given; each replaces the SDK's member of the
   * same name. Values are written with the SDK's JSON settings when the request is sent (a {@link Secret} as its
   * value); a null value is sent as JSON {@code null}.
   *
   * @return the members (unmodifiable; values may be null); empty when none
   */
  public Map<String, @Nullable Object> bodyProperties() {
    return bodyProperties;
  }

  /**
   * Returns whether any extra query parameter or body property is set.
   *
   * @return true when the request must be merged with extras
   */
  public boolean hasExtras() {
    return !queryParams.isEmpty() || !bodyProperties.isEmpty();
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

  /** Describes the options; extra query parameters and body properties by name only, never their values. */
  @Override
  public String toString() {
    return "RequestOptions{headers=" + headers + ", timeouts=" + timeouts + ", maxRetries=" + maxRetries
        + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff
        + (queryParams.isEmpty() ? "" : ", queryParams=" + queryParams.keySet())
        + (bodyProperties.isEmpty() ? "" : ", bodyProperties=" + bodyProperties.keySet()) + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private final Headers.Builder headers = Headers.builder();
    private final Timeouts.Builder timeouts = Timeouts.builder();
    private Integer maxRetries;
    private Duration initialBackoff;
    private Duration maxBackoff;
    private final Map<String, List<String>> queryParams = new LinkedHashMap<>();
    private final Map<String, Object> bodyProperties = new LinkedHashMap<>();
    private final Problems pending = new Problems();

    private Builder() {}

    /**
     * Adds a header to this call, replacing any client default of the same name. It never replaces the credential: on
     * an authenticated call the client sets its credential header (such as {@code Authorization}) last, on every
     * attempt.
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
     * Adds a query parameter to this call. It replaces every parameter of the same name the SDK would send, such as
     * a filter whose value the SDK's types do not accept yet; calling this again with the same name adds another
     * value. The name and value are percent-encoded when sent.
     *
     * @param name the parameter name, not blank
     * @param value the value; null is reported by {@link #build()}
     * @return this builder
     */
    public Builder queryParam(@Nullable String name, @Nullable String value) {
      if (checkName("queryParams", name) && pending.requireNonNull("queryParams[" + name + "]", value)) {
        queryParams.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
      }
      return this;
    }

    /**
     * Adds a top-level member to this call's JSON body, replacing the SDK's member of the same name. The value is
     * written with the SDK's JSON settings: a {@code String}, {@code Number}, {@code Boolean}, {@code List},
     * {@code Map}, a {@link Secret} (sent as its value), or null (sent as JSON {@code null}). Setting the same name
     * again replaces the earlier value. Not allowed on GET, HEAD and DELETE calls, which carry no body.
     *
     * @param name the member name, not blank
     * @param value the value, or null for JSON {@code null}
     * @return this builder
     */
    public Builder bodyProperty(@Nullable String name, @Nullable Object value) {
      if (checkName("bodyProperties", name)) {
        if (JsonValues.writable(value)) {
          bodyProperties.put(name, value);
        } else {
          pending.add("bodyProperties[" + name + "]", "cannot be written as JSON");
        }
      }
      return this;
    }

    private boolean checkName(String field, @Nullable String name) {
      return pending.requireText(field + " name", name, 1024);
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
      problems.addAll(pending);
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
      return new RequestOptions(headers.build(), builtTimeouts, maxRetries, initialBackoff, maxBackoff,
          copyParams(queryParams), copyProperties(bodyProperties));
    }

    private static Map<String, List<String>> copyParams(Map<String, List<String>> params) {
      if (params.isEmpty()) {
        return Map.of();
      }
      Map<String, List<String>> copy = new LinkedHashMap<>();
      params.forEach((name, values) -> copy.put(name, List.copyOf(values)));
      return Collections.unmodifiableMap(copy);
    }

    private static Map<String, Object> copyProperties(Map<String, Object> properties) {
      return properties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
  }
}
