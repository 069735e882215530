package dev.onboardkit.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal HTTP server on 127.0.0.1 answering the documented create-application response (Didit's for a Didit
 * path, Klara's for any other), shared by every side of the loopback and cold-start benchmarks. Run it alone with {@code java -cp benchmarks.jar
 * dev.onboardkit.benchmarks.LoopbackServer <port>}.
 */
public final class LoopbackServer implements AutoCloseable {
  private static final String DIDIT_PATH = "/auth/v2/";

  private final HttpServer server;
  private final ExecutorService executor;

  private LoopbackServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts the server.
   *
   * @param port the port, or 0 for any free port
   * @param threads handler threads
   * @return the running server
   * @throws IOException if the port cannot be bound
   */
  public static LoopbackServer start(int port, int threads) throws IOException {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK: every
    // call then waits ~40 ms and the benchmark measures TCP, not the code on either side.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
    server.createContext("/", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      byte[] body = exchange.getRequestURI().getRawPath().startsWith(DIDIT_PATH) ? Canned.DIDIT_CREATED
          : Canned.KLARA_CREATED;
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("x-request-id", "req_loopback");
      exchange.sendResponseHeaders(201, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "loopback-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.start();
    return new LoopbackServer(server, executor);
  }

  /**
   * Returns the Klara base URL of this server.
   *
   * @return {@code http://127.0.0.1:<port>/api/external}
   */
  public String klaraBaseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/external";
  }

  /**
   * Returns the Didit base URL of this server.
   *
   * @return {@code http://127.0.0.1:<port>/auth/v2}
   */
  public String diditBaseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + DIDIT_PATH.substring(0, DIDIT_PATH.length() - 1);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /**
   * Runs the server until killed.
   *
   * @param args the port
   * @throws Exception if it cannot start
   */
  public static void main(String[] args) throws Exception {
    LoopbackServer s = start(Integer.parseInt(args[0]), 4);
    System.out.println(s.klaraBaseUrl());
    Thread.currentThread().join();
  }
}
