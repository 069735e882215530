package dev.onboardkit.core.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A plain micro-measurement (not JMH, not run by the build) of what {@link StaleConnectionGuard} costs: two OkHttp
 * clients, identical but for the guard (its two interceptors and the listener that records idle times), send POSTs to
 * a keep-alive loopback server, alternately, (a) back to back, where the guard only looks its table up, and (b) after
 * a 150 ms pause, where it probes the socket. Prints the median time per request of each, and the CPU time of the
 * guard's bookkeeping alone (recording a release, looking it up before the next request), on 1 and on 32 threads.
 *
 * <p>Run: {@code java -cp <sdk-core test classpath> dev.onboardkit.core.internal.http.StaleGuardCost [rounds]}.
 */
public final class StaleGuardCost {
  private static final byte[] RESPONSE = ("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
      + "Content-Length: 27\r\n\r\n{\"application_id\":\"app-1\"}\n").getBytes(StandardCharsets.US_ASCII);
  private static final RequestBody BODY = RequestBody.create(
      "{\"config_id\":\"kyc-standard\",\"company_name\":\"Acme\"}", MediaType.get("application/json"));

  private StaleGuardCost() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> serve(server));
      acceptor.setDaemon(true);
      acceptor.start();
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/applications";
      OkHttpClient plain = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
      OkHttpClient guarded = plain.newBuilder()
          .connectionPool(new okhttp3.ConnectionPool())
          .addInterceptor(StaleConnectionGuard.RESEND)
          .addNetworkInterceptor(StaleConnectionGuard.NETWORK)
          .eventListenerFactory(call -> new EventListener() {
            @Override
            public void connectionReleased(Call c, Connection connection) {
              StaleConnectionGuard.released(connection);
            }
          })
          .build();
      for (int warm = 0; warm < 5_000; warm++) {
        post(plain, url);
        post(guarded, url);
      }
      long[][] backToBack = new long[2][rounds];
      long[][] afterPause = new long[2][rounds];
      for (int r = 0; r < rounds; r++) {
        backToBack[0][r] = perRequest(plain, url, 2_000);
        backToBack[1][r] = perRequest(guarded, url, 2_000);
        afterPause[0][r] = afterPause(plain, url);
        afterPause[1][r] = afterPause(guarded, url);
      }
      System.out.printf("back to back, ns per POST (median of %d x 2,000): without guard %d, with guard %d%n",
          rounds, median(backToBack[0]), median(backToBack[1]));
      System.out.printf("after a 150 ms pause, ns for the POST (median of %d): without guard %d, with guard %d%n",
          rounds, median(afterPause[0]), median(afterPause[1]));
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
        System.out.printf("bookkeeping per request, CPU ns: 1 thread %d, 32 threads %d%n",
            bookkeeping(socket, 1), bookkeeping(socket, 32));
      }
    }
  }

  /** CPU nanoseconds per release-and-lookup, each thread on its own connection, 2,000,000 per thread. */
  private static long bookkeeping(Socket socket, int threads) throws Exception {
    int perThread = 2_000_000;
    java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      Connection connection = new FakeConnection(socket);
      workers[t] = new Thread(() -> {
        long start = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < perThread; i++) {
          StaleConnectionGuard.released(connection);
          StaleConnectionGuard.needsProbe(connection);
        }
        cpu.addAndGet(mx.getCurrentThreadCpuTime() - start);
      });
      workers[t].start();
    }
    for (Thread w : workers) {
      w.join();
    }
    return cpu.get() / ((long) perThread * threads);
  }

  /** Only what the guard's bookkeeping looks at. */
  private static final class FakeConnection implements Connection {
    private final Socket socket;

    FakeConnection(Socket socket) {
      this.socket = socket;
    }

    @Override
    public okhttp3.Route route() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket socket() {
      return socket;
    }

    @Override
    public okhttp3.Handshake handshake() {
      return null;
    }

    @Override
    public okhttp3.Protocol protocol() {
      return okhttp3.Protocol.HTTP_1_1;
    }
  }

  private static long perRequest(OkHttpClient client, String url, int n) throws IOException {
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      post(client, url);
    }
    return (System.nanoTime() - start) / n;
  }

  private static long afterPause(OkHttpClient client, String url) throws Exception {
    post(client, url);
    Thread.sleep(150);
    long start = System.nanoTime();
    post(client, url);
    return System.nanoTime() - start;
  }

  private static void post(OkHttpClient client, String url) throws IOException {
    try (Response response = client.newCall(new Request.Builder().url(url).post(BODY).build()).execute()) {
      if (response.code() != 201 || response.body().bytes().length != 27) {
        throw new IllegalStateException("unexpected response " + response);
      }
    }
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void serve(ServerSocket server) {
    while (true) {
      try {
        Socket socket = server.accept();
        socket.setTcpNoDelay(true);
        Thread t = new Thread(() -> answer(socket));
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  /** Answers every request on the connection with the same 201, reading headers and a Content-Length body. */
  private static void answer(Socket socket) {
    try (socket; InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream()) {
      while (true) {
        int contentLength = 0;
        StringBuilder line = new StringBuilder();
        boolean blank = false;
        while (!blank) {
          int b = in.read();
          if (b == -1) {
            return;
          }
          if (b == '\n') {
            String header = line.toString().trim();
            blank = header.isEmpty();
            if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
              contentLength = Integer.parseInt(header.substring(15).trim());
            }
            line.setLength(0);
          } else {
            line.append((char) b);
          }
        }
        in.readNBytes(contentLength);
        out.write(RESPONSE);
        out.flush();
      }
    } catch (IOException e) {
      // The client went away.
    }
  }
}
