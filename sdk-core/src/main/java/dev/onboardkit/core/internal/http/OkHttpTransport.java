package dev.onboardkit.core.internal.http;

import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.http.HttpMethod;
import dev.onboardkit.core.http.HttpRequest;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.http.HttpTransport;
import dev.onboardkit.core.http.UploadBody;
import dev.onboardkit.core.SdkDefaults;
import dev.onboardkit.core.Timeouts;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.TimeoutKind;
import java.io.IOException;
import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The default {@link HttpTransport}, on OkHttp.
 *
 * <p>Whatever {@link OkHttpClient} it starts from, it derives one (sharing the connection pool and dispatcher) that
 * never follows redirects and never retries by itself: OkHttp's silent replay of requests on a failed pooled
 * connection could otherwise send a POST twice. All retrying is left to the SDK's retry policy, which can tell from
 * this transport's {@link TransportFailure#requestSent()} whether a request reached the server. What OkHttp's own
 * retries did usefully, sending again at once when a pooled connection turns out to have been closed by the server
 * before anything was written, is done by {@link StaleConnectionGuard}, which checks before writing.
 *
 * <p>The per-attempt call timeout is enforced by a light watchdog (see {@code CallWatchdog}) rather than OkHttp's,
 * which is much costlier per call; it fires within 25 ms of the deadline.
 */
public final class OkHttpTransport implements HttpTransport {
  private static final HttpInternals INTERNALS = HttpInternals.get();
  private static final RequestBody EMPTY_BODY = RequestBody.create(new byte[0], null);
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String HIDDEN_RETRY_AFTER = "X-OnboardKit-Hidden-Retry-After";
  private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");
  private static final int MAX_CACHED_CLIENTS = 32;

  private final OkHttpClient base;
  private final boolean ownsClient;
  private final int maxResponseBytes;
  private final int maxErrorBodyBytes;
  private final ConcurrentMap<List<Duration>, OkHttpClient> clientsBySocketTimeouts = new ConcurrentHashMap<>();
  /** The client used last, keyed by the identity of its Timeouts: most calls reuse the client's own instance. */
  private volatile LastClient lastClient;
  private final CallWatchdog watchdog = new CallWatchdog();

  private OkHttpTransport(OkHttpClient base, boolean ownsClient) {
    this.base = base;
    this.ownsClient = ownsClient;
    this.maxResponseBytes = SdkDefaults.Limits.MAX_RESPONSE_BYTES;
    this.maxErrorBodyBytes = SdkDefaults.Limits.MAX_ERROR_BODY_BYTES;
  }

