package dev.onboardkit.testkit.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.ServerSocketFactory;

/**
 * Server sockets tuned for many short loopback exchanges: {@code TCP_NODELAY} on accepted sockets (without it, Nagle's
 * algorithm and delayed ACKs add about 40 ms to many responses) and a listen backlog large enough for bursts of
 * concurrent clients. Not API.
 */
final class LoopbackServerSockets extends ServerSocketFactory {
  private static final int MIN_BACKLOG = 512;

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new TunedServerSocket();
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    ServerSocket s = new TunedServerSocket();
    s.bind(new java.net.InetSocketAddress(port), MIN_BACKLOG);
    return s;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    ServerSocket s = new TunedServerSocket();
    s.bind(new java.net.InetSocketAddress(port), backlog);
    return s;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
    ServerSocket s = new TunedServerSocket();
    s.bind(new java.net.InetSocketAddress(address, port), backlog);
    return s;
  }

  private static final class TunedServerSocket extends ServerSocket {
    TunedServerSocket() throws IOException {
      super();
    }

    @Override
    public void bind(SocketAddress endpoint, int backlog) throws IOException {
      super.bind(endpoint, Math.max(backlog, MIN_BACKLOG));
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      try {
        socket.setTcpNoDelay(true);
      } catch (IOException e) {
        // Best effort: the socket still works without it.
      }
      return socket;
    }
  }
}
