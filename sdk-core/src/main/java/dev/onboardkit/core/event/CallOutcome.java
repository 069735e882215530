package dev.onboardkit.core.event;

import java.util.Locale;

/** How a call ended, as reported by {@link CallFinished#outcome()}. */
public enum CallOutcome {
  /** A 2xx response, decoded into the value the caller receives. */
  SUCCESS,
  /** An error response: the call threw a {@link dev.onboardkit.core.error.ApiException}; the status is reported. */
  API_ERROR,
  /** No response: a {@link dev.onboardkit.core.error.ApiConnectionException} other than a timeout. */
  CONNECTION_FAILURE,
  /** A timeout or the deadline: an {@link dev.onboardkit.core.error.ApiTimeoutException}. */
  TIMEOUT,
  /** A 2xx response whose body could not be decoded: a {@link dev.onboardkit.core.error.ResponseDecodingException}. */
  INVALID_RESPONSE,
  /** The caller cancelled the call's future before it completed. */
  CANCELLED,
  /** Any other exception, such as one thrown by a credentials provider. */
  OTHER_FAILURE;

  /**
   * Returns the name in lower case, such as {@code api_error}, for use as a metric tag or span attribute.
   *
   * @return the lower-case name
   */
  public String tagValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
