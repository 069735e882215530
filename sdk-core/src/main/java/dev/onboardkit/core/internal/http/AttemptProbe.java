package dev.onboardkit.core.internal.http;

import java.net.InetSocketAddress;
import java.net.Proxy;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Protocol;
import okhttp3.Request;

/**
 * Records how far one attempt got, from OkHttp's event callbacks, so a failure can be classified: was any byte of
 * the request written? Attached to each OkHttp request as a tag.
 */
final class AttemptProbe {
  /** Whether this attempt opened a new connection (as opposed to taking one from the pool). */
  volatile boolean connectStarted;
  volatile boolean connected;
  volatile boolean sendStarted;
  volatile boolean requestWritten;
  /** Set by the {@link CallWatchdog} when it cancels the call because its call timeout passed. */
  volatile boolean timedOut;

  /**
   * Hands a probe to the event-listener factory: {@code OkHttpClient.newCall} creates the call's listener on the
   * calling thread, so the transport sets this just around that call. (Cheaper than tagging every request.)
   */
  static final ThreadLocal<AttemptProbe> NEXT = new ThreadLocal<>();

  /** Creates the listener that feeds the probe handed over for the call being created, if any. */
  static EventListener listenerFor(Call call) {
    AttemptProbe probe = NEXT.get();
    return probe == null ? EventListener.NONE : probe.new Listener();
  }

  private final class Listener extends EventListener {
    @Override
    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
      connectStarted = true;
    }

    @Override
    public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol) {
      connected = true;
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
      connected = true;
      if (connectStarted) {
        StaleConnectionGuard.opened(connection);
      }
    }

    @Override
    public void connectionReleased(Call call, Connection connection) {
      StaleConnectionGuard.released(connection);
    }

    @Override
    public void requestHeadersStart(Call call) {
      sendStarted = true;
    }

    @Override
    public void requestHeadersEnd(Call call, Request request) {
      if (request.body() == null) {
        requestWritten = true;
      }
    }

    @Override
    public void requestBodyEnd(Call call, long byteCount) {
      requestWritten = true;
    }
  }
}
