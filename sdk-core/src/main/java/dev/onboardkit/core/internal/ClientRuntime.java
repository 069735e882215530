package dev.onboardkit.core.internal;

import dev.onboardkit.core.ApiResponse;
import dev.onboardkit.core.ClientOptions;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.RequestOptions;
import dev.onboardkit.core.internal.error.ApiExceptions;
import dev.onboardkit.core.internal.event.CallEvents;
import dev.onboardkit.core.internal.event.Events;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.error.NullArgumentException;
import dev.onboardkit.core.internal.http.BaseUrls;
import dev.onboardkit.core.internal.http.CallFuture;
import dev.onboardkit.core.http.Idempotency;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.http.Headers;
import dev.onboardkit.core.http.HttpRequest;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.http.HttpTransport;
import dev.onboardkit.core.internal.http.TransportFailure;
import dev.onboardkit.core.internal.http.UserAgent;
import dev.onboardkit.core.internal.auth.AuthenticatingTransport;
import dev.onboardkit.core.internal.log.LoggingTransport;
import dev.onboardkit.core.internal.log.Redactor;
import dev.onboardkit.core.internal.retry.RetryPolicy;
import dev.onboardkit.core.internal.retry.RetryingTransport;
import dev.onboardkit.core.paging.AsyncCursorPage;
import dev.onboardkit.core.paging.CursorPage;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link ApiOperation}s for one client: builds each HTTP request from the operation and the merged options, sends
 * it through the transport chain, and turns the response into a value or an SDK exception.
 *
 * <p>The chain, outermost first: {@link RetryingTransport} (retries, deadline, waits), {@link AuthenticatingTransport}
 * (credentials, 401 replay), {@link LoggingTransport}, then the base transport (OkHttp by default). Thread-safe.
 *
 * <p>Every call names its operation (such as {@code klara.applications.create}; the generated services pass it) and
 * is reported to the options' request listeners through {@link Events}, which does nothing when there are none.
 */
public final class ClientRuntime implements AutoCloseable {
  private static final String JSON = "application/json";

  private final ClientOptions options;
  private final String module;
  private final VendorProfile vendor;
  private final SharedTransport shared;
  private final RetryingTransport chain;
  private final Events events;
  private final Headers baseHeaders;
  private final String baseUrl;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ClientRuntime(ClientOptions options, String module, VendorProfile vendor, SharedTransport shared) {
    this.options = options;
    this.module = module;
    this.vendor = vendor;
    this.shared = shared;
    this.baseUrl = options.baseUrl().toString();
    this.baseHeaders = Headers.builder()
        .set("User-Agent", UserAgent.of(module, options.userAgentSuffix().orElse(null)))
        .set("Accept", JSON)
        .setAll(options.defaultHeaders())
        .set(RetryingTransport.RETRY_COUNT_HEADER, "0")
        .build();
    HttpTransport t = new LoggingTransport(shared.transport(), options.logging(),
        Redactor.forLogging(options.logging()).withSecretPatterns(vendor.secretPatterns()));
    if (options.credentials().isPresent()) {
      t = new AuthenticatingTransport(t, options.credentials().get(), options.baseUrl());
    }
    Logger log = LoggerFactory.getLogger(options.logging().loggerName());
    this.chain = new RetryingTransport(
        t,
        new RetryPolicy(options.maxRetryAfter(), options.jitter(), options.clock(), vendor.errorShape()),
        options.sleeper(),
        options.clock(),
        log);
    this.events = Events.of(options.listeners(), options.baseUrl().getHost(), log);
  }