  /**
   * Creates a transport with its own connection pool and dispatcher (daemon threads), released by {@link #close()}.
   *
   * @return the transport
   */
  public static OkHttpTransport create() {
    Dispatcher dispatcher = new Dispatcher(new ThreadPoolExecutor(
        0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), daemonThreads()));
    dispatcher.setMaxRequests(128);
    dispatcher.setMaxRequestsPerHost(64);
    OkHttpClient.Builder builder = new OkHttpClient.Builder().dispatcher(dispatcher);
    return new OkHttpTransport(harden(builder, call -> EventListener.NONE), true);
  }

  /**
   * Creates a transport from the caller's client. Its connection pool, dispatcher, proxy and TLS settings are shared;
   * {@link #close()} leaves them alone (the caller owns them).
   *
   * @param callerClient the client to derive from
   * @return the transport
   */
  public static OkHttpTransport create(OkHttpClient callerClient) {
    Objects.requireNonNull(callerClient, "okHttpClient");
    EventListener.Factory callerListeners = callerClient.eventListenerFactory();
    return new OkHttpTransport(harden(callerClient.newBuilder(), callerListeners), false);
  }

  private static OkHttpClient harden(OkHttpClient.Builder builder, EventListener.Factory callerListeners) {
    return builder
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .authenticator(okhttp3.Authenticator.NONE)
        .addInterceptor(StaleConnectionGuard.RESEND)
        .addNetworkInterceptor(StaleConnectionGuard.NETWORK)
        .addNetworkInterceptor(HIDE_RETRY_AFTER_FROM_OKHTTP)
        .eventListenerFactory(call -> AttemptProbe.listenerFor(call).plus(callerListeners.create(call)))
        .build();
  }

  /**
   * OkHttp repeats a request by itself when a 503 carries {@code Retry-After: 0}, whatever its other settings. This
   * network interceptor renames the header on 503s before OkHttp's follow-up logic sees it; {@link #read} renames it
   * back, so only the SDK's retry policy ever decides to send a request again.
   */
  private static final okhttp3.Interceptor HIDE_RETRY_AFTER_FROM_OKHTTP = chain -> {
    Response response = chain.proceed(chain.request());
    String retryAfter = response.header("Retry-After");
    if (response.code() != 503 || retryAfter == null) {
      return response;
    }
    return response.newBuilder().removeHeader("Retry-After").header(HIDDEN_RETRY_AFTER, retryAfter).build();
  };


  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    AttemptProbe probe = new AttemptProbe();
    Call call = newCall(request, probe);
    CallWatchdog.Watch watch = watchdog.watch(call, probe, callTimeoutNanos(request));
    try (Response response = call.execute()) {
      return read(response, probe, request);
    } catch (IOException e) {
      UploadFailure upload = UploadFailure.find(e);
      if (upload != null) {
        throw upload.toException();
      }
      throw classify(e, probe, request);
    } finally {
      watchdog.unwatch(watch);
    }
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    AttemptProbe probe = new AttemptProbe();
    Call call;
    try {
      call = newCall(request, probe);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    CallFuture<HttpResponse> future = new CallFuture<>();
    CallWatchdog.Watch watch = watchdog.watch(call, probe, callTimeoutNanos(request));
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call c, IOException e) {
        watchdog.unwatch(watch);
        UploadFailure upload = UploadFailure.find(e);
        future.completeExceptionally(upload != null ? upload.toException() : classify(e, probe, request));
      }

      @Override
      public void onResponse(Call c, Response response) {
        try (response) {
          future.complete(read(response, probe, request));
        } catch (RuntimeException e) {
          future.completeExceptionally(e);
        } finally {
          watchdog.unwatch(watch);
        }
      }
    });
    future.whenComplete((r, t) -> {
      if (future.isCancelled()) {
        call.cancel();
      }
    });
    return future;
  }

  @Override
  public void close() {
    watchdog.close();
    if (ownsClient) {
      base.dispatcher().executorService().shutdown();
      base.connectionPool().evictAll();
    }
  }

  private Call newCall(HttpRequest request, AttemptProbe probe) {
    Request.Builder builder = new Request.Builder().url(HttpUrl.get(request.urlText()));
    String[] namesAndValues = INTERNALS.namesAndValues(request.headers());
    try {
      // addHeader per field: Headers.of(...) plus builder.headers(...) would copy the array three times.
      for (int i = 0; i < namesAndValues.length; i += 2) {
        builder.addHeader(namesAndValues[i], namesAndValues[i + 1]);
      }
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.single("headers", "contain a character HTTP does not allow");
    }
    byte[] bytes = INTERNALS.bodyOrNull(request);
    RequestBody body = bytes == null ? null : new OneShotBody(bytes, mediaType(INTERNALS.contentTypeOrNull(request)));
    UploadBody upload = request.upload().orElse(null);
    if (upload != null) {
      body = upload instanceof OkHttpUpload ? ((OkHttpUpload) upload).requestBody() : new ForeignUpload(upload);
    }
    if (body == null && requiresBody(request.method())) {
      body = EMPTY_BODY;
    }
    builder.method(request.method().name(), body);
    Request okRequest = builder.build();
    OkHttpClient client = clientFor(request.timeouts());
    Call call;
    AttemptProbe.NEXT.set(probe);
    try {
      call = client.newCall(okRequest);
    } finally {
      AttemptProbe.NEXT.remove();
    }
    return call;
  }

  private static long callTimeoutNanos(HttpRequest request) {
    return request.timeouts().call().orElse(SdkDefaults.Timeouts.CALL).toNanos();
  }

  private OkHttpClient clientFor(Timeouts timeouts) {
    LastClient last = lastClient;
    if (last != null && last.timeouts == timeouts) {
      return last.client;
    }
    OkHttpClient client = clientForSocketTimeouts(timeouts);
    lastClient = new LastClient(timeouts, client);
    return client;
  }

  private OkHttpClient clientForSocketTimeouts(Timeouts timeouts) {
    Duration connect = timeouts.connect().orElse(SdkDefaults.Timeouts.CONNECT);
    Duration read = timeouts.read().orElse(SdkDefaults.Timeouts.READ);
    Duration write = timeouts.write().orElse(SdkDefaults.Timeouts.WRITE);
    List<Duration> key = List.of(connect, read, write);
    OkHttpClient cached = clientsBySocketTimeouts.get(key);
    if (cached != null) {
      return cached;
    }
    OkHttpClient derived = base.newBuilder().connectTimeout(connect).readTimeout(read).writeTimeout(write).build();
    if (clientsBySocketTimeouts.size() < MAX_CACHED_CLIENTS) {
      OkHttpClient raced = clientsBySocketTimeouts.putIfAbsent(key, derived);
      return raced != null ? raced : derived;
    }
    return derived;
  }

  private HttpResponse read(Response response, AttemptProbe probe, HttpRequest request) {
    okhttp3.Headers raw = response.headers();
    String[] namesAndValues = new String[raw.size() * 2];
    for (int i = 0; i < raw.size(); i++) {
      String name = raw.name(i);
      namesAndValues[2 * i] = name.equals(HIDDEN_RETRY_AFTER) ? "Retry-After" : name;
      namesAndValues[2 * i + 1] = raw.value(i);
    }
    long limit = response.isSuccessful() ? maxResponseBytes : maxErrorBodyBytes;
    BufferedSource source = response.body().source();
    boolean truncated = false;
    IOException bodyError = null;
    try {
      // Buffers at most limit + 1 bytes in OkHttp's pooled segments; only the final array is allocated here.
      truncated = source.request(limit + 1);
    } catch (IOException e) {
      bodyError = classifyBodyFailure(e, probe, request);
    }
    Buffer buffered = source.getBuffer();
    byte[] bytes;
    try {
      bytes = buffered.readByteArray(Math.min(buffered.size(), limit));
    } catch (java.io.EOFException e) {
      bytes = new byte[0];
    }
    return new HttpResponse(response.code(), INTERNALS.wrap(namesAndValues), bytes, truncated, bodyError, 1);
  }

  /**
   * Classifies a failure while the body was read: a timeout (the call timeout, when the watchdog cancelled the call,
   * or the read timeout) or a broken connection (reset, closed before the declared end) is a {@link TransportFailure};
   * anything else (a corrupt gzip stream, malformed chunking) is a fault of the body itself and is kept as it is.
   */
  private static IOException classifyBodyFailure(IOException e, AttemptProbe probe, HttpRequest request) {
    boolean connectionBroke = e instanceof SocketException || e instanceof EOFException
        || (e instanceof ProtocolException && "unexpected end of stream".equals(e.getMessage()));
    if (probe.timedOut || e instanceof SocketTimeoutException) {
      TimeoutKind kind = probe.timedOut ? TimeoutKind.CALL : TimeoutKind.READ;
      return new TransportFailure(request + ": " + kind.description() + " timed out while the response body was read",
          e, true, kind, 1);
    }
    if (connectionBroke) {
      return new TransportFailure(request + ": the connection failed while the response body was read ("
          + e.getClass().getSimpleName() + ")", e, true, null, 1);
    }
    return e;
  }

  private static TransportFailure classify(IOException e, AttemptProbe probe, HttpRequest request) {
    boolean sent = probe.sendStarted;
    TimeoutKind kind = null;
    if (probe.timedOut) {
      kind = TimeoutKind.CALL;
    } else if (e instanceof SocketTimeoutException) {
      kind = !probe.connected ? TimeoutKind.CONNECT : !probe.requestWritten ? TimeoutKind.WRITE : TimeoutKind.READ;
    } else if (e instanceof InterruptedIOException && "timeout".equals(e.getMessage())) {
      kind = TimeoutKind.CALL;
    }
    String what = kind != null
        ? kind.description() + " timed out"
        : sent ? "connection failed after the request was sent (" + e.getClass().getSimpleName() + ")"
            : "could not connect (" + e.getClass().getSimpleName() + ")";
    return new TransportFailure(request + ": " + what, e, sent, kind, 1);
  }

  private static MediaType mediaType(String contentType) {
    if (contentType == null) {
      return OCTET_STREAM;
    }
    return contentType.equals("application/json") ? JSON : MediaType.get(contentType);
  }

  /**
   * A request body OkHttp may write only once: it then never re-sends it on its own (after a failed pooled connection,
   * a 408, or a 503), whatever the client's settings.
   */
  private static final class OneShotBody extends RequestBody {
    private final byte[] bytes;
    private final MediaType type;

    OneShotBody(byte[] bytes, MediaType type) {
      this.bytes = bytes;
      this.type = type;
    }

    @Override
    public MediaType contentType() {
      return type;
    }

    @Override
    public long contentLength() {
      return bytes.length;
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(okio.BufferedSink sink) throws IOException {
      sink.write(bytes);
    }
  }

  /** An upload body from outside the SDK, written through its own {@link UploadBody#writeTo}. */
  private static final class ForeignUpload extends RequestBody {
    private final UploadBody upload;
    private final MediaType type;

    ForeignUpload(UploadBody upload) {
      this.upload = upload;
      this.type = MediaType.get(upload.contentType());
    }

    @Override
    public MediaType contentType() {
      return type;
    }

    @Override
    public long contentLength() {
      return upload.contentLength();
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(okio.BufferedSink sink) throws IOException {
      upload.writeTo(sink.outputStream());
    }
  }

  private static final class LastClient {
    final Timeouts timeouts;
    final OkHttpClient client;

    LastClient(Timeouts timeouts, OkHttpClient client) {
      this.timeouts = timeouts;
      this.client = client;
    }
  }

  private static boolean requiresBody(HttpMethod method) {
    return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread t = new Thread(runnable, "onboardkit-http-" + counter.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
