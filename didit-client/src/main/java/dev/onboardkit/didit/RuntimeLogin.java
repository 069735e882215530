package dev.onboardkit.didit;

import dev.onboardkit.core.Secret;
import dev.onboardkit.core.error.OnboardKitException;
import dev.onboardkit.core.internal.ClientRuntime;
import dev.onboardkit.didit.account.AccountService;
import dev.onboardkit.didit.account.AccountServiceAsync;
import dev.onboardkit.didit.account.LoginResult;
import dev.onboardkit.didit.auth.ManagedSession;
import java.util.concurrent.CompletableFuture;

/**
 * Logs a managed session in through a client's own runtime (its base URL, retries, timeouts and logging). The
 * runtime is attached once it exists, because the runtime is built with the session as its credentials provider.
 */
final class RuntimeLogin implements ManagedSession.Login {
  private volatile AccountService sync;
  private volatile AccountServiceAsync async;

  void attach(ClientRuntime runtime) {
    this.sync = new AccountService(runtime);
    this.async = new AccountServiceAsync(runtime);
  }

  @Override
  public LoginResult login(String email, Secret password) {
    AccountService service = sync;
    if (service == null) {
      throw notAttached();
    }
    return service.login(email, password.reveal());
  }

  @Override
  public CompletableFuture<LoginResult> loginAsync(String email, Secret password) {
    AccountServiceAsync service = async;
    if (service == null) {
      return CompletableFuture.failedFuture(notAttached());
    }
    return service.login(email, password.reveal());
  }

  private static OnboardKitException notAttached() {
    return new OnboardKitException("The managed session is not attached to a client yet", null);
  }
}
