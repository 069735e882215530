package dev.onboardkit.core.internal.auth;

import dev.onboardkit.core.auth.Credential;
import dev.onboardkit.core.auth.CredentialsProvider;
import dev.onboardkit.core.error.InvalidRequestException;
import dev.onboardkit.core.internal.http.BaseUrls;
import dev.onboardkit.core.internal.http.CallFuture;
import dev.onboardkit.core.http.HttpRequest;
import dev.onboardkit.core.http.HttpResponse;
import dev.onboardkit.core.http.HttpTransport;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Attaches the provider's credential to authenticated requests, and only to requests for the client's own origin
 * (scheme, host and port of the base URL): a credential is never sent to another host, whatever URL a caller or a
 * response supplies.
 *
 * <p>A 401 means the server did not process the request. If the provider is {@linkplain
 * CredentialsProvider#refreshable() refreshable}, the rejected credential is invalidated and the request replayed once
 * with the fresh one; a second 401 is returned as is, never looped on. A request whose body holds a stream
 * ({@link HttpRequest#isReplayable()} false) is not replayed: its 401 is returned.
 */
public final class AuthenticatingTransport implements HttpTransport {
  private final HttpTransport delegate;
  private final CredentialsProvider provider;
  private final URI origin;
  private final String originPrefix;
  private volatile Authorized lastAuthorized;

  /**
   * Creates the decorator.
   *
   * @param delegate the transport that sends the request
   * @param provider supplies credentials
   * @param origin the base URL whose origin may receive credentials
   */
  public AuthenticatingTransport(HttpTransport delegate, CredentialsProvider provider, URI origin) {
    this.delegate = delegate;
    this.provider = provider;
    this.origin = origin;
    this.originPrefix = origin.getScheme() + "://" + origin.getRawAuthority() + "/";
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    if (!request.authenticated()) {
      return delegate.execute(request);
    }
    checkOrigin(request);
    Credential credential = provider.credential();
    HttpResponse response = sent(delegate.execute(withCredential(request, credential)), credential);
    if (response.statusCode() != 401 || !provider.refreshable()) {
      return response;
    }
    provider.invalidate(credential);
    if (!request.isReplayable()) {
      return response;
    }
    Credential fresh = provider.credential();
    return fresh.equals(credential) ? response : sent(delegate.execute(withCredential(request, fresh)), fresh);
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    if (!request.authenticated()) {
      return delegate.executeAsync(request);
    }
    try {
      checkOrigin(request);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    // The credential future may be a login shared with other calls: cancelling this call never cancels it, only the
    // request sent with the credential.
    CallFuture<HttpResponse> result = new CallFuture<>();
    provider.credentialAsync().whenComplete((credential, error) -> {
      if (error != null) {
        result.completeExceptionally(unwrap(error));
      } else if (!result.isDone()) {
        send(request, credential, result, request.isReplayable());
      }
    });
    return result;
  }

  private void send(HttpRequest request, Credential credential, CallFuture<HttpResponse> result, boolean mayReplay) {
    CompletableFuture<HttpResponse> sent;
    try {
      sent = delegate.executeAsync(withCredential(request, credential));
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return;
    }
    result.waitFor(sent).whenComplete((first, error) -> {
      if (error != null) {
        result.completeExceptionally(unwrap(error));
        return;
      }
      try {
        HttpResponse response = sent(first, credential);
        if (!mayReplay || response.statusCode() != 401 || !provider.refreshable() || result.isDone()) {
          result.complete(response);
          return;
        }
        provider.invalidate(credential);
        provider.credentialAsync().whenComplete((fresh, refreshError) -> {
          if (refreshError != null) {
            result.completeExceptionally(unwrap(refreshError));
          } else if (credential.equals(fresh)) {
            result.complete(response);
          } else if (!result.isDone()) {
            send(request, fresh, result, false);
          }
        });
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }

  private void checkOrigin(HttpRequest request) {
    if (!request.urlText().startsWith(originPrefix) && !BaseUrls.sameOrigin(request.url(), origin)) {
      throw InvalidRequestException.single(
          "url", "is not on the client's host " + origin.getHost() + "; credentials are only sent there");
    }
  }

  /** Error responses remember the credential sent, so a server's echo of it can be masked when decoding them. */
  private static HttpResponse sent(HttpResponse response, Credential credential) {
    return response.isSuccessful() ? response : response.withSentCredential(credential.headerValue().reveal());
  }

  private HttpRequest withCredential(HttpRequest request, Credential credential) {
    // Most calls share the client's header instance and a fixed credential: reuse the merged headers.
    Authorized last = lastAuthorized;
    if (last != null && last.input == request.headers() && last.credential == credential) {
      return request.withHeaders(last.output);
    }
    HttpRequest authorized = request.withHeader(credential.headerName(), credential.headerValue().reveal());
    lastAuthorized = new Authorized(request.headers(), credential, authorized.headers());
    return authorized;
  }

  /** Headers before and after adding one credential. */
  private static final class Authorized {
    final dev.onboardkit.core.http.Headers input;
    final Credential credential;
    final dev.onboardkit.core.http.Headers output;

    Authorized(dev.onboardkit.core.http.Headers input, Credential credential, dev.onboardkit.core.http.Headers output) {
      this.input = input;
      this.credential = credential;
      this.output = output;
    }
  }

  @Override
  public void close() {
    delegate.close();
  }
}
