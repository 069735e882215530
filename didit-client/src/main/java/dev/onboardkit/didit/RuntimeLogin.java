package dev.onboardkit.didit;

import dev.onboardkit.core.Secret;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.didit.account.DiditAccountService;
import dev.onboardkit.didit.account.DiditAccountServiceAsync;
import dev.onboardkit.didit.account.DiditLoginResult;
import dev.onboardkit.didit.internal.AccountEndpoints;
import dev.onboardkit.didit.internal.DiditAccountServiceAsyncImpl;
import dev.onboardkit.didit.internal.DiditAccountServiceImpl;
import dev.onboardkit.didit.internal.ManagedSession;
import java.util.concurrent.CompletableFuture;

/**
 * Logs a managed session in through a client's own runtime (its base URL, retries, timeouts and logging). The
 * runtime is attached once it exists, because the runtime is built with the session as its credentials provider.
 */
final class RuntimeLogin implements ManagedSession.Login {
  private volatile DiditAccountService sync;
  private volatile DiditAccountServiceAsync async;

  void attach(ClientRuntime runtime) {
    AccountEndpoints endpoints = new AccountEndpoints();
    this.sync = new DiditAccountServiceImpl(runtime, endpoints);
    this.async = new DiditAccountServiceAsyncImpl(runtime, endpoints);
  }

  @Override
  public DiditLoginResult login(String email, Secret password) {
    DiditAccountService service = sync;
    if (service == null) {
      throw notAttached();
    }
    return service.login(email, password.reveal());
  }

  @Override
  public CompletableFuture<DiditLoginResult> loginAsync(String email, Secret password) {
    DiditAccountServiceAsync service = async;
    if (service == null) {
      return CompletableFuture.failedFuture(notAttached());
    }
    return service.login(email, password.reveal());
  }

  private static OnboardKitException notAttached() {
    return new OnboardKitException("The managed session is not attached to a client yet", null);
  }
}
