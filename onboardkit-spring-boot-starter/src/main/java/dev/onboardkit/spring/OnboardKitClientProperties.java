package dev.onboardkit.spring;

import dev.onboardkit.core.ClientBuilder;
import dev.onboardkit.core.Timeouts;
import java.time.Duration;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * What the {@code onboardkit.klara.*} and {@code onboardkit.didit.*} properties share: whether the client is
 * created, timeouts, retries and the User-Agent suffix. Unset values keep the SDK's defaults.
 *
 * <p>Spring validates the bound values through {@link #validate(Object, Errors)} when the context starts: a problem
 * fails the start with the property's full name and a reason, and the value of a secret property is shown as
 * {@code ****}.
 */
public abstract class OnboardKitClientProperties implements Validator {
  /** Masks a secret property's value in binding failures. */
  static final String MASK = "****";

  /** Whether the client bean is created when its credentials are set. */
  private boolean enabled = true;
  /** Timeouts of each attempt and of the whole call; unset ones keep the SDK defaults. */
  private final TimeoutProperties timeouts = new TimeoutProperties();
  /**
   * Retry budget per call (SDK default 2); 0 disables retries. Creates are never repeated once they may have reached
   * the server.
   */
  private Integer maxRetries;
  /** Longest server-requested wait (Retry-After) slept through before retrying; longer waits fail at once. */
  private Duration maxRetryAfter;
  /** Text appended to the User-Agent, such as acme-onboarding/2.3 (printable ASCII). */
  private String userAgentSuffix;

  /** Creates the properties with the SDK defaults; only this package's properties classes extend it. */
  OnboardKitClientProperties() {}

  /**
   * Returns whether the client bean is created when its credentials are set (default true).
   *
   * @return false to switch the client off
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether the client bean is created when its credentials are set.
   *
   * @param enabled false to switch the client off
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Returns the timeouts; unset ones keep the SDK defaults.
   *
   * @return the timeouts
   */
  public TimeoutProperties getTimeouts() {
    return timeouts;
  }

  /**
   * Returns the retry budget per call; unset keeps the SDK default (2).
   *
   * @return the retry budget, or null when unset
   */
  public Integer getMaxRetries() {
    return maxRetries;
  }

  /**
   * Sets the retry budget per call; 0 disables retries. Creates are never repeated once they may have reached the
   * server, whatever this says.
   *
   * @param maxRetries zero or more
   */
  public void setMaxRetries(Integer maxRetries) {
    this.maxRetries = maxRetries;
  }

  /**
   * Returns the longest server-requested wait ({@code Retry-After}) the client sleeps through.
   *
   * @return the wait, or null when unset
   */
  public Duration getMaxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Sets the longest server-requested wait ({@code Retry-After}) the client sleeps through before retrying; longer
   * waits fail at once with the wait on the exception.
   *
   * @param maxRetryAfter zero or more, such as {@code 30s}
   */
  public void setMaxRetryAfter(Duration maxRetryAfter) {
    this.maxRetryAfter = maxRetryAfter;
  }

  /**
   * Returns the text appended to the User-Agent.
   *
   * @return the suffix, or null when unset
   */
  public String getUserAgentSuffix() {
    return userAgentSuffix;
  }

  /**
   * Sets text appended to the User-Agent, such as {@code acme-onboarding/2.3}.
   *
   * @param userAgentSuffix printable ASCII
   */
  public void setUserAgentSuffix(String userAgentSuffix) {
    this.userAgentSuffix = userAgentSuffix;
  }

  /** Returns the prefix these properties are bound under, such as {@code onboardkit.klara}. */
  abstract String prefix();

  /** Checks the client's own properties (reported with {@link #reject}); the shared ones are checked here. */
  abstract void validateClient(Errors errors);

  @Override
  public boolean supports(Class<?> type) {
    return getClass().isAssignableFrom(type);
  }

  @Override
  public void validate(Object target, Errors errors) {
    if (target != this) {
      ((OnboardKitClientProperties) target).validate(target, errors);
      return;
    }
    if (maxRetries != null && maxRetries < 0) {
      reject(errors, "max-retries", maxRetries, "must be zero or more");
    }
    if (maxRetryAfter != null && maxRetryAfter.isNegative()) {
      reject(errors, "max-retry-after", maxRetryAfter, "must be zero or more");
    }
    timeouts.validate(this, errors);
    validateClient(errors);
  }

  /**
   * Reports a problem with one property, named in full ({@code onboardkit.klara.api-key}) by Spring's failure
   * analysis. A secret's {@code shownValue} is {@link #MASK}: the value reported is the one given here, never the
   * bound one, and {@code reason} never contains the value.
   */
  final void reject(Errors errors, String property, Object shownValue, String reason) {
    String message = prefix() + "." + property + " " + reason;
    if (errors instanceof org.springframework.validation.BindingResult) {
      ((org.springframework.validation.BindingResult) errors).addError(new org.springframework.validation.FieldError(
          errors.getObjectName(), property, shownValue, false, new String[] {"onboardkit.invalid"}, null, message));
    } else {
      errors.reject("onboardkit.invalid", message);
    }
  }

  /**
   * Applies the shared settings to a client builder.
   *
   * @param builder the builder
   */
  void applyTo(ClientBuilder<?> builder) {
    Timeouts t = timeouts.toTimeouts();
    if (t != null) {
      builder.timeouts(t);
    }
    if (maxRetries != null) {
      builder.maxRetries(maxRetries);
    }
    if (maxRetryAfter != null) {
      builder.maxRetryAfter(maxRetryAfter);
    }
    if (userAgentSuffix != null) {
      builder.userAgentSuffix(userAgentSuffix);
    }
  }

  /** Timeouts of a client: {@code connect}, {@code read}, {@code write}, {@code call} and {@code deadline}. */
  public static class TimeoutProperties {
    /** Time allowed to open a connection (TCP and TLS). */
    private Duration connect;
    /** Longest silence while waiting for response bytes. */
    private Duration read;
    /** Longest stall while sending the request. */
    private Duration write;
    /** Time allowed for one attempt, from start to last byte. */
    private Duration call;
    /** Time allowed for a whole call, retries and waits included. */
    private Duration deadline;

    /** Creates the timeouts, all unset. */
    public TimeoutProperties() {}

    /**
     * Returns the connect timeout.
     *
     * @return the timeout, or null when unset
     */
    public Duration getConnect() {
      return connect;
    }

    /**
     * Sets the time allowed to open a connection (TCP and TLS).
     *
     * @param connect a positive duration, such as {@code 5s}
     */
    public void setConnect(Duration connect) {
      this.connect = connect;
    }

    /**
     * Returns the read timeout.
     *
     * @return the timeout, or null when unset
     */
    public Duration getRead() {
      return read;
    }

    /**
     * Sets the longest silence while waiting for response bytes.
     *
     * @param read a positive duration
     */
    public void setRead(Duration read) {
      this.read = read;
    }

    /**
     * Returns the write timeout.
     *
     * @return the timeout, or null when unset
     */
    public Duration getWrite() {
      return write;
    }

    /**
     * Sets the longest stall while sending the request.
     *
     * @param write a positive duration
     */
    public void setWrite(Duration write) {
      this.write = write;
    }

    /**
     * Returns the per-attempt call timeout.
     *
     * @return the timeout, or null when unset
     */
    public Duration getCall() {
      return call;
    }

    /**
     * Sets the time allowed for one attempt from start to last byte.
     *
     * @param call a positive duration
     */
    public void setCall(Duration call) {
      this.call = call;
    }

    /**
     * Returns the overall deadline of a call.
     *
     * @return the deadline, or null when unset
     */
    public Duration getDeadline() {
      return deadline;
    }

    /**
     * Sets the time allowed for a whole call, retries and waits included.
     *
     * @param deadline a positive duration
     */
    public void setDeadline(Duration deadline) {
      this.deadline = deadline;
    }

    void validate(OnboardKitClientProperties owner, Errors errors) {
      String[] names = {"connect", "read", "write", "call", "deadline"};
      Duration[] values = {connect, read, write, call, deadline};
      for (int i = 0; i < names.length; i++) {
        if (values[i] != null && (values[i].isNegative() || values[i].isZero())) {
          owner.reject(errors, "timeouts." + names[i], values[i], "must be positive");
        }
      }
    }

    Timeouts toTimeouts() {
      if (connect == null && read == null && write == null && call == null && deadline == null) {
        return null;
      }
      return Timeouts.builder().connect(connect).read(read).write(write).call(call).deadline(deadline).build();
    }
  }
}