  /**
   * Creates a runtime with its own base transport.
   *
   * @param options the client options
   * @param module the client module name for the User-Agent, such as {@code klara-client}
   * @param vendor what the runtime needs to know about the vendor's API
   * @return the runtime
   */
  public static ClientRuntime create(ClientOptions options, String module, VendorProfile vendor) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(vendor, "vendor");
    return new ClientRuntime(options, module, vendor, SharedTransport.of(options));
  }

  /**
   * Derives a runtime with other options. It shares this runtime's base transport (and connection pool) unless the
   * new options name a different OkHttp client or transport.
   *
   * @param newOptions the options of the derived runtime
   * @return the derived runtime; close it independently
   * @throws InvalidRequestException if the base URL moves to another host while keeping the same credentials
   */
  public ClientRuntime withOptions(@Nullable ClientOptions newOptions) {
    checkOpen();
    if (newOptions == null) {
      throw new NullArgumentException("options");
    }
    boolean sameCredentials = newOptions.credentials().isPresent()
        && newOptions.credentials().equals(options.credentials());
    if (sameCredentials && !BaseUrls.sameOrigin(newOptions.baseUrl(), options.baseUrl())) {
      throw InvalidRequestException.single("baseUrl", "moves to another host (" + newOptions.baseUrl().getHost()
          + "); this client's credentials are only sent to " + options.baseUrl().getHost()
          + ", so set credentials for the new host in the same call");
    }
    boolean sameBase = newOptions.okHttpClient().equals(options.okHttpClient())
        && newOptions.transport().equals(options.transport());
    return sameBase
        ? new ClientRuntime(newOptions, module, vendor, shared.retain())
        : create(newOptions, module, vendor);
  }

  /**
   * Returns the options this runtime was built with.
   *
   * @return the options
   */
  public ClientOptions options() {
    return options;
  }

  /**
   * Returns what reports this runtime's calls to its listeners.
   *
   * @return the events; {@link Events#NONE} when the options have no listeners
   */
  public Events events() {
    return events;
  }

  /**
   * Runs an operation and returns its decoded value.
   *
   * @param name the operation id, such as {@code klara.applications.create}
   * @param operation the operation
   * @param requestOptions per-call overrides; null means none
   * @param <T> the decoded type
   * @return the value
   */
  public <T> T execute(String name, ApiOperation<T> operation, @Nullable RequestOptions requestOptions) {
    HttpRequest request = toHttpRequest(operation, requestOptions);
    CallEvents call = events.start(name, operation.method(), operation.path());
    try {
      HttpResponse response = send(request, call);
      if (wantsFallback(operation, response)) {
        operation = operation.fallback();
        request = toHttpRequest(operation, requestOptions);
        response = send(request, call);
      }
      T value = decode(operation, request, response);
      call.succeeded(response.statusCode());
      return value;
    } catch (RuntimeException | Error e) {
      call.failed(e);
      throw e;
    }
  }

  /**
   * Runs an operation and returns its decoded value with the HTTP metadata.
   *
   * @param name the operation id, such as {@code klara.applications.create}
   * @param operation the operation
   * @param requestOptions per-call overrides
   * @param <T> the decoded type
   * @return the response
   */
  public <T> ApiResponse<T> executeForResponse(String name, ApiOperation<T> operation, RequestOptions requestOptions) {
    HttpRequest request = toHttpRequest(operation, requestOptions);
    CallEvents call = events.start(name, operation.method(), operation.path());
    try {
      HttpResponse response = send(request, call);
      if (wantsFallback(operation, response)) {
        operation = operation.fallback();
        request = toHttpRequest(operation, requestOptions);
        response = send(request, call);
      }
      ApiResponse<T> value = toApiResponse(operation, request, response);
      call.succeeded(value.statusCode());
      return value;
    } catch (RuntimeException | Error e) {
      call.failed(e);
      throw e;
    }
  }

  /**
   * Whether the operation's other documented path is tried: it has one, and this path was missed (404, redirect).
   * The second path is sent as part of the same call (same events, same options).
   */
  private static boolean wantsFallback(ApiOperation<?> operation, HttpResponse response) {
    int status = response.statusCode();
    boolean replayable = operation.upload() == null || operation.upload().isReplayable();
    return operation.fallback() != null && replayable && (status == 404 || status == 301 || status == 302 || status == 303
        || status == 307 || status == 308);
  }

  private HttpResponse send(HttpRequest request, CallEvents call) {
    try {
      return chain.execute(request, call);
    } catch (IOException e) {
      throw ApiExceptions.fromFailure(request, TransportFailure.classify(e));
    }
  }

  /**
   * Runs an operation without blocking; the future fails with the same exceptions the blocking call throws.
   * Cancelling it, or any stage derived from it, cancels the call (see {@link #executeForResponseAsync}).
   *
   * @param name the operation id, such as {@code klara.applications.create}
   * @param operation the operation
   * @param requestOptions per-call overrides
   * @param <T> the decoded type
   * @return a future of the value
   */
  public <T> CompletableFuture<T> executeAsync(String name, ApiOperation<T> operation, RequestOptions requestOptions) {
    return executeForResponseAsync(name, operation, requestOptions).thenApply(ApiResponse::value);
  }

  /**
   * Runs an operation without blocking and returns its value with the HTTP metadata.
   *
   * <p>Cancelling the returned future, or any stage derived from it with {@code thenApply}, {@code thenCompose} and
   * the like, cancels the call: the request in flight is cancelled (its connection closed), a wait before a retry is
   * cut short, and no further request is sent.
   *
   * @param name the operation id, such as {@code klara.applications.create}
   * @param operation the operation
   * @param requestOptions per-call overrides
   * @param <T> the decoded type
   * @return a future of the response
   */
  public <T> CompletableFuture<ApiResponse<T>> executeForResponseAsync(
      String name, ApiOperation<T> operation, RequestOptions requestOptions) {
    HttpRequest request;
    try {
      request = toHttpRequest(operation, requestOptions);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    CallFuture<ApiResponse<T>> result = new CallFuture<>();
    CallEvents call = events.start(name, operation.method(), operation.path());
    sendAsync(operation, request, requestOptions, call, result);
    return result;
  }

  /** Sends one request of an async call and completes {@code result}, trying the operation's fallback path if needed. */
  private <T> void sendAsync(ApiOperation<T> operation, HttpRequest request, @Nullable RequestOptions requestOptions,
      CallEvents call, CallFuture<ApiResponse<T>> result) {
    result.waitFor(chain.executeAsync(request, call)).whenComplete((response, error) -> {
      Throwable failure;
      try {
        if (error == null && wantsFallback(operation, response)) {
          ApiOperation<T> other = operation.fallback();
          sendAsync(other, toHttpRequest(other, requestOptions), requestOptions, call, result);
          return;
        }
        if (error == null) {
          ApiResponse<T> value = toApiResponse(operation, request, response);
          finish(call, result, null, value.statusCode());
          result.complete(value);
          return;
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        failure = cause instanceof IOException
            ? ApiExceptions.fromFailure(request, TransportFailure.classify((IOException) cause))
            : cause;
      } catch (RuntimeException e) {
        failure = e;
      }
      finish(call, result, failure, 0);
      result.completeExceptionally(failure);
    });
  }

  /** Reports the end of an async call before its future completes; a future the caller cancelled counts as that. */
  private static void finish(
      CallEvents call, CompletableFuture<?> result, @Nullable Throwable failure, int statusCode) {
    if (call == CallEvents.NONE) {
      return;
    }
    if (result.isCancelled()) {
      call.cancelled();
    } else if (failure != null) {
      call.failed(failure);
    } else {
      call.succeeded(statusCode);
    }
  }

  /**
   * Builds the operation and runs it without blocking. A failure while building it (such as a validation problem)
   * fails the returned future instead of being thrown, so async callers see every failure the same way.
   *
   * @param name the operation id, such as {@code klara.applications.create}
   * @param operation builds the operation
   * @param requestOptions per-call overrides; null means none
   * @param <T> the decoded type
   * @return a future of the value
   */
  public <T> CompletableFuture<T> executeAsync(
      String name, Supplier<ApiOperation<T>> operation, @Nullable RequestOptions requestOptions) {
    try {
      return executeAsync(name, operation.get(), requestOptions);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Builds the operation and runs it without blocking, returning the value with the HTTP metadata. A failure while
   * building it fails the returned future.
   *
   * @param name the operation id, such as {@code klara.applications.create}
   * @param operation builds the operation
   * @param requestOptions per-call overrides; null means none
   * @param <T> the decoded type
   * @return a future of the response
   */
  public <T> CompletableFuture<ApiResponse<T>> executeForResponseAsync(
      String name, Supplier<ApiOperation<T>> operation, @Nullable RequestOptions requestOptions) {
    try {
      return executeForResponseAsync(name, operation.get(), requestOptions);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Runs a list endpoint and returns its first page with the HTTP metadata; the page fetches the following pages,
   * blocking, with the same options.
   *
   * @param name the operation id, such as {@code klara.applications.list}, also reported for later pages
   * @param operation the list endpoint
   * @param requestOptions per-call overrides, also used for later pages; null means none
   * @param <R> the decoded response of one page
   * @param <T> the item type
   * @return the response of the first page
   */
  public <R, T> ApiResponse<CursorPage<T>> executePaged(
      String name, PagedOperation<R, T> operation, @Nullable RequestOptions requestOptions) {
    ApiResponse<R> first = executeForResponse(name, operation.first(), requestOptions);
    return first.withValue(page(name, operation, first.value(), requestOptions));
  }

  /**
   * Builds the list endpoint and runs it without blocking; the page fetches the following pages the same way, with
   * the same options. A failure while building it fails the returned future.
   *
   * @param name the operation id, such as {@code klara.applications.list}, also reported for later pages
   * @param operation builds the list endpoint
   * @param requestOptions per-call overrides, also used for later pages; null means none
   * @param <R> the decoded response of one page
   * @param <T> the item type
   * @return a future of the response of the first page
   */
  public <R, T> CompletableFuture<ApiResponse<AsyncCursorPage<T>>> executePagedAsync(
      String name, Supplier<PagedOperation<R, T>> operation, @Nullable RequestOptions requestOptions) {
    PagedOperation<R, T> paged;
    try {
      paged = operation.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return executeForResponseAsync(name, paged.first(), requestOptions)
        .thenApply(first -> first.withValue(asyncPage(name, paged, first.value(), requestOptions)));
  }

  private <R, T> CursorPage<T> page(
      String name, PagedOperation<R, T> paged, R decoded, @Nullable RequestOptions requestOptions) {
    PagedOperation.Shape<R, T> shape = paged.shape();
    return new CursorPage<>(shape.items(decoded), shape.hasMore(decoded), shape.nextCursor(decoded),
        cursor -> page(name, paged, execute(name, paged.next(cursor), requestOptions), requestOptions));
  }

  private <R, T> AsyncCursorPage<T> asyncPage(
      String name, PagedOperation<R, T> paged, R decoded, @Nullable RequestOptions requestOptions) {
    PagedOperation.Shape<R, T> shape = paged.shape();
    return new AsyncCursorPage<>(shape.items(decoded), shape.hasMore(decoded), shape.nextCursor(decoded),
        cursor -> executeAsync(name, () -> paged.next(cursor), requestOptions)
            .thenApply(next -> asyncPage(name, paged, next, requestOptions)));
  }

  private HttpRequest toHttpRequest(ApiOperation<?> operation, @Nullable RequestOptions requestOptions) {
    checkOpen();
    if (requestOptions == null) {
      requestOptions = RequestOptions.none();
    }
    String query = operation.query();
    byte[] body;
    if (operation.upload() != null) {
      if (!requestOptions.bodyProperties().isEmpty()) {
        throw InvalidRequestException.single("bodyProperties", "cannot be added to a request that uploads files");
      }
      query = RequestExtras.query(query, requestOptions.queryParams());
      body = null;
    } else if (requestOptions.hasExtras()) {
      query = RequestExtras.query(query, requestOptions.queryParams());
      body = RequestExtras.body(operation.method(), operation.body(), requestOptions.bodyProperties());
    } else {
      body = operation.body() == null ? null : RequestExtras.write(operation.body());
    }
    String url = operation.link() != null
        ? BaseUrls.followLink(options.baseUrl(), operation.link())
        : query == null ? baseUrl + operation.path() : baseUrl + operation.path() + "?" + query;
    Headers headers = baseHeaders;
    if (operation.accept() != null || !requestOptions.headers().isEmpty()) {
      Headers.Builder h = baseHeaders.toBuilder();
      if (operation.accept() != null) {
        h.set("Accept", operation.accept());
      }
      headers = h.setAll(requestOptions.headers()).build();
    }
    return HttpRequest.builder(operation.method(), url)
        .headers(headers)
        .body(body, body == null ? null : JSON)
        .upload(operation.upload())
        .idempotency(operation.idempotency())
        .authenticated(operation.authenticated())
        .timeouts(requestOptions.timeouts().mergedOver(options.timeouts()))
        .maxRetries(requestOptions.maxRetries().orElse(options.maxRetries()))
        .initialBackoff(requestOptions.initialBackoff().orElse(options.initialBackoff()))
        .maxBackoff(requestOptions.maxBackoff().orElse(options.maxBackoff()))
        .build();
  }

  private <T> ApiResponse<T> toApiResponse(ApiOperation<T> operation, HttpRequest request, HttpResponse response) {
    T value = decode(operation, request, response);
    return new ApiResponse<>(response.statusCode(), response.headers(), value, response.attempts(), response.body());
  }

  private <T> T decode(ApiOperation<T> operation, HttpRequest request, HttpResponse response) {
    if (!response.isSuccessful()) {
      throw ApiExceptions.fromResponse(request, response, vendor, options.clock());
    }
    if (response.bodyTruncated() || response.bodyError().isPresent()) {
      throw ApiExceptions.decodingFailure(
          response, null, request.idempotency() != Idempotency.IDEMPOTENT, vendor.redactor());
    }
    T value;
    try {
      value = operation.decoder().decode(response);
    } catch (OnboardKitException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw ApiExceptions.decodingFailure(
          response, e, request.idempotency() != Idempotency.IDEMPOTENT, vendor.redactor());
    }
    if (value == null) {
      // A body of JSON null decodes to null; every operation promises a value, so this is a malformed response.
      throw ApiExceptions.decodingFailure(
          response, null, request.idempotency() != Idempotency.IDEMPOTENT, vendor.redactor());
    }
    return value;
  }

  private void checkOpen() {
    if (closed.get()) {
      throw new OnboardKitException("This client has been closed; create a new one", null);
    }
  }

  /**
   * Closes this runtime. New calls fail at once with an {@link OnboardKitException} ("This client has been closed").
   * Calls in flight make no further attempt: a call that would retry fails with an {@link OnboardKitException} saying
   * that the client was closed (an async call waiting to retry at once, a blocking one when its wait ends); the
   * attempt in flight runs to its end under every timeout and deadline. Releases this runtime's share of the base
   * transport; the last runtime sharing it closes it. Idempotent.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      chain.close();
      shared.release();
    }
  }
}
