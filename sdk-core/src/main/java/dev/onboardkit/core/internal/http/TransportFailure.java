package dev.onboardkit.core.internal.http;

import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.error.TimeoutKind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;

/**
 * A failure to get a response, classified by whether the request may have reached the server.
 *
 * <p>{@link #requestSent()} is false only when the request provably never left the client: DNS failure, refused or
 * timed-out connection, failed TLS handshake. Only then may a non-idempotent request be sent again.
 */
public final class TransportFailure extends IOException {
  private static final long serialVersionUID = 1L;

  /** Whether the request may have reached the server. */
  private final boolean requestSent;
  /** Which timeout fired, or null. */
  private final TimeoutKind timeoutKind;
  /** How many attempts were made. */
  private final int attempts;

  /**
   * Creates a failure.
   *
   * @param message what failed, without secrets
   * @param cause the underlying exception, or null
   * @param requestSent whether any part of the request may have been written to the server
   * @param timeoutKind which timeout fired, or null when this is not a timeout
   * @param attempts how many attempts had been made when this failure ended the call
   */
  public TransportFailure(
      String message,
      @Nullable Throwable cause,
      boolean requestSent,
      @Nullable TimeoutKind timeoutKind,
      int attempts) {
    super(message, cause);
    this.requestSent = requestSent;
    this.timeoutKind = timeoutKind;
    this.attempts = attempts;
  }

  /**
   * Classifies an {@link IOException} thrown by some transport. A {@code TransportFailure} is returned as is; other
   * exceptions count as sent unless their type proves otherwise.
   *
   * @param e the exception
   * @return the classified failure
   */
  public static TransportFailure classify(IOException e) {
    if (e instanceof TransportFailure) {
      return (TransportFailure) e;
    }
    boolean provablyUnsent = e instanceof UnknownHostException
        || e instanceof ConnectException
        || e instanceof NoRouteToHostException
        || e instanceof SSLHandshakeException;
    TimeoutKind kind = e instanceof InterruptedIOException ? TimeoutKind.CALL : null;
    String what = provablyUnsent ? "could not connect" : "no response received";
    return new TransportFailure(what + ": " + e.getClass().getSimpleName(), e, !provablyUnsent, kind, 1);
  }

  /**
   * Returns a copy with another attempt count.
   *
   * @param attempts the number of attempts made
   * @return the copy
   */
  public TransportFailure withAttempts(int attempts) {
    return withTimeoutKind(timeoutKind, attempts);
  }

  /**
   * Returns a copy with another timeout kind and attempt count.
   *
   * @param kind the timeout kind, or null
   * @param attempts the number of attempts made
   * @return the copy
   */
  public TransportFailure withTimeoutKind(@Nullable TimeoutKind kind, int attempts) {
    TransportFailure copy = new TransportFailure(getMessage(), getCause(), requestSent, kind, attempts);
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /**
   * Returns whether the request may have reached the server. False means it provably did not.
   *
   * @return true if any part of the request may have been written
   */
  public boolean requestSent() {
    return requestSent;
  }

  /**
   * Returns which timeout fired, if this failure is a timeout.
   *
   * @return the timeout kind
   */
  public Optional<TimeoutKind> timeoutKind() {
    return Optional.ofNullable(timeoutKind);
  }

  /**
   * Returns how many attempts had been made.
   *
   * @return one or more
   */
  public int attempts() {
    return attempts;
  }
}
