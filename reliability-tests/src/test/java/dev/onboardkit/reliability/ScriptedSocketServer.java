package dev.onboardkit.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain HTTP/1.1 server on 127.0.0.1 that controls every byte: each request it reads is answered by the next
 * {@link Reply} of its script, and it records every connection and request, and whether and when the client closed
 * a connection. For the hostile-condition tests that need what no fake server does: bodies that stall or break after
 * the headers, idle connections closed by the server, requests read and then dropped.
 */
final class ScriptedSocketServer implements AutoCloseable {
  /** What the server does with one request. */
  interface Reply {
    /**
     * Answers (or not) one request on its connection.
     *
     * @param connection the connection the request came on
     * @throws IOException if the connection fails
     * @throws InterruptedException if the server is closed meanwhile
     */
    void act(Connection connection) throws IOException, InterruptedException;
  }

  /** One request as read: its connection, method, target, headers (lower-case names) and body. */
  record Request(int connection, String method, String target, Map<String, String> headers, String body) {}

  private final ServerSocket serverSocket;
  private final BlockingQueue<Reply> script = new LinkedBlockingQueue<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final List<Connection> connections = new CopyOnWriteArrayList<>();
  private final AtomicInteger connectionIds = new AtomicInteger();
  private volatile boolean closed;

  ScriptedSocketServer() throws IOException {
    serverSocket = new ServerSocket(0, 50, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
    Thread acceptor = new Thread(this::accept, "scripted-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Returns {@code http://127.0.0.1:<port>} followed by {@code path}. */
  URI url(String path) {
    return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort() + path);
  }

  /** Appends replies to the script; each request takes the next one. */
  ScriptedSocketServer then(Reply... replies) {
    script.addAll(List.of(replies));
    return this;
  }

  /** Returns the requests read so far, in order. */
  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Returns the connections accepted so far, in order. */
  List<Connection> connections() {
    return List.copyOf(connections);
  }

  /** Waits until {@code n} requests were read; returns whether they were. */
  boolean awaitRequests(int n, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (requests.size() < n) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(5);
    }
    return true;
  }

  private void accept() {
    while (!closed) {
      try {
        Socket socket = serverSocket.accept();
        Connection connection = new Connection(connectionIds.incrementAndGet(), socket);
        connections.add(connection);
        Thread t = new Thread(() -> serve(connection), "scripted-server-" + connection.id);
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Connection connection) {
    try {
      while (!closed && !connection.socket.isClosed()) {
        Request request = connection.readRequest();
        if (request == null) {
          connection.clientClosed.countDown();
          return;
        }
        requests.add(request);
        connection.last = request;
        Reply reply = script.poll(10, TimeUnit.SECONDS);
        if (reply == null) {
          connection.socket.close();
          return;
        }
        reply.act(connection);
      }
    } catch (IOException | InterruptedException e) {
      connection.clientClosed.countDown();
    } finally {
      connection.closeQuietly();
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    serverSocket.close();
    for (Connection c : connections) {
      c.closeQuietly();
    }
  }

  /** Answers with a complete response and keeps the connection open for the next request. */
  static Reply respond(int status, String body, String... headers) {
    return c -> c.write(head(status, body.getBytes(StandardCharsets.UTF_8).length, headers) + body);
  }

  /** Answers with a complete response, then closes the connection {@code after} later, as an idle keep-alive. */
  static Reply respondThenCloseIdle(int status, String body, Duration after) {
    return c -> {
      c.write(head(status, body.getBytes(StandardCharsets.UTF_8).length) + body);
      Thread.sleep(after.toMillis());
      c.serverClosedAt = System.nanoTime();
      c.socket.close();
    };
  }

  /** Sends the headers and the first {@code sent} bytes of {@code body}, then nothing until the client gives up. */
  static Reply headersThenStall(int status, String body, int sent) {
    return c -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      c.write(head(status, bytes.length), bytes, sent);
      c.awaitClientClose();
    };
  }

  /** Sends the headers, then {@code body} one byte every {@code interval}, until done or the client gives up. */
  static Reply headersThenTrickle(int status, String body, Duration interval) {
    return c -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      c.write(head(status, bytes.length), bytes, 0);
      for (byte b : bytes) {
        Thread.sleep(interval.toMillis());
        c.out.write(b);
        c.out.flush();
      }
    };
  }

  /** Sends the headers and the first {@code sent} bytes of {@code body}, then resets the connection (TCP RST). */
  static Reply headersThenReset(int status, String body, int sent) {
    return c -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      c.write(head(status, bytes.length), bytes, sent);
      Thread.sleep(50);
      c.socket.setSoLinger(true, 0);
      c.socket.close();
    };
  }

  /** Reads the request and never answers, until the client gives up. */
  static Reply stall() {
    return Connection::awaitClientClose;
  }

  /** Reads the request, then closes the connection without a byte of response: the outcome is unknown. */
  static Reply readThenDrop() {
    return c -> c.socket.close();
  }

  static String head(int status, int contentLength, String... headers) {
    StringBuilder sb = new StringBuilder("HTTP/1.1 ").append(status).append(" Scripted\r\n")
        .append("Content-Type: application/json\r\n")
        .append("Content-Length: ").append(contentLength).append("\r\n");
    for (int i = 0; i < headers.length; i += 2) {
      sb.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    return sb.append("\r\n").toString();
  }

  /** One accepted connection. */
  static final class Connection {
    final int id;
    final Socket socket;
    final InputStream in;
    final OutputStream out;
    final CountDownLatch clientClosed = new CountDownLatch(1);
    volatile long serverClosedAt;
    volatile Request last;

    Connection(int id, Socket socket) throws IOException {
      this.id = id;
      this.socket = socket;
      this.in = socket.getInputStream();
      this.out = socket.getOutputStream();
    }

    /** Waits until the client closes this connection; returns whether it did within {@code timeout}. */
    boolean awaitClientClosed(Duration timeout) throws InterruptedException {
      return clientClosed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void write(String text) throws IOException {
      out.write(text.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    }

    void write(String head, byte[] body, int bodyBytes) throws IOException {
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(body, 0, bodyBytes);
      out.flush();
    }

    /** Blocks reading until the client closes the connection (or resets it). */
    void awaitClientClose() {
      try {
        while (in.read() != -1) {
          // Nothing more is expected; anything sent is ignored.
        }
      } catch (IOException e) {
        // A reset counts as closed.
      }
      clientClosed.countDown();
    }

    Request readRequest() throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int last4 = 0;
      while (last4 != 0x0D0A0D0A) {
        int b = in.read();
        if (b == -1) {
          return null;
        }
        head.write(b);
        last4 = (last4 << 8) | b;
      }
      String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
      String[] requestLine = lines[0].split(" ");
      Map<String, String> headers = new TreeMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
      }
      int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
      byte[] body = in.readNBytes(length);
      return new Request(id, requestLine[0], requestLine[1], headers, new String(body, StandardCharsets.UTF_8));
    }

    void closeQuietly() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Already closed.
      }
    }
  }

  /** Returns the requests' methods and targets, for assertion messages. */
  static List<String> describe(List<Request> requests) {
    List<String> out = new ArrayList<>();
    for (Request r : requests) {
      out.add(r.connection() + ":" + r.method() + " " + r.target());
    }
    return out;
  }
}
