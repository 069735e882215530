package dev.onboardkit.core.log;

import java.util.List;
import java.util.Objects;

/**
 * How the SDK logs HTTP traffic. Levels are controlled by your slf4j backend, on the logger named
 * {@link #loggerName()} (default {@code dev.onboardkit.http}): DEBUG for one line per request and response, TRACE
 * for headers and bodies. Secrets are masked at every level.
 */
public final class LoggingOptions {
  /** The default logger name. */
  public static final String DEFAULT_LOGGER = "dev.onboardkit.http";

  private static final LoggingOptions DEFAULTS =
      new LoggingOptions(DEFAULT_LOGGER, true, dev.onboardkit.core.SdkDefaults.Limits.MAX_LOGGED_BODY_BYTES,
          List.of(), List.of());

  private final String loggerName;
  private final boolean logBodies;
  private final int maxBodyChars;
  private final List<String> redactedHeaders;
  private final List<String> redactedFields;

  private LoggingOptions(
      String loggerName, boolean logBodies, int maxBodyChars, List<String> redactedHeaders, List<String> redactedFields) {
    this.loggerName = loggerName;
    this.logBodies = logBodies;
    this.maxBodyChars = maxBodyChars;
    this.redactedHeaders = redactedHeaders;
    this.redactedFields = redactedFields;
  }

  /**
   * Returns the defaults: logger {@code dev.onboardkit.http}, bodies logged at TRACE up to 8 KiB, built-in
   * redaction only.
   *
   * @return the defaults
   */
  public static LoggingOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /**
   * Returns the slf4j logger name.
   *
   * @return the logger name
   */
  public String loggerName() {
    return loggerName;
  }

  /**
   * Returns whether bodies are logged at TRACE.
   *
   * @return true to log bodies
   */
  public boolean logBodies() {
    return logBodies;
  }

  /**
   * Returns the longest body rendering logged.
   *
   * @return the limit in characters
   */
  public int maxBodyChars() {
    return maxBodyChars;
  }

  /**
   * Returns the headers masked in addition to the built-in list.
   *
   * @return the header names, as given to {@link Builder#redactHeaders(String...)}
   */
  public List<String> redactedHeaders() {
    return redactedHeaders;
  }

  /**
   * Returns the JSON members and query parameters masked in addition to the built-in list.
   *
   * @return the member names, as given to {@link Builder#redactFields(String...)}
   */
  public List<String> redactedFields() {
    return redactedFields;
  }

  @Override
  public String toString() {
    return "LoggingOptions{logger=" + loggerName + ", logBodies=" + logBodies + ", maxBodyChars=" + maxBodyChars
        + ", redactedHeaders=" + redactedHeaders + ", redactedFields=" + redactedFields + "}";
  }

  /** Builds {@link LoggingOptions}. */
  public static final class Builder {
    private String loggerName;
    private boolean logBodies;
    private int maxBodyChars;
    private List<String> redactedHeaders;
    private List<String> redactedFields;

    private Builder(LoggingOptions from) {
      this.loggerName = from.loggerName;
      this.logBodies = from.logBodies;
      this.maxBodyChars = from.maxBodyChars;
      this.redactedHeaders = from.redactedHeaders;
      this.redactedFields = from.redactedFields;
    }

    /**
     * Sets the slf4j logger name.
     *
     * @param loggerName the name
     * @return this builder
     */
    public Builder loggerName(String loggerName) {
      this.loggerName = Objects.requireNonNull(loggerName, "loggerName");
      return this;
    }

    /**
     * Sets whether bodies are logged at TRACE.
     *
     * @param logBodies true to log bodies
     * @return this builder
     */
    public Builder logBodies(boolean logBodies) {
      this.logBodies = logBodies;
      return this;
    }

    /**
     * Sets the longest body rendering logged.
     *
     * @param maxBodyChars a positive limit
     * @return this builder
     */
    public Builder maxBodyChars(int maxBodyChars) {
      this.maxBodyChars = Math.max(1, maxBodyChars);
      return this;
    }

    /**
     * Masks more headers, in addition to the built-in list.
     *
     * @param headers header names
     * @return this builder
     */
    public Builder redactHeaders(String... headers) {
      this.redactedHeaders = List.of(headers);
      return this;
    }

    /**
     * Masks more JSON members and query parameters, in addition to the built-in list.
     *
     * @param fields member names
     * @return this builder
     */
    public Builder redactFields(String... fields) {
      this.redactedFields = List.of(fields);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public LoggingOptions build() {
      return new LoggingOptions(loggerName, logBodies, maxBodyChars, redactedHeaders, redactedFields);
    }
  }
}
