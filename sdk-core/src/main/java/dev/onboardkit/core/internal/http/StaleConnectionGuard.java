package dev.onboardkit.core.internal.http;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Response;

/**
 * Keeps a request from being written to a pooled HTTP/1 connection that the server closed while it sat idle.
 *
 * <p>Servers and load balancers close idle keep-alive connections after a few seconds. OkHttp checks a pooled
 * connection for that only after 10 s idle, and with its own retries off (the SDK's choice, see
 * {@link OkHttpTransport}) a request written to such a connection fails after it was sent: for a create, a false
 * "outcome unknown", though the server never read it. So before a request is written to a connection that was idle
 * for {@link #PROBE_AFTER_IDLE_MILLIS} ms or more (or whose idle time is unknown), {@link #NETWORK} probes its socket
 * the way OkHttp does: a read with a 1 ms timeout. A timeout means the connection is alive; an end of stream, data or
 * an error means the server closed or broke it. Then the socket is closed and the attempt fails with
 * {@link StaleConnectionException} before any byte is written, and {@link #RESEND} sends the request again at once on
 * another connection (fresh, or another pooled one, probed the same way). The server that reads a request and then
 * drops the connection is not affected: that connection was alive when probed, and the failure comes after sending.
 *
 * <p>Cost: nothing for connections used back to back; about 1 ms of waiting (no CPU) for a request on a connection
 * idle for 100 ms or more. HTTP/2 connections are never probed (OkHttp's reader owns their socket, and pings them).
 */
final class StaleConnectionGuard {
  /** Connections idle for less than this are used without a probe. */
  static final long PROBE_AFTER_IDLE_MILLIS = 100;
  /** How many stale pooled connections one call discards before it gives up (and the retry policy takes over). */
  static final int MAX_STALE_CONNECTIONS_PER_CALL = 8;
  private static final long PROBE_AFTER_IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(PROBE_AFTER_IDLE_MILLIS);

  /** When each connection last went idle (or was opened); weak, so closed connections are forgotten. */
  private static final Map<Connection, Long> IDLE_SINCE = Collections.synchronizedMap(new WeakHashMap<>());

  private StaleConnectionGuard() {}

  /** Records that a connection was just opened: it needs no probe. */
  static void opened(Connection connection) {
    IDLE_SINCE.put(connection, System.nanoTime());
  }

  /** Records that a connection went back to the pool. */
  static void released(Connection connection) {
    IDLE_SINCE.put(connection, System.nanoTime());
  }

  /** Probes the connection a request is about to be written to; fails the attempt, unsent, if it is dead. */
  static final Interceptor NETWORK = chain -> {
    Connection connection = chain.connection();
    if (connection != null && needsProbe(connection) && closedByPeer(connection.socket())) {
      closeQuietly(connection.socket());
      throw new StaleConnectionException();
    }
    return chain.proceed(chain.request());
  };

  /** Sends the request again, at once, when it failed on a stale connection before anything was written. */
  static final Interceptor RESEND = chain -> {
    for (int stale = 1; ; stale++) {
      try {
        return chain.proceed(chain.request());
      } catch (StaleConnectionException e) {
        if (stale >= MAX_STALE_CONNECTIONS_PER_CALL) {
          throw e;
        }
      }
    }
  };

  /** Returns whether the connection must be probed before a request is written to it. */
  static boolean needsProbe(Connection connection) {
    Protocol protocol = connection.protocol();
    if (protocol != Protocol.HTTP_1_1 && protocol != Protocol.HTTP_1_0) {
      return false;
    }
    Long idleSince = IDLE_SINCE.get(connection);
    return idleSince == null || System.nanoTime() - idleSince >= PROBE_AFTER_IDLE_NANOS;
  }

  /**
   * Returns whether the peer closed (or broke) the connection: a read with a 1 ms timeout that times out means it is
   * alive; an end of stream, unexpected data or an error means it must not be used.
   */
  static boolean closedByPeer(Socket socket) {
    int readTimeout;
    try {
      readTimeout = socket.getSoTimeout();
    } catch (IOException e) {
      return true;
    }
    try {
      socket.setSoTimeout(1);
      socket.getInputStream().read();
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    } finally {
      try {
        socket.setSoTimeout(readTimeout);
      } catch (IOException ignored) {
        // The socket is closed; OkHttp will find out and evict it.
      }
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing is all that was wanted.
    }
  }

  /** The attempt found its pooled connection closed by the server; nothing was written. */
  static final class StaleConnectionException extends IOException {
    private static final long serialVersionUID = 1L;

    StaleConnectionException() {
      super("the pooled connection had been closed by the server; nothing was sent");
    }
  }
}
