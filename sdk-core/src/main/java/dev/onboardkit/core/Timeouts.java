package dev.onboardkit.core;

import dev.onboardkit.core.internal.Problems;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Connect, read, write and per-attempt call timeouts plus an optional overall deadline.
 *
 * <p>A {@code Timeouts} may set only some values: {@link #mergedOver(Timeouts)} fills the rest from another
 * instance, which is how per-request timeouts are layered over the client's. {@link #defaults()} sets every value
 * from {@link SdkDefaults.Timeouts} and has no deadline.
 *
 * <p>The <em>call</em> timeout bounds one attempt (connect, send, wait, read the body). The <em>deadline</em> bounds the
 * whole operation: every attempt plus every wait between retries.
 */
public final class Timeouts {
  private static final Timeouts NONE = new Timeouts(null, null, null, null, null, false);
  private static final Timeouts DEFAULTS =
      new Timeouts(
          SdkDefaults.Timeouts.CONNECT,
          SdkDefaults.Timeouts.READ,
          SdkDefaults.Timeouts.WRITE,
          SdkDefaults.Timeouts.CALL,
          null,
          true);

  private final Duration connect;
  private final Duration read;
  private final Duration write;
  private final Duration call;
  private final Duration deadline;
  private final boolean deadlineOff;

  private Timeouts(
      Duration connect, Duration read, Duration write, Duration call, Duration deadline, boolean deadlineOff) {
    this.connect = connect;
    this.read = read;
    this.write = write;
    this.call = call;
    this.deadline = deadline;
    this.deadlineOff = deadlineOff;
  }

  /**
   * Returns the SDK defaults: connect 10 s, read 30 s, write 30 s, call 60 s, no deadline.
   *
   * @return the default timeouts
   */
  public static Timeouts defaults() {
    return DEFAULTS;
  }

  /**
   * Returns an instance that sets nothing, so that merging it changes nothing.
   *
   * @return the empty timeouts
   */
  public static Timeouts none() {
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
   * Returns a builder initialised with this instance's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.connect = connect;
    b.read = read;
    b.write = write;
    b.call = call;
    b.deadline = deadline;
    b.deadlineOff = deadlineOff;
    return b;
  }

  /**
   * Returns the connect timeout, if set.
   *
   * @return the connect timeout
   */
  public Optional<Duration> connect() {
    return Optional.ofNullable(connect);
  }

  /**
   * Returns the read timeout, if set.
   *
   * @return the read timeout
   */
  public Optional<Duration> read() {
    return Optional.ofNullable(read);
  }

  /**
   * Returns the write timeout, if set.
   *
   * @return the write timeout
   */
  public Optional<Duration> write() {
    return Optional.ofNullable(write);
  }

  /**
   * Returns the per-attempt call timeout, if set.
   *
   * @return the call timeout
   */
  public Optional<Duration> call() {
    return Optional.ofNullable(call);
  }

  /**
   * Returns the overall deadline, if one applies. Empty both when unset and when explicitly turned off.
   *
   * @return the deadline covering all attempts and waits
   */
  public Optional<Duration> deadline() {
    return deadlineOff ? Optional.empty() : Optional.ofNullable(deadline);
  }

  private boolean isEmpty() {
    return connect == null && read == null && write == null && call == null && deadline == null && !deadlineOff;
  }

  /** Returns whether this instance explicitly turns the deadline off. */
  boolean deadlineOff() {
    return deadlineOff;
  }

  /**
   * Returns a copy in which every value this instance does not set is taken from {@code base}.
   *
   * @param base the values to fall back to
   * @return the merged timeouts
   */
  public Timeouts mergedOver(Timeouts base) {
    Objects.requireNonNull(base, "base");
    if (this == NONE || isEmpty()) {
      return base;
    }
    return new Timeouts(
        connect != null ? connect : base.connect,
        read != null ? read : base.read,
        write != null ? write : base.write,
        call != null ? call : base.call,
        deadline != null || deadlineOff ? deadline : base.deadline,
        deadline != null || deadlineOff ? deadlineOff : base.deadlineOff);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Timeouts)) {
      return false;
    }
    Timeouts t = (Timeouts) o;
    return Objects.equals(connect, t.connect)
        && Objects.equals(read, t.read)
        && Objects.equals(write, t.write)
        && Objects.equals(call, t.call)
        && Objects.equals(deadline, t.deadline)
        && deadlineOff == t.deadlineOff;
  }

  @Override
  public int hashCode() {
    return Objects.hash(connect, read, write, call, deadline, deadlineOff);
  }

  @Override
  public String toString() {
    return "Timeouts{connect=" + connect + ", read=" + read + ", write=" + write + ", call=" + call
        + ", deadline=" + (deadlineOff ? "none" : deadline) + "}";
  }

  /** Builds {@link Timeouts}; every value is optional. */
  public static final class Builder {
    private Duration connect;
    private Duration read;
    private Duration write;
    private Duration call;
    private Duration deadline;
    private boolean deadlineOff;

    private Builder() {}

    /**
     * Sets the connect timeout.
     *
     * @param connect a positive duration, or null to leave it unset
     * @return this builder
     */
    public Builder connect(@Nullable Duration connect) {
      this.connect = connect;
      return this;
    }

    /**
     * Sets the read timeout (longest silence while reading).
     *
     * @param read a positive duration, or null to leave it unset
     * @return this builder
     */
    public Builder read(@Nullable Duration read) {
      this.read = read;
      return this;
    }

    /**
     * Sets the write timeout (longest stall while writing).
     *
     * @param write a positive duration, or null to leave it unset
     * @return this builder
     */
    public Builder write(@Nullable Duration write) {
      this.write = write;
      return this;
    }

    /**
     * Sets the per-attempt call timeout.
     *
     * @param call a positive duration, or null to leave it unset
     * @return this builder
     */
    public Builder call(@Nullable Duration call) {
      this.call = call;
      return this;
    }

    /**
     * Sets the overall deadline covering all attempts and the waits between them.
     *
     * @param deadline a positive duration, or null to leave it unset
     * @return this builder
     */
    public Builder deadline(@Nullable Duration deadline) {
      this.deadline = deadline;
      this.deadlineOff = false;
      return this;
    }

    /**
     * Turns the overall deadline off, overriding a deadline set at a lower layer (for example the client's).
     *
     * @return this builder
     */
    public Builder noDeadline() {
      this.deadline = null;
      this.deadlineOff = true;
      return this;
    }

    /**
     * Builds the timeouts.
     *
     * @return the timeouts
     * @throws dev.onboardkit.core.error.InvalidRequestException if any value is zero or negative
     */
    public Timeouts build() {
      Problems problems = new Problems();
      problems.requirePositiveIfSet("timeouts.connect", connect);
      problems.requirePositiveIfSet("timeouts.read", read);
      problems.requirePositiveIfSet("timeouts.write", write);
      problems.requirePositiveIfSet("timeouts.call", call);
      problems.requirePositiveIfSet("timeouts.deadline", deadline);
      problems.throwIfAny();
      return new Timeouts(connect, read, write, call, deadline, deadlineOff);
    }
  }
}
